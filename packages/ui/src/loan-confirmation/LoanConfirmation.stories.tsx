import type { CreditOffer, Simulation } from '@dinie-embed/api';
import { formatBRL, formatPercent, toCents } from '@dinie-embed/api';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { StorySandbox } from '../storybook/createStorySandbox.ts';
import { loanStory, rememberScene, sceneOf } from '../storybook/loanStory.ts';
import { type DinieStoryParameters, dinieLoader, loadedDinie, withDinie } from '../storybook/withDinie.tsx';
import { LoanConfirmation } from './LoanConfirmation.tsx';

interface Scene {
  offer: CreditOffer;
  simulation: Simulation;
}

/** An active customer, its offer and a simulation of R$ 10.000,00 in 6 installments. */
async function offerAndSimulation(sandbox: StorySandbox) {
  const story = loanStory(sandbox);
  const { customerId, offer } = await story.activeCustomerWithOffer();
  rememberScene<Scene>(sandbox, { offer, simulation: await story.simulate(offer.id) });
  return { customerId };
}

/** Like {@link offerAndSimulation}, then a second simulation: the first one is stale at Dinie. */
async function staleSimulation(sandbox: StorySandbox) {
  const story = loanStory(sandbox);
  const { customerId, offer } = await story.activeCustomerWithOffer();
  const first = await story.simulate(offer.id);
  await story.simulate(offer.id, '8000.00', 4);
  rememberScene<Scene>(sandbox, { offer, simulation: first });
  return { customerId };
}

const meta = {
  title: 'Loan/LoanConfirmation',
  component: LoanConfirmation,
  loaders: [dinieLoader],
  decorators: [withDinie],
  parameters: { dinie: { seed: offerAndSimulation } satisfies DinieStoryParameters },
  args: { onCreated: fn(), onBack: fn() } as never,
  render: (args, { loaded }) => {
    const { offer, simulation } = sceneOf<Scene>(loadedDinie(loaded).sandbox);
    return <LoanConfirmation {...args} offer={offer} simulation={simulation} />;
  },
} satisfies Meta<typeof LoanConfirmation>;
export default meta;

type Story = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('.dinie-confirmation') as HTMLElement;
/** The value of a term of the disclosure, by its name. */
const term = (canvasElement: HTMLElement, name: string) =>
  [...canvasElement.querySelectorAll('dt')].find((dt) => dt.textContent === name)?.nextElementSibling
    ?.textContent;

/**
 * The terms once more, each equal to the sandbox's simulation to the cent; confirming without the
 * agreement is refused at the checkbox; with it, one loan is created and `onCreated` gets it.
 */
export const ReviewAndConfirm: Story = {
  play: async ({ canvasElement, loaded, args }) => {
    const canvas = within(canvasElement);
    const { sandbox } = loadedDinie(loaded);
    const { simulation } = sceneOf<Scene>(sandbox);
    await expect(canvas.getByRole('heading', { name: 'Confira antes de contratar' })).toBeVisible();
    await expect(term(canvasElement, 'Valor solicitado')).toBe(
      formatBRL(toCents(simulation.requested_amount)),
    );
    await expect(term(canvasElement, 'Você recebe')).toBe(formatBRL(toCents(simulation.amount)));
    await expect(term(canvasElement, 'Parcelas')).toBe(
      `6 parcelas mensais de ${formatBRL(toCents(simulation.installments_value))}`,
    );
    await expect(term(canvasElement, 'IOF')).toContain(formatBRL(toCents(simulation.iof_amount)));
    await expect(term(canvasElement, 'Valor total a pagar')).toBe(
      formatBRL(toCents(simulation.total_loan_amount)),
    );
    await expect(term(canvasElement, 'Custo Efetivo Total (CET)')).toContain(
      formatPercent(simulation.cet_percentage),
    );
    await expect(canvas.getByText(/quitar antecipadamente/)).toBeVisible();

    const confirm = canvas.getByRole('button', { name: 'Confirmar contratação' });
    await userEvent.click(confirm);
    const agree = canvas.getByRole('checkbox', { name: 'Li e concordo com as condições acima.' });
    await expect(agree).toHaveFocus();
    await expect(agree).toHaveAccessibleDescription(/Confirme que leu as condições/);
    await expect(args.onCreated).not.toHaveBeenCalled();

    await userEvent.click(agree);
    const hold = sandbox.hold('POST', /\/loans$/);
    await userEvent.click(confirm);
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'submitting'));
    await expect(canvas.getByRole('button', { name: 'Contratando…' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    hold.release();
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'created'));
    await expect(args.onCreated).toHaveBeenCalledOnce();
    const loan = (args.onCreated as unknown as ReturnType<typeof fn>).mock.calls[0]?.[0] as { id: string };
    const stored = await loanStory(sandbox).getLoan(loan.id);
    await expect(stored.simulation_id).toBe(simulation.id);
    await expect(canvas.getByRole('status')).toHaveTextContent('Empréstimo criado');
  },
};

/** Dinie refuses a simulation that is no longer the offer's latest: said, and the way back is the main action. */
export const StaleSimulation: Story = {
  parameters: { dinie: { seed: staleSimulation } satisfies DinieStoryParameters },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('checkbox'));
    await userEvent.click(canvas.getByRole('button', { name: 'Confirmar contratação' }));
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'stale'));
    await expect(canvas.getByRole('alert')).toHaveTextContent('As condições mudaram');
    await expect(canvas.queryByRole('button', { name: 'Confirmar contratação' })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Alterar valores' }));
    await expect(args.onBack).toHaveBeenCalledOnce();
    await expect(args.onCreated).not.toHaveBeenCalled();
  },
};

/** The offer expires while the borrower reads (test helper): the refusal says so and nothing is created. */
export const OfferExpired: Story = {
  play: async ({ canvasElement, loaded, args }) => {
    const canvas = within(canvasElement);
    const { sandbox } = loadedDinie(loaded);
    const { offer } = sceneOf<Scene>(sandbox);
    const response = await sandbox.fetch(`${sandbox.baseUrl}/test_helpers/credit-offers/${offer.id}/expire`, {
      method: 'POST',
      headers: { authorization: `Bearer ${(await sandbox.sessionToken()).token}` },
    });
    await expect(response.status).toBe(200);
    await userEvent.click(canvas.getByRole('checkbox'));
    await userEvent.click(canvas.getByRole('button', { name: 'Confirmar contratação' }));
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'error'));
    await expect(canvas.getByRole('alert')).toHaveTextContent('A oferta expirou');
    await expect(canvas.getByRole('button', { name: 'Tentar de novo' })).toBeEnabled();
    await expect(args.onCreated).not.toHaveBeenCalled();
  },
};

/** English, dark. */
export const EnglishDark: Story = {
  parameters: {
    dinie: { seed: offerAndSimulation, locale: 'en', colorScheme: 'dark' } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Review before you sign up' })).toBeVisible();
    await expect(canvas.getByText('Total effective cost (CET)')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Confirm loan' })).toBeEnabled();
  },
};
