import { formatBRL, type Simulation, toCents } from '@dinie-embed/api';
import { defaultAssumptions, estimateLoan } from '@dinie-embed/react';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createStorySandbox } from '../storybook/createStorySandbox.ts';
import { activeWithOffer } from '../storybook/creditSeeds.ts';
import { DinieTheme } from '../theme/DinieTheme.tsx';
import { CostDisclosure } from './CostDisclosure.tsx';

/** The value next to a term (the summary's, before the breakdown's). */
function shown(term: string): string {
  return screen.getAllByText(term, { selector: 'dt' })[0]?.nextElementSibling?.textContent ?? '';
}

async function simulated(requested: string, count: number) {
  const sandbox = createStorySandbox({ sandbox: { feeCents: 12_345, iofMode: 'deducted' } });
  const { offer } = await activeWithOffer(sandbox);
  if (!offer) throw new Error('no offer');
  const simulation = await sandbox.client.creditOffers.simulate(offer.id, {
    requested_amount: requested,
    installment_count: count,
  });
  return { offer, simulation };
}

describe('<CostDisclosure>', () => {
  it("shows every figure of the sandbox's simulation exactly, and a schedule that adds up to it", async () => {
    const { offer, simulation } = await simulated('18765.43', 7);
    render(<CostDisclosure simulation={simulation} offer={offer} />);
    const money = (amount: string) => formatBRL(toCents(amount));
    const section = screen.getByRole('region', { name: 'Custo do empréstimo' });
    expect(section).toHaveAttribute('data-state', 'final');
    expect(shown('Parcelas')).toBe(`7 parcelas mensais de ${money(simulation.installments_value)}`);
    expect(shown('Valor solicitado')).toBe(money(simulation.requested_amount));
    expect(shown('Você recebe')).toBe(money(simulation.amount));
    expect(shown('IOF')).toBe(`${money(simulation.iof_amount)} (descontado do valor recebido)`);
    expect(shown('Tarifas')).toBe(money(simulation.fees_amount));
    expect(shown('Valor total a pagar')).toBe(money(simulation.total_loan_amount));
    expect(shown('Custo Efetivo Total (CET)')).toMatch(
      new RegExp(`^${String(simulation.cet_percentage).replace('.', ',')}\\d?% a\\.a\\.`),
    );
    expect(shown('Taxa de juros')).toBe('2,50% a.m. (34,49% a.a.)');
    expect(screen.getByText(/quitar antecipadamente/)).toBeInTheDocument();
    expect(screen.getByText(/desistir em até 7 dias/)).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Cronograma de parcelas' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(7);
    const cents = (text: string | null | undefined) => Number((text ?? '').replace(/\D/g, ''));
    const installments = rows.map((row) => cents(row.querySelectorAll('td')[1]?.textContent));
    expect(installments.reduce((sum, value) => sum + value, 0)).toBe(toCents(simulation.total_loan_amount));
    expect(installments[0]).toBe(toCents(simulation.installments_value));
  });

  it('shows no schedule it cannot reconcile with the simulation', async () => {
    const { offer, simulation } = await simulated('10000.00', 3);
    const altered: Simulation = { ...simulation, installments_value: '1.00' };
    render(<CostDisclosure simulation={altered} offer={offer} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('O cronograma detalhado estará no contrato.')).toBeInTheDocument();
  });

  it('labels an estimate as one, in English too', async () => {
    const { offer } = await simulated('10000.00', 3);
    const estimate = estimateLoan(offer, 1_000_000, 3, defaultAssumptions());
    render(
      <DinieTheme locale="en">
        <CostDisclosure simulation={null} estimate={estimate} offer={offer} showWithdrawalRight={false} />
      </DinieTheme>,
    );
    expect(await screen.findByRole('region', { name: 'Cost of the loan' })).toHaveAttribute(
      'data-state',
      'estimate',
    );
    expect(screen.getByText('Estimate')).toBeInTheDocument();
    expect(screen.queryByText(/withdraw within 7 days/)).toBeNull();
  });
});
