import { formatBRL, type Simulation, toCents } from '@dinie-embed/api';
import { defaultAssumptions, estimateLoan } from '@dinie-embed/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import type { StorySandbox } from '../storybook/createStorySandbox.ts';
import { activeWithOffer, type CreditSeed } from '../storybook/creditSeeds.ts';
import { type DinieStoryParameters, dinieLoader, loadedDinie, withDinie } from '../storybook/withDinie.tsx';
import { CostDisclosure } from './CostDisclosure.tsx';

type Seeded = ReturnType<typeof loadedDinie> & CreditSeed & { simulation?: Simulation };

/** An offer priced at R$ 25,000 × 6 by the sandbox, with a registration fee. */
async function simulated(sandbox: StorySandbox) {
  const seed = await activeWithOffer(sandbox);
  const simulation = await sandbox.client.creditOffers.simulate(seed.offer?.id ?? '', {
    requested_amount: '25000.00',
    installment_count: 6,
  });
  return { ...seed, simulation };
}

const meta = {
  title: 'Credit/CostDisclosure',
  component: CostDisclosure,
  args: { simulation: null, offer: undefined as never },
  loaders: [dinieLoader],
  decorators: [withDinie],
  parameters: { dinie: { seed: simulated, sandbox: { feeCents: 15_000 } } satisfies DinieStoryParameters },
  render: (args, { loaded }) => {
    const { offer, simulation } = loadedDinie(loaded) as Seeded;
    if (!offer || !simulation) throw new Error('The seed priced nothing.');
    return args.simulation === null && args.estimate !== undefined ? (
      <CostDisclosure
        {...args}
        offer={offer}
        estimate={estimateLoan(offer, 2_500_000, 6, defaultAssumptions())}
      />
    ) : (
      <CostDisclosure {...args} offer={offer} simulation={simulation} />
    );
  },
} satisfies Meta<typeof CostDisclosure>;
export default meta;

type Story = StoryObj<typeof meta>;

const value = (canvasElement: HTMLElement, term: string) =>
  within(canvasElement).getAllByText(term, { selector: 'dt' })[0]?.nextElementSibling?.textContent;

/** Dinie's figures, exactly as the sandbox priced them, with the fee; the breakdown opens on the schedule. */
export const Final: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { simulation } = loadedDinie(loaded) as Seeded;
    if (!simulation) throw new Error('unreachable');
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Custo do empréstimo' })).toHaveAttribute(
      'data-state',
      'final',
    );
    await expect(value(canvasElement, 'Tarifas')).toBe(formatBRL(toCents(simulation.fees_amount)));
    await expect(value(canvasElement, 'Valor total a pagar')).toBe(
      formatBRL(toCents(simulation.total_loan_amount)),
    );
    await userEvent.click(canvas.getByText('Composição do CET e cronograma'));
    await expect(canvas.getByRole('table', { name: 'Cronograma de parcelas' })).toBeVisible();
  },
};

/** An estimate, labelled as one. */
export const Estimate: Story = {
  args: { estimate: null },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('region', { name: 'Custo do empréstimo' })).toHaveAttribute(
      'data-state',
      'estimate',
    );
    await expect(canvas.getByText('Estimativa')).toBeVisible();
  },
};
