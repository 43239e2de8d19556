import { formatBRL, toCents } from '@dinie-embed/api';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { activeWithOffer, type CreditSeed, paidOffAndOfferedAgain } from '../storybook/creditSeeds.ts';
import { type DinieStoryParameters, dinieLoader, loadedDinie, withDinie } from '../storybook/withDinie.tsx';
import { CreditOffers } from './CreditOffers.tsx';

const withOffer: DinieStoryParameters = { seed: activeWithOffer };

const meta = {
  title: 'Credit/CreditOffers',
  component: CreditOffers,
  args: { onSelect: fn() },
  loaders: [dinieLoader],
  decorators: [withDinie],
  parameters: { dinie: withOffer },
  render: (args) => <CreditOffers {...args} />,
} satisfies Meta<typeof CreditOffers>;
export default meta;

type Story = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) => canvasElement.querySelector('.dinie-offers') as HTMLElement;
/** Waits for the list's state; server round trips are slow on a loaded machine, so generously. */
const until = (canvasElement: HTMLElement, state: string) =>
  waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', state), { timeout: 12_000 });
const seeded = (loaded: Record<string, unknown>) =>
  loadedDinie(loaded) as ReturnType<typeof loadedDinie> & CreditSeed;

/** The offers are on their way from the server. */
export const Loading: Story = {
  parameters: {
    dinie: {
      seed: async (sandbox) => {
        const result = await activeWithOffer(sandbox);
        sandbox.hold('GET', /\/credit-offers$/);
        return result;
      },
    } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement }) => {
    await until(canvasElement, 'loading');
    await expect(root(canvasElement)).toHaveAttribute('aria-busy', 'true');
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Carregando suas ofertas');
  },
};

/** Registered, still under review: no offer yet, and the list says what happens next; the offer then arrives by itself. */
export const NoOfferYet: Story = {
  parameters: {
    dinie: {
      seed: async (sandbox) => ({ customerId: (await sandbox.registerCustomer()).id }),
    } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await until(canvasElement, 'waiting');
    await expect(canvas.getByRole('status')).toHaveTextContent('Sua oferta está a caminho');
    await expect(canvas.queryByRole('list')).toBeNull();
    const { sandbox, customerId } = loadedDinie(loaded);
    await sandbox.approveKyc(customerId ?? '');
    await until(canvasElement, 'offers');
    await expect(canvas.getByRole('status')).toHaveTextContent('1 oferta disponível');
  },
};

/** One available offer: its figures are the API's, and "Simular" hands the offer on. */
export const OneOffer: Story = {
  play: async ({ canvasElement, loaded, args }) => {
    const canvas = within(canvasElement);
    const { offer } = seeded(loaded);
    if (!offer) throw new Error('The seed minted no offer.');
    await until(canvasElement, 'offers');
    const article = canvas.getByRole('article');
    const card = within(article);
    const value = (term: string) => card.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
    await expect(value('Valor aprovado')).toBe(formatBRL(toCents(offer.approved_amount)));
    await expect(value('Valor mínimo')).toBe(formatBRL(toCents(offer.min_amount)));
    await expect(value('Taxa de juros')).toBe('2,50% a.m. (34,49% a.a.)');
    await expect(value('Parcelas')).toBe('de 3 a 12 parcelas mensais');
    await expect(value('CET estimado')).toMatch(/^de \d+,\d\d% a\.a\. a \d+,\d\d% a\.a\.$/);
    await expect(card.getByText('Disponível')).toBeVisible();
    await userEvent.click(card.getByRole('button', { name: 'Simular empréstimo' }));
    await expect(args.onSelect).toHaveBeenCalledWith(offer);
  },
};

/** A paid-off loan's accepted offer and a new available one: the available one first, only it selectable. */
export const SeveralOffers: Story = {
  parameters: {
    dinie: {
      seed: paidOffAndOfferedAgain,
      sandbox: { offer: { installments: 3 } },
    } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole('article')).toHaveLength(2), { timeout: 12_000 });
    const [first, second] = canvas.getAllByRole('article') as [HTMLElement, HTMLElement];
    await expect(first).toHaveAttribute('data-state', 'available');
    await expect(second).toHaveAttribute('data-state', 'accepted');
    await expect(within(second).getByText('Contratada')).toBeVisible();
    await expect(canvas.getAllByRole('button', { name: 'Simular empréstimo' })).toHaveLength(1);
    await expect(within(first).getByText('3 parcelas mensais')).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent('1 oferta disponível');
  },
};

/** The only offer expires while on screen (test helper): the list says so, no button is left. */
export const Expired: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await until(canvasElement, 'offers');
    const { sandbox, offer } = seeded(loaded);
    await sandbox.testHelper(`credit-offers/${offer?.id}/expire`);
    await until(canvasElement, 'expired');
    await expect(canvas.getByRole('status')).toHaveTextContent('Sua oferta expirou');
    await expect(canvas.getByRole('article')).toHaveAttribute('data-state', 'expired');
    await expect(canvas.queryByRole('button', { name: 'Simular empréstimo' })).toBeNull();
  },
};

/** Less than a day left: the card counts down. */
export const EndingSoon: Story = {
  parameters: {
    dinie: { seed: activeWithOffer, sandbox: { offer: { validDays: 0.5 } } } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await until(canvasElement, 'offers');
    await expect(canvas.getByText(/^Expira em (11 h \d\d|12 h 00) min$/)).toBeVisible();
  },
};

/** Loading fails: the error says so, and "Tentar de novo" loads the offers. */
export const LoadError: Story = {
  parameters: {
    dinie: {
      seed: async (sandbox) => {
        const result = await activeWithOffer(sandbox);
        sandbox.fail('GET', /\/credit-offers$/, 500, 4);
        return result;
      },
    } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await until(canvasElement, 'error');
    await expect(canvas.getByRole('alert')).toHaveTextContent('Não conseguimos carregar suas ofertas.');
    await userEvent.click(canvas.getByRole('button', { name: 'Tentar de novo' }));
    await until(canvasElement, 'offers');
  },
};

/** English, dark. */
export const EnglishDark: Story = {
  parameters: { dinie: { ...withOffer, locale: 'en', colorScheme: 'dark' } satisfies DinieStoryParameters },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await until(canvasElement, 'offers');
    await expect(canvas.getByRole('status')).toHaveTextContent('1 offer available');
    await expect(canvas.getByRole('button', { name: 'Simulate a loan' })).toBeVisible();
  },
};
