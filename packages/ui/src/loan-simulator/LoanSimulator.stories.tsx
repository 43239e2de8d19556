import {
  type CreditOffer,
  formatBRL,
  formatDate,
  formatPercent,
  type Simulation,
  toCents,
} from '@dinie-embed/api';
import { useCreateLoan } from '@dinie-embed/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { activeWithOffer, type CreditSeed, loanTerms } from '../storybook/creditSeeds.ts';
import { type DinieStoryParameters, dinieLoader, loadedDinie, withDinie } from '../storybook/withDinie.tsx';
import { LoanSimulator, type LoanSimulatorProps } from './LoanSimulator.tsx';

const withOffer: DinieStoryParameters = { seed: activeWithOffer };

/** The simulator as a partner wires it: "Contratar" creates the loan, and its promise goes back. */
function Contracting(
  props: Omit<LoanSimulatorProps, 'onContract'> & { onContract: (s: Simulation) => void },
) {
  const createLoan = useCreateLoan();
  return (
    <LoanSimulator
      {...props}
      onContract={async (simulation) => {
        await createLoan.mutateAsync(loanTerms(simulation));
        props.onContract(simulation);
      }}
    />
  );
}

const meta = {
  title: 'Credit/LoanSimulator',
  component: LoanSimulator,
  args: { onContract: fn(), debounceMs: 150, offer: undefined as unknown as CreditOffer },
  loaders: [dinieLoader],
  decorators: [withDinie],
  parameters: { dinie: withOffer },
  render: (args, { loaded }) => {
    const { offer } = loadedDinie(loaded) as ReturnType<typeof loadedDinie> & CreditSeed;
    if (!offer) throw new Error('The seed minted no offer.');
    return <Contracting {...args} offer={offer} onContract={args.onContract as (s: Simulation) => void} />;
  },
} satisfies Meta<typeof LoanSimulator>;
export default meta;

type Story = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) => canvasElement.querySelector('.dinie-simulator') as HTMLElement;
const disclosure = (canvasElement: HTMLElement) => canvasElement.querySelector('.dinie-cost') as HTMLElement;
const seeded = (loaded: Record<string, unknown>) =>
  loadedDinie(loaded) as ReturnType<typeof loadedDinie> & CreditSeed;
/** Waits for the simulator's state; server round trips are slow on a loaded machine, so generously. */
const until = (canvasElement: HTMLElement, state: string) =>
  waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', state), { timeout: 12_000 });
const contractButton = (canvasElement: HTMLElement) =>
  within(canvasElement).getByRole('button', { name: 'Contratar' });

/** Replaces the field's text in one go, as a paste does. */
async function enter(field: HTMLElement, text: string) {
  await userEvent.click(field);
  (field as HTMLInputElement).select();
  await userEvent.paste(text);
}

/** Moves a range input as a pointer drag does: React hears the native input event. */
function slide(slider: HTMLElement, value: number) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(slider, String(value));
  slider.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The value shown next to a term of the disclosure (first match: the summary, not the breakdown). */
function shown(canvasElement: HTMLElement, term: string): string {
  const dt = within(disclosure(canvasElement)).getAllByText(term, { selector: 'dt' })[0];
  return dt?.nextElementSibling?.textContent ?? '';
}

/** Every authoritative figure on screen equals the simulation the sandbox answered, to the cent. */
async function expectFigures(canvasElement: HTMLElement, simulation: Simulation) {
  const money = (amount: string) => formatBRL(toCents(amount));
  await expect(shown(canvasElement, 'Parcelas')).toBe(
    `${simulation.number_of_installments} parcelas mensais de ${money(simulation.installments_value)}`,
  );
  await expect(shown(canvasElement, 'Valor solicitado')).toBe(money(simulation.requested_amount));
  await expect(shown(canvasElement, 'Você recebe')).toBe(money(simulation.amount));
  await expect(shown(canvasElement, 'IOF')).toMatch(
    new RegExp(`^${money(simulation.iof_amount).replace('$', '\\$')} `),
  );
  await expect(shown(canvasElement, 'Tarifas')).toBe(money(simulation.fees_amount));
  await expect(shown(canvasElement, 'Valor total a pagar')).toBe(money(simulation.total_loan_amount));
  await expect(shown(canvasElement, 'Primeiro vencimento')).toBe(formatDate(simulation.first_due_date));
  await expect(shown(canvasElement, 'Custo Efetivo Total (CET)')).toMatch(
    new RegExp(`^${formatPercent(simulation.cet_percentage, { suffix: 'a.a.' }).replace('.', '\\.')}`),
  );
  await expect(shown(canvasElement, 'Taxa de juros')).toMatch(
    new RegExp(`^${formatPercent(simulation.interest_percentage, { suffix: 'a.m.' }).replace('.', '\\.')}`),
  );
}

/**
 * The input changes: the estimate follows at once, labelled as one, "Contratar" waits; Dinie's
 * figures then replace it, equal to the sandbox's simulation to the cent, announced once, and
 * "Contratar" hands that simulation on (the sandbox accepts it as the offer's latest).
 */
export const EstimateThenFinal: Story = {
  play: async ({ canvasElement, loaded, args }) => {
    const canvas = within(canvasElement);
    const { sandbox } = seeded(loaded);
    await until(canvasElement, 'current');
    const gate = sandbox.hold('POST', /\/simulations$/);
    await userEvent.click(canvas.getByRole('radio', { name: '6x' }));
    await enter(canvas.getByRole('textbox', { name: 'Valor do empréstimo' }), '25000');
    await expect(disclosure(canvasElement)).toHaveAttribute('data-state', 'estimate');
    await expect(within(disclosure(canvasElement)).getByText('Estimativa')).toBeVisible();
    await expect(shown(canvasElement, 'Valor solicitado')).toBe('R$\u00a025.000,00');
    await expect(shown(canvasElement, 'Parcelas')).toMatch(/^6 parcelas mensais de /);
    await expect(contractButton(canvasElement)).toBeDisabled();
    await expect(canvas.getByText('Valores estimados. Os definitivos aparecem em instantes.')).toBeVisible();
    await until(canvasElement, 'simulating');
    gate.release();

    await until(canvasElement, 'current');
    await expect(disclosure(canvasElement)).toHaveAttribute('data-state', 'final');
    await expect(canvas.getByText('Valores definitivos', { selector: '.dinie-cost__badge' })).toBeVisible();
    await userEvent.click(contractButton(canvasElement));
    await waitFor(() => expect(args.onContract).toHaveBeenCalledOnce(), { timeout: 12_000 });
    const simulation = (args.onContract as ReturnType<typeof fn>).mock.calls[0]?.[0] as Simulation;
    await expect(simulation).toMatchObject({ requested_amount: '25000.00', number_of_installments: 6 });
    await expectFigures(canvasElement, simulation);
    const live = canvas
      .getAllByRole('status')
      .find((node) => node.classList.contains('dinie-visually-hidden'));
    await expect(live?.textContent).toBe(
      `Valores definitivos: 6 parcelas de ${formatBRL(toCents(simulation.installments_value))}, CET ${formatPercent(simulation.cet_percentage, { suffix: 'a.a.' })}`,
    );
    // `onContract` ran only after the sandbox accepted this simulation as the offer's latest, with
    // the same installment value and first due date (`POST /loans` checks both).
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

/** The breakdown opens: the schedule adds up to the disclosed total, and the slider speaks BRL. */
export const BreakdownAndSlider: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await until(canvasElement, 'current');
    const slider = canvas.getByRole('slider', { name: 'Ajuste o valor' });
    await expect(slider).toHaveAttribute('aria-valuetext', 'R$\u00a050.000,00');
    slide(slider, 4_990_000);
    await expect(slider).toHaveAttribute('aria-valuetext', 'R$\u00a049.900,00');
    await expect(canvas.getByRole('textbox', { name: 'Valor do empréstimo' })).toHaveValue('49.900,00');
    await until(canvasElement, 'current');
    await userEvent.click(canvas.getByText('Composição do CET e cronograma'));
    const table = canvas.getByRole('table', { name: 'Cronograma de parcelas' });
    const rows = within(table).getAllByRole('row').slice(1);
    await expect(rows).toHaveLength(12);
    const total = rows.reduce((sum, row) => {
      const cell = row.querySelectorAll('td')[1]?.textContent ?? '';
      return sum + Number(cell.replace(/[^\d]/g, ''));
    }, 0);
    await expect(formatBRL(total)).toBe(shown(canvasElement, 'Valor total a pagar'));
  },
};

/** Amounts outside the offer: said in words at once (too high) or on leaving the field (too low); "Contratar" waits. */
export const OutOfRange: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await until(canvasElement, 'current');
    const field = canvas.getByRole('textbox', { name: 'Valor do empréstimo' });
    await enter(field, '60.000');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/O valor máximo é R\$\s50\.000,00\./);
    await expect(contractButton(canvasElement)).toBeDisabled();
    await enter(field, '1.000');
    await userEvent.tab();
    await expect(field).toHaveAccessibleDescription(/O valor mínimo é R\$\s5\.000,00\./);
    await expect(contractButton(canvasElement)).toBeDisabled();
    await enter(field, '12.345,67');
    await userEvent.tab();
    await expect(field).not.toHaveAttribute('aria-invalid');
    await until(canvasElement, 'current');
    await expect(shown(canvasElement, 'Valor solicitado')).toBe('R$\u00a012.345,67');
    await expect(contractButton(canvasElement)).toBeEnabled();
  },
};

/** The offer expires while on screen (test helper): the simulator says so and nothing can be contracted. */
export const ExpiresOnScreen: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await until(canvasElement, 'current');
    await expect(contractButton(canvasElement)).toBeEnabled();
    const { sandbox, offer } = seeded(loaded);
    await sandbox.testHelper(`credit-offers/${offer?.id}/expire`);
    await until(canvasElement, 'unavailable');
    await expect(canvas.getByText('Esta oferta expirou')).toBeVisible();
    await expect(contractButton(canvasElement)).toBeDisabled();
    await expect(canvas.getByRole('textbox', { name: 'Valor do empréstimo' })).toBeDisabled();
  },
};

/** Dinie fails to price the input: the error says so, and "Tentar de novo" brings the final figures. */
export const ApiErrorWithRetry: Story = {
  parameters: {
    dinie: {
      seed: async (sandbox) => {
        const result = await activeWithOffer(sandbox);
        sandbox.fail('POST', /\/simulations$/, 503, 4);
        return result;
      },
    } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await until(canvasElement, 'error');
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      'Não conseguimos calcular os valores definitivos.',
    );
    await expect(disclosure(canvasElement)).toHaveAttribute('data-state', 'estimate');
    await expect(contractButton(canvasElement)).toBeDisabled();
    await userEvent.click(canvas.getByRole('button', { name: 'Tentar de novo' }));
    await until(canvasElement, 'current');
    await expect(contractButton(canvasElement)).toBeEnabled();
  },
};

/**
 * Another tab prices the offer, so the simulation on screen is no longer Dinie's latest: Dinie
 * refuses it, the simulator says so and prices the input again, and that one contracts.
 */
export const StaleSimulationRefused: Story = {
  play: async ({ canvasElement, loaded, args }) => {
    const canvas = within(canvasElement);
    await until(canvasElement, 'current');
    const { sandbox, offer } = seeded(loaded);
    await sandbox.client.creditOffers.simulate(offer?.id ?? '', {
      requested_amount: '7000.00',
      installment_count: 3,
    });
    await userEvent.click(contractButton(canvasElement));
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('Estes valores não valem mais'), {
      timeout: 12_000,
    });
    await expect(args.onContract).not.toHaveBeenCalled();
    await until(canvasElement, 'current');
    await userEvent.click(contractButton(canvasElement));
    await waitFor(() => expect(args.onContract).toHaveBeenCalledOnce(), { timeout: 12_000 });
  },
};

/** A fixed-term offer: the term is stated, not chosen. */
export const FixedTerm: Story = {
  parameters: {
    dinie: { ...withOffer, sandbox: { offer: { installments: 6 } } } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await until(canvasElement, 'current');
    await expect(canvas.getByText('6 parcelas mensais')).toBeVisible();
    await expect(canvas.queryByRole('radio')).toBeNull();
  },
};

/** English, dark. */
export const EnglishDark: Story = {
  parameters: { dinie: { ...withOffer, locale: 'en', colorScheme: 'dark' } satisfies DinieStoryParameters },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await until(canvasElement, 'current');
    await expect(canvas.getByRole('button', { name: 'Take the loan' })).toBeEnabled();
    await expect(canvas.getByText('Total effective cost (CET)')).toBeVisible();
  },
};
