import {
  type CreditOffer,
  formatBRL,
  isDinieApiError,
  parseBRLInput,
  type Simulation,
  toCents,
} from '@dinie-embed/api';
import {
  type DinieErrorReason,
  type EstimateAssumptions,
  errorReason,
  type LoanSimulatorStatus,
  useLoanSimulator,
} from '@dinie-embed/react';
import { useEffect, useId, useRef, useState } from 'react';
import { CostDisclosure } from '../cost-disclosure/CostDisclosure.tsx';
import { useCreditFormat } from '../cost-disclosure/useCreditFormat.ts';
import { Alert } from '../primitives/Alert.tsx';
import { Button } from '../primitives/Button.tsx';
import { TextField } from '../primitives/TextField.tsx';
import { withClassName } from '../primitives/withClassName.ts';
import { useMessages } from '../theme/ThemeContext.ts';
import { InstallmentPicker } from './InstallmentPicker.tsx';

/** Props of {@link LoanSimulator}. */
export interface LoanSimulatorProps {
  /** The offer to shape a loan on, e.g. from `<CreditOffers onSelect>`. */
  offer: CreditOffer;
  /**
   * Receives the current authoritative simulation when the borrower presses "Contratar". Return
   * the contracting promise: if Dinie refuses the simulation as no longer the latest
   * (`simulation_mismatch`), the simulator says so and prices the input again.
   */
  onContract: (simulation: Simulation) => unknown;
  /** Milliseconds the input must rest before the authoritative simulation is sent (default 400). */
  debounceMs?: number | undefined;
  /** Starting amount in cents (default the approved amount). */
  defaultAmountCents?: number | undefined;
  /** Starting installment count (default the most the offer allows). */
  defaultInstallments?: number | undefined;
  /** What the estimate assumes until Dinie's figures teach it (default the sandbox's terms). */
  assumptions?: Partial<EstimateAssumptions> | undefined;
  /** Shows the 7-day right of withdrawal in the disclosure (default `true`). */
  showWithdrawalRight?: boolean | undefined;
  /** Extra class names for the root element. */
  className?: string | undefined;
}

/** The slider moves in whole R$ 100 steps; the field takes any amount in cents. */
const SLIDER_STEP_CENTS = 10_000;

/** What went wrong when contracting: Dinie refused a stale simulation, or another reason. */
type ContractProblem = 'stale' | DinieErrorReason | null;

/** Amounts are typed the Brazilian way in every language: `25.000,00`. */
const typedAmount = (cents: number) => formatBRL(cents, 'pt-BR').replace(/^R\$\s*/u, '');

/**
 * Shapes a loan on an offer: a BRL field and a slider kept in sync (the slider speaks BRL to
 * screen readers), the installment choice, and the full {@link CostDisclosure}. Figures follow
 * every input at once as an estimate, labelled as one; Dinie's authoritative figures replace them
 * when the input rests, and are then announced politely once. "Contratar" is enabled only while
 * the latest authoritative simulation matches what is on screen, and hands it to `onContract`.
 * `data-state` is the simulator's {@link LoanSimulatorStatus}.
 */
export function LoanSimulator({
  offer,
  onContract,
  debounceMs,
  defaultAmountCents,
  defaultInstallments,
  assumptions,
  showWithdrawalRight,
  className,
}: LoanSimulatorProps) {
  const messages = useMessages();
  const copy = messages.loanSimulator;
  const format = useCreditFormat();
  const id = useId();
  const sim = useLoanSimulator(offer, { debounceMs, defaultAmountCents, defaultInstallments, assumptions });
  const { limits } = sim;

  const [text, setText] = useState(() => typedAmount(sim.amountCents));
  const [touched, setTouched] = useState(false);
  const typed = parseBRLInput(text);
  const problem =
    typed === null
      ? copy.amountInvalid
      : typed < limits.minAmountCents
        ? copy.amountTooLow(format.money(limits.minAmountCents))
        : typed > limits.maxAmountCents
          ? copy.amountTooHigh(format.money(limits.maxAmountCents))
          : null;
  // Too high cannot be fixed by typing more, so it shows at once; the rest once the field is left.
  const shownProblem =
    problem && (touched || (typed !== null && typed > limits.maxAmountCents)) ? problem : null;

  const onText = (value: string) => {
    setText(value);
    const cents = parseBRLInput(value);
    if (cents !== null && cents >= limits.minAmountCents && cents <= limits.maxAmountCents)
      sim.setAmountCents(cents);
  };
  const onSlider = (cents: number) => {
    sim.setAmountCents(cents);
    setText(typedAmount(cents));
    setTouched(false);
  };

  const announcement = useAnnouncement(sim.status, sim.simulation, (simulation) =>
    copy.updated(
      simulation.number_of_installments,
      format.money(toCents(simulation.installments_value)),
      format.rate(simulation.cet_percentage, 'a.a.'),
    ),
  );

  const [contracting, setContracting] = useState(false);
  const [contractProblem, setContractProblem] = useState<ContractProblem>(null);
  const contract = async () => {
    const simulation = sim.simulation;
    if (!sim.canContract || simulation === null) return;
    setContracting(true);
    setContractProblem(null);
    try {
      await onContract(simulation);
    } catch (error) {
      if (isDinieApiError(error) && error.code === 'simulation_mismatch') {
        setContractProblem('stale');
        sim.retry();
      } else setContractProblem(errorReason(error) ?? 'unknown');
    } finally {
      setContracting(false);
    }
  };

  const unavailable = sim.status === 'unavailable';
  const canContract = sim.canContract && problem === null && !contracting;
  const hintId = `${id}-contract-hint`;

  return (
    <section
      className={withClassName('dinie-root dinie-card dinie-simulator', className)}
      aria-labelledby={`${id}-title`}
      data-state={sim.status}
    >
      <h2 id={`${id}-title`} className="dinie-heading">
        {copy.title}
      </h2>
      {unavailable ? (
        <Alert
          tone="warning"
          live="status"
          title={sim.offer.status === 'accepted' ? copy.acceptedTitle : copy.expiredTitle}
        >
          {sim.offer.status === 'accepted' ? copy.acceptedBody : copy.expiredBody}
        </Alert>
      ) : null}

      <div className="dinie-simulator__amount">
        <TextField
          id={`${id}-amount`}
          label={copy.amountLabel}
          hint={copy.amountHint(format.money(limits.minAmountCents), format.money(limits.maxAmountCents))}
          prefix="R$"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          onValueChange={onText}
          onBlur={() => {
            setTouched(true);
            if (problem === null && typed !== null) setText(typedAmount(typed));
          }}
          error={shownProblem}
          disabled={unavailable}
        />
        <label className="dinie-simulator__slider">
          <span className="dinie-visually-hidden">{copy.sliderLabel}</span>
          <input
            type="range"
            min={limits.minAmountCents}
            max={limits.maxAmountCents}
            step={SLIDER_STEP_CENTS}
            value={sim.amountCents}
            aria-valuetext={format.money(sim.amountCents)}
            onChange={(event) => onSlider(Number(event.currentTarget.value))}
            disabled={unavailable}
          />
        </label>
      </div>

      <InstallmentPicker
        id={`${id}-installments`}
        limits={limits}
        value={sim.installments}
        onChange={sim.setInstallments}
        disabled={unavailable}
      />

      {sim.status === 'error' ? (
        <Alert tone="danger" title={copy.errorTitle}>
          <p>{messages.common.errors[sim.reason ?? 'unknown']}</p>
          <Button onClick={sim.retry}>{messages.common.retry}</Button>
        </Alert>
      ) : null}
      {contractProblem === 'stale' ? (
        <Alert tone="warning" live="alert" title={copy.staleTitle}>
          {copy.staleBody}
        </Alert>
      ) : contractProblem ? (
        <Alert tone="danger">{messages.common.errors[contractProblem]}</Alert>
      ) : null}

      <CostDisclosure
        offer={sim.offer}
        simulation={sim.isCurrent ? sim.simulation : null}
        estimate={sim.estimate}
        showWithdrawalRight={showWithdrawalRight}
      />
      {sim.isCurrent || unavailable ? null : (
        <p className="dinie-simulator__estimate-note" data-state={sim.status}>
          {copy.estimateNote}
        </p>
      )}
      <p role="status" className="dinie-visually-hidden">
        {announcement}
      </p>

      <div className="dinie-simulator__actions">
        <Button
          variant="primary"
          className="dinie-button--block"
          disabled={!canContract}
          busy={contracting}
          aria-describedby={canContract ? undefined : hintId}
          onClick={() => void contract()}
        >
          {copy.contract}
        </Button>
        {canContract || unavailable ? null : (
          <p id={hintId} className="dinie-simulator__hint">
            {copy.contractHint}
          </p>
        )}
      </div>
    </section>
  );
}

/**
 * The text of the polite live region: set once per authoritative simulation, when it becomes
 * current, so a screen reader hears settled figures and never every keystroke's estimate.
 */
function useAnnouncement(
  status: LoanSimulatorStatus,
  simulation: Simulation | null,
  describe: (simulation: Simulation) => string,
): string {
  const [text, setText] = useState('');
  const announced = useRef<string | null>(null);
  const describeRef = useRef(describe);
  describeRef.current = describe;
  useEffect(() => {
    if (status !== 'current' || simulation === null || announced.current === simulation.id) return;
    announced.current = simulation.id;
    setText(describeRef.current(simulation));
  }, [status, simulation]);
  return text;
}
