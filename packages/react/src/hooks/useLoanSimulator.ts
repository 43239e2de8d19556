import { type CreditOffer, fromCents, isDinieApiError, type Simulation, toCents } from '@dinie-embed/api';
import type { LoanSimulation } from '@dinie-embed/api/credit';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  calibrateAssumptions,
  defaultAssumptions,
  type EstimateAssumptions,
  estimateLoan,
  type OfferLimits,
  offerLimits,
} from '../credit/loanEstimate.ts';
import { useDinieRuntime } from '../dinieContext.ts';
import type { DinieErrorReason } from '../errorReason.ts';
import { creditOfferQueries } from '../queries/creditOffers.ts';
import { creditOfferKeys } from '../queries/queryKeys.ts';
import { useOfferOpen } from './useOfferOpen.ts';
import { useSimulation } from './useSimulation.ts';

/** Options of {@link useLoanSimulator}. */
export interface UseLoanSimulatorOptions {
  /** Milliseconds the input must rest before the authoritative simulation is sent (default 400). */
  debounceMs?: number | undefined;
  /** Starting amount in cents (default the approved amount), kept inside the offer's limits. */
  defaultAmountCents?: number | undefined;
  /** Starting installment count (default the most the offer allows). */
  defaultInstallments?: number | undefined;
  /** What the estimate assumes until an authoritative simulation teaches it (default the sandbox's). */
  assumptions?: Partial<EstimateAssumptions> | undefined;
}

/**
 * Where the simulator stands:
 * - `unavailable`: the offer can no longer be simulated (expired, accepted, past `valid_until`);
 * - `settling`: the input changed; the authoritative simulation waits for it to rest;
 * - `simulating`: the authoritative simulation is on its way;
 * - `current`: the latest simulation matches the input; it can be contracted;
 * - `error`: the simulation of this input failed; `retry` sends it again.
 */
export type LoanSimulatorStatus = 'unavailable' | 'settling' | 'simulating' | 'current' | 'error';

/** What {@link useLoanSimulator} returns. */
export interface LoanSimulator {
  /** The offer as Dinie has it now (live through events), which may have expired since it was passed. */
  offer: CreditOffer;
  /** The amount asked, in cents, always inside `limits`. */
  amountCents: number;
  /** Sets the amount; rounded to whole cents and clamped into `limits`. */
  setAmountCents: (cents: number) => void;
  /** The installment count, always inside `limits`. */
  installments: number;
  /** Sets the installment count; rounded and clamped into `limits`. */
  setInstallments: (count: number) => void;
  /** Due date of the first installment: the current simulation's, else the estimate's. */
  firstDueDate: string | undefined;
  /**
   * Chooses the first due date where the offer allows it. Always `undefined` on Dinie 2026-03-01:
   * `due_date_rule` is not implemented there and a simulation request cannot carry a date.
   */
  setFirstDueDate: ((date: string) => void) | undefined;
  /** The offer's amount and installment limits. */
  limits: OfferLimits;
  /** The local estimate of the input, recomputed synchronously on every change; `null` if unpriceable. */
  estimate: LoanSimulation | null;
  /** The offer's latest authoritative simulation from this page (it may be for an older input). */
  simulation: Simulation | null;
  /** Whether `simulation` is for exactly the input on screen, with nothing newer on its way. */
  isCurrent: boolean;
  /** Whether `simulation` may be contracted now: current, and the offer still open. */
  canContract: boolean;
  /** See {@link LoanSimulatorStatus}. */
  status: LoanSimulatorStatus;
  /** Why the last simulation of this input failed; `null` otherwise. */
  error: Error | null;
  /** `error` as a closed reason for a UI to put in words. */
  reason: DinieErrorReason | null;
  /** Sends the simulation of the current input now, e.g. after an error or a stale refusal. */
  retry: () => void;
}

const DEFAULT_DEBOUNCE_MS = 400;
const clamp = (value: number, min: number, max: number) => Math.min(Math.max(Math.round(value), min), max);
const CLOSING_CODES = new Set(['offer_expired', 'offer_already_accepted']);

/**
 * Shapes a loan on an offer: holds the amount (integer cents) and installment count inside the
 * offer's limits, estimates the loan locally on every input with the same credit math the
 * sandbox prices with, and sends the authoritative `POST credit-offers/{id}/simulations` only
 * once the input rests (`debounceMs`), aborting a request the input has since superseded. Only
 * the offer's latest simulation can be contracted, so `canContract` holds only while that
 * simulation matches the input on screen and nothing newer is on its way.
 *
 * Each authoritative simulation also teaches the estimate what the offer does not say (fee,
 * IOF treatment and rate class, disbursement date), so later estimates match Dinie's figures.
 * Built on {@link useSimulation}.
 *
 * @param offer - an offer of the customer, e.g. from `useCreditOffers`.
 * @example
 * const sim = useLoanSimulator(offer, { debounceMs: 300 });
 * <input type="range" value={sim.amountCents} onChange={(e) => sim.setAmountCents(+e.target.value)} />
 * <button disabled={!sim.canContract} onClick={() => contract(sim.simulation)}>Contratar</button>
 */
export function useLoanSimulator(offer: CreditOffer, options: UseLoanSimulatorOptions = {}): LoanSimulator {
  const { queryClient } = useDinieRuntime('useLoanSimulator');
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const detail = useQuery({ ...creditOfferQueries.detail(offer.id), placeholderData: offer }, queryClient);
  const live = detail.data ?? offer;
  const open = useOfferOpen(live);
  const limits = useMemo(() => offerLimits(live), [live]);
  const limitsRef = useRef(limits);
  limitsRef.current = limits;

  const [amountCents, setAmount] = useState(() =>
    clamp(options.defaultAmountCents ?? limits.maxAmountCents, limits.minAmountCents, limits.maxAmountCents),
  );
  const [installments, setCount] = useState(() =>
    clamp(
      options.defaultInstallments ?? limits.maxInstallments,
      limits.minInstallments,
      limits.maxInstallments,
    ),
  );
  const setAmountCents = useCallback((cents: number) => {
    const { minAmountCents, maxAmountCents } = limitsRef.current;
    if (Number.isFinite(cents)) setAmount(clamp(cents, minAmountCents, maxAmountCents));
  }, []);
  const setInstallments = useCallback((count: number) => {
    const { minInstallments, maxInstallments } = limitsRef.current;
    if (Number.isFinite(count)) setCount(clamp(count, minInstallments, maxInstallments));
  }, []);
  // Limits can change under the input (a refreshed offer): keep the input inside them.
  const boundedAmount = clamp(amountCents, limits.minAmountCents, limits.maxAmountCents);
  const boundedCount = clamp(installments, limits.minInstallments, limits.maxInstallments);

  const [assumptions, setAssumptions] = useState<EstimateAssumptions>(() => ({
    ...defaultAssumptions(),
    ...options.assumptions,
  }));
  const estimate = useMemo(
    () => estimateLoan(live, boundedAmount, boundedCount, assumptions),
    [live, boundedAmount, boundedCount, assumptions],
  );

  const priced = useSimulation(live.id);
  const simulation = priced.simulation?.credit_offer_id === live.id ? priced.simulation : null;
  const calibrated = useRef<string | null>(null);
  useEffect(() => {
    if (!simulation || calibrated.current === simulation.id) return;
    calibrated.current = simulation.id;
    setAssumptions((current) => {
      const next = calibrateAssumptions(live, simulation, current).assumptions;
      return JSON.stringify(next) === JSON.stringify(current) ? current : next;
    });
  }, [live, simulation]);

  const matches =
    simulation !== null &&
    toCents(simulation.requested_amount) === boundedAmount &&
    simulation.number_of_installments === boundedCount;
  const pending = priced.isPending;
  const stateRef = useRef({ matches, pending });
  stateRef.current = { matches, pending };

  const controller = useRef<AbortController | null>(null);
  const { simulate } = priced;
  const send = useCallback(
    (amount: number, count: number) => {
      controller.current?.abort();
      const next = new AbortController();
      controller.current = next;
      simulate({ requested_amount: fromCents(amount), installment_count: count }, { signal: next.signal });
    },
    [simulate],
  );
  useEffect(() => () => controller.current?.abort(), []);

  const [settling, setSettling] = useState(false);
  const sentOnce = useRef(false);
  useEffect(() => {
    if (!open) return;
    const { matches: upToDate, pending: inFlight } = stateRef.current;
    if (upToDate && !inFlight) {
      setSettling(false);
      return;
    }
    // The request on its way is for an input no longer on screen.
    if (sentOnce.current) controller.current?.abort();
    setSettling(true);
    const timer = setTimeout(
      () => {
        sentOnce.current = true;
        setSettling(false);
        send(boundedAmount, boundedCount);
      },
      sentOnce.current ? debounceMs : 0,
    );
    return () => clearTimeout(timer);
  }, [open, boundedAmount, boundedCount, debounceMs, send]);

  const failed =
    priced.isError &&
    priced.reason !== 'cancelled' &&
    priced.variables?.requested_amount === fromCents(boundedAmount) &&
    priced.variables.installment_count === boundedCount;
  const closedCode = failed && isDinieApiError(priced.error) && CLOSING_CODES.has(priced.error.code);
  useEffect(() => {
    // Dinie refused because the offer closed: refetch it, so the screen says so.
    if (closedCode) void queryClient.invalidateQueries({ queryKey: creditOfferKeys.all });
  }, [closedCode, queryClient]);

  const status: LoanSimulatorStatus = !open
    ? 'unavailable'
    : pending
      ? 'simulating'
      : settling
        ? 'settling'
        : failed
          ? 'error'
          : matches
            ? 'current'
            : 'settling';
  const retry = useCallback(() => {
    setSettling(false);
    send(boundedAmount, boundedCount);
  }, [send, boundedAmount, boundedCount]);

  return {
    offer: live,
    amountCents: boundedAmount,
    setAmountCents,
    installments: boundedCount,
    setInstallments,
    firstDueDate: matches ? simulation?.first_due_date : estimate?.firstDueDate,
    setFirstDueDate: undefined,
    limits,
    estimate,
    simulation,
    isCurrent: status === 'current',
    canContract: status === 'current' && simulation !== null,
    status,
    error: failed ? priced.error : null,
    reason: failed ? priced.reason : null,
    retry,
  };
}
