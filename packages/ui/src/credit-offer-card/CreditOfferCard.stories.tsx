import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { activeWithOffer, type CreditSeed } from '../storybook/creditSeeds.ts';
import { type DinieStoryParameters, dinieLoader, loadedDinie, withDinie } from '../storybook/withDinie.tsx';
import { CreditOfferCard } from './CreditOfferCard.tsx';

const meta = {
  title: 'Credit/CreditOfferCard',
  component: CreditOfferCard,
  args: { onSelect: fn(), offer: undefined as never },
  loaders: [dinieLoader],
  decorators: [withDinie],
  parameters: { dinie: { seed: activeWithOffer } satisfies DinieStoryParameters },
  render: (args, { loaded }) => {
    const { offer } = loadedDinie(loaded) as ReturnType<typeof loadedDinie> & CreditSeed;
    if (!offer) throw new Error('The seed minted no offer.');
    return <CreditOfferCard {...args} offer={offer} />;
  },
} satisfies Meta<typeof CreditOfferCard>;
export default meta;

type Story = StoryObj<typeof meta>;

/** An available offer: the rate comes with its CET, and the button hands the offer on. */
export const Available: Story = {
  play: async ({ canvasElement, args, loaded }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('article')).toHaveAttribute('data-state', 'available');
    await expect(canvas.getByText('CET estimado')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Simular empréstimo' }));
    await expect(args.onSelect).toHaveBeenCalledWith((loadedDinie(loaded) as CreditSeed).offer);
  },
};

/** Less than a day left: a countdown. */
export const EndingSoon: Story = {
  parameters: {
    dinie: { seed: activeWithOffer, sandbox: { offer: { validDays: 0.25 } } } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/^Expira em (5 h \d\d|6 h 00) min$/)).toBeVisible();
  },
};

/** A fixed-term offer, in English. */
export const FixedTermEnglish: Story = {
  parameters: {
    dinie: {
      seed: activeWithOffer,
      sandbox: { offer: { installments: 12 } },
      locale: 'en',
    } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('12 monthly installments')).toBeVisible();
  },
};
