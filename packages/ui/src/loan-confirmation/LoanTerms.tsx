import type { CreditOffer, Simulation } from '@dinie-embed/api';
import { formatBRL, formatDate, formatDateTime, formatPercent, toCents } from '@dinie-embed/api';
import { useTheme } from '../theme/ThemeContext.ts';

/** A monthly rate in percent as its effective annual rate in percent: (1 + i)^12 − 1. */
function annualPercent(monthlyPercent: number): number {
  return ((1 + monthlyPercent / 100) ** 12 - 1) * 100;
}

/**
 * The terms of a simulation as Brazilian rules ask them disclosed before contracting (credit-math
 * §7): amounts, installments, interest a month and a year, IOF, fees, total, the CET as prominent
 * as the rate, the offer's validity and the right to pay off early.
 */
export function LoanTerms({ offer, simulation }: { offer: CreditOffer; simulation: Simulation }) {
  const { messages, locale } = useTheme();
  const copy = messages.loanConfirmation;
  const brl = (amount: string) => formatBRL(toCents(amount), locale);
  const percent = (value: number) => formatPercent(value, { locale });
  const rows: Array<[string, string]> = [
    [copy.requested, brl(simulation.requested_amount)],
    [copy.received, brl(simulation.amount)],
    [
      copy.installments,
      copy.installmentsValue(simulation.number_of_installments, brl(simulation.installments_value)),
    ],
    [copy.firstDueDate, formatDate(simulation.first_due_date, locale)],
    [
      copy.interest,
      copy.interestValue(
        percent(simulation.interest_percentage),
        percent(annualPercent(simulation.interest_percentage)),
      ),
    ],
    [copy.iof, brl(simulation.iof_amount)],
    [copy.fees, brl(simulation.fees_amount)],
    [copy.total, brl(simulation.total_loan_amount)],
  ];
  return (
    <div className="dinie-terms">
      <dl className="dinie-terms__list">
        {rows.map(([term, value]) => (
          <div key={term} className="dinie-terms__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div className="dinie-terms__row dinie-terms__row--cet">
          <dt>{copy.cet}</dt>
          <dd>{copy.cetValue(percent(simulation.cet_percentage))}</dd>
        </div>
      </dl>
      <p className="dinie-terms__note">
        {copy.validUntil(formatDateTime(offer.valid_until, locale))} {copy.earlyPayoff}
      </p>
    </div>
  );
}
