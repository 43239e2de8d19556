import type { CreditOffer, Simulation } from '@dinie-embed/api';
import type { LoanSimulation, ScheduleRow } from '@dinie-embed/api/credit';
import { figuresOfEstimate, figuresOfSimulation, scheduleOf } from '@dinie-embed/react';
import { useId, useMemo } from 'react';
import { withClassName } from '../primitives/withClassName.ts';
import { useMessages } from '../theme/ThemeContext.ts';
import { useCreditFormat } from './useCreditFormat.ts';

/** Props of {@link CostDisclosure}. */
export interface CostDisclosureProps {
  /** The authoritative simulation to disclose; when `null`, `estimate` is shown, labelled as one. */
  simulation: Simulation | null;
  /** The offer simulated, for its validity and the schedule's rules. */
  offer: CreditOffer;
  /** A local estimate shown while there is no authoritative simulation (e.g. `useLoanSimulator().estimate`). */
  estimate?: LoanSimulation | null | undefined;
  /** Shows the 7-day right of withdrawal (CDC art. 49) (default `true`, the safe default). */
  showWithdrawalRight?: boolean | undefined;
  /** Level of the heading (default 3). */
  headingLevel?: 2 | 3 | 4 | undefined;
  /** Extra class names for the root element. */
  className?: string | undefined;
}

/**
 * Everything a borrower must see before contracting (credit-math §7; Res. CMN 4.881, CDC arts.
 * 52 and 54-B): amount asked and received, number and value of the installments, interest per
 * month and per year, IOF, fees, total to pay, the CET per year (as prominent as the rate) and
 * per month, the first due date, the offer's validity and the right to pay off early, with an
 * expandable breakdown and the installment schedule.
 *
 * Figures from `simulation` are Dinie's, shown exactly as they came; an `estimate` is labelled as
 * one (`data-state="estimate"`). The schedule of a simulation is the shared credit math's, shown
 * only when it reproduces every figure of the simulation to the cent.
 */
export function CostDisclosure({
  simulation,
  offer,
  estimate,
  showWithdrawalRight = true,
  headingLevel = 3,
  className,
}: CostDisclosureProps) {
  const copy = useMessages().costDisclosure;
  const labels = useMessages().loanSimulator;
  const format = useCreditFormat();
  const titleId = useId();
  const figures = simulation
    ? figuresOfSimulation(simulation)
    : estimate
      ? figuresOfEstimate(estimate)
      : null;
  const schedule = useMemo<ScheduleRow[] | null>(
    () => (simulation ? scheduleOf(offer, simulation) : (estimate?.schedule ?? null)),
    [offer, simulation, estimate],
  );
  if (figures === null) return null;
  const state = simulation ? 'final' : 'estimate';
  const Heading = `h${headingLevel}` as const;
  const iofNote = figures.amountReceivedCents < figures.requestedCents ? copy.iofDeducted : copy.iofFinanced;
  const principalCents = figures.totalCents - figures.interestCents;

  return (
    <section
      className={withClassName('dinie-root dinie-cost', className)}
      aria-labelledby={titleId}
      data-state={state}
    >
      <header className="dinie-cost__header">
        <Heading id={titleId} className="dinie-subheading">
          {copy.title}
        </Heading>
        <span className="dinie-badge dinie-cost__badge" data-state={state}>
          {state === 'final' ? labels.final : labels.estimate}
        </span>
      </header>
      <dl className="dinie-cost__key">
        <div className="dinie-cost__installments">
          <dt>{copy.installments}</dt>
          <dd>{copy.installmentsValue(figures.installmentCount, format.money(figures.installmentCents))}</dd>
        </div>
        <div className="dinie-cost__rate">
          <dt>{copy.interest}</dt>
          <dd>
            {format.rate(figures.monthlyRatePercent, 'a.m.')}{' '}
            <span className="dinie-cost__secondary">({format.rate(figures.annualRatePercent, 'a.a.')})</span>
          </dd>
        </div>
        <div className="dinie-cost__rate">
          <dt>{copy.cet}</dt>
          <dd>
            {format.rate(figures.cetAnnualPercent, 'a.a.')}{' '}
            <span className="dinie-cost__secondary">({format.rate(figures.cetMonthlyPercent, 'a.m.')})</span>
          </dd>
        </div>
      </dl>
      <dl className="dinie-cost__list">
        <Row term={copy.requested} value={format.money(figures.requestedCents)} />
        <Row term={copy.received} value={format.money(figures.amountReceivedCents)} />
        <Row term={copy.iof} value={`${format.money(figures.iofCents)} (${iofNote})`} />
        <Row term={copy.fees} value={format.money(figures.feesCents)} />
        <Row term={copy.total} value={format.money(figures.totalCents)} strong />
        <Row term={copy.firstDueDate} value={format.date(figures.firstDueDate)} />
      </dl>
      <ul className="dinie-cost__notes">
        <li>{copy.validity(format.dateTime(offer.valid_until))}</li>
        <li>{copy.prepayment}</li>
        {showWithdrawalRight ? <li>{copy.withdrawal}</li> : null}
      </ul>
      <details className="dinie-cost__details">
        <summary>{copy.breakdown}</summary>
        <dl className="dinie-cost__list">
          <Row term={copy.requested} value={format.money(figures.requestedCents)} />
          <Row term={`${copy.iof} (${iofNote})`} value={format.money(figures.iofCents)} />
          <Row term={copy.fees} value={format.money(figures.feesCents)} />
          <Row term={copy.principal} value={format.money(principalCents)} />
          <Row term={copy.interestTotal} value={format.money(figures.interestCents)} />
          <Row term={copy.total} value={format.money(figures.totalCents)} strong />
        </dl>
        {schedule ? (
          <div className="dinie-cost__schedule">
            {/* A wide table scrolls on its own on a narrow screen; focusable so a keyboard can scroll it. */}
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
            <section className="dinie-cost__scroll" tabIndex={0} aria-label={copy.scheduleTitle}>
              <table>
                <caption>{copy.scheduleTitle}</caption>
                <thead>
                  <tr>
                    <th scope="col">{copy.columns.number}</th>
                    <th scope="col">{copy.columns.dueDate}</th>
                    <th scope="col">{copy.columns.installment}</th>
                    <th scope="col">{copy.columns.interest}</th>
                    <th scope="col">{copy.columns.amortization}</th>
                    <th scope="col">{copy.columns.balance}</th>
                  </tr>
                </thead>
                <tbody>
                  {schedule.map((row) => (
                    <tr key={row.number}>
                      <th scope="row">{row.number}</th>
                      <td>{format.date(row.dueDate)}</td>
                      <td>{format.money(row.installmentCents)}</td>
                      <td>{format.money(row.interestCents)}</td>
                      <td>{format.money(row.amortizationCents)}</td>
                      <td>{format.money(row.balanceCents)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            {state === 'final' ? <p className="dinie-cost__note">{copy.scheduleNote}</p> : null}
          </div>
        ) : (
          <p className="dinie-cost__note">{copy.scheduleUnavailable}</p>
        )}
      </details>
    </section>
  );
}

function Row({ term, value, strong = false }: { term: string; value: string; strong?: boolean }) {
  return (
    <div className="dinie-cost__row" data-emphasis={strong ? 'strong' : undefined}>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}
