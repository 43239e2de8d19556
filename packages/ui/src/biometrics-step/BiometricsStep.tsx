import { formatDateTime } from '@dinie-embed/api';
import { useBiometricsSession } from '@dinie-embed/react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Alert } from '../primitives/Alert.tsx';
import { Button } from '../primitives/Button.tsx';
import { CheckIcon, ExternalIcon, FaceIcon, Spinner } from '../primitives/icons.tsx';
import { ModalDialog, useDialogTrigger } from '../primitives/ModalDialog.tsx';
import { useOnDemand } from '../primitives/onDemand.ts';
import { useTheme } from '../theme/ThemeContext.ts';
import { useMediaQuery } from '../theme/useMediaQuery.ts';
import { QrCode, qrEncoder } from './QrCode.tsx';

/** Props of {@link BiometricsStep}. */
export interface BiometricsStepProps {
  /** The customer whose biometrics are captured. */
  customerId: string;
  /** `handoff` shows a QR code for a phone, `embedded` the capture in the dialog; `auto` (default) picks by pointer. */
  mode?: 'auto' | 'handoff' | 'embedded' | undefined;
  /** Controlled open state of the dialog. */
  open?: boolean | undefined;
  /** Initial open state when uncontrolled. */
  defaultOpen?: boolean | undefined;
  /** Called when the dialog opens or closes. */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /** Called once when the capture is done and the borrower continues. */
  onComplete?: (() => void) | undefined;
  /** Label of the button that opens the dialog (default "Verify your face" in the locale). */
  triggerLabel?: ReactNode;
  /** Weight of that button: `primary` (default) alone on a page, `secondary` among other actions. */
  triggerVariant?: 'primary' | 'secondary' | undefined;
}

/** Where the dialog stands, as its `data-state`. */
export type BiometricsStepState =
  | 'preparing'
  | 'waiting'
  | 'capturing'
  | 'elsewhere'
  | 'done'
  | 'expired'
  | 'error';

/**
 * The biometrics capture in a dialog. On a desktop (fine pointer) it shows a QR code of the
 * session URL to continue on a phone, a link to continue on this device instead, and a live
 * "waiting for your phone" status that moves on by itself when the capture completes (events or
 * polling). On a phone (coarse pointer) the capture runs in an iframe inside the dialog, with
 * camera permission. The session opens when the dialog does; an expired one is renewed on request.
 * The dialog's code and the QR code encoder load while the button is on screen, not with the page.
 */
export function BiometricsStep({
  customerId,
  mode = 'auto',
  open: openProp,
  defaultOpen = false,
  onOpenChange,
  onComplete,
  triggerLabel,
  triggerVariant = 'primary',
}: BiometricsStepProps) {
  const { messages } = useTheme();
  const copy = messages.biometrics;
  const [openState, setOpenState] = useState(defaultOpen);
  const open = openProp ?? openState;
  const setOpen = (next: boolean) => {
    if (openProp === undefined) setOpenState(next);
    onOpenChange?.(next);
  };

  const { triggerProps, returnFocus } = useDialogTrigger(open);
  useEffect(() => {
    if (mode !== 'embedded') qrEncoder.load().catch(() => undefined);
  }, [mode]);

  return (
    <>
      <Button {...triggerProps} variant={triggerVariant} onClick={() => setOpen(true)}>
        <FaceIcon />
        {triggerLabel ?? copy.start}
      </Button>
      {open ? (
        <BiometricsDialog
          customerId={customerId}
          mode={mode}
          onClose={() => setOpen(false)}
          returnFocus={returnFocus}
          onContinue={() => {
            setOpen(false);
            onComplete?.();
          }}
        />
      ) : null}
    </>
  );
}

function BiometricsDialog({
  customerId,
  mode,
  onClose,
  returnFocus,
  onContinue,
}: {
  customerId: string;
  mode: 'auto' | 'handoff' | 'embedded';
  onClose: () => void;
  returnFocus: (event: Event) => void;
  onContinue: () => void;
}) {
  const { messages, locale } = useTheme();
  const copy = messages.biometrics;
  const continueButton = useRef<HTMLButtonElement>(null);
  const coarse = useMediaQuery('(pointer: coarse)');
  const embedded = mode === 'embedded' || (mode === 'auto' && coarse);
  const biometrics = useBiometricsSession(customerId);
  const { start, isStarting, sessionUrl, expiresAt, done, error, reason } = biometrics;
  const expired = useExpired(expiresAt);

  // The session opens with the dialog. An expired one is renewed by the borrower, never in a
  // loop: a clock that runs ahead of the server's would see every new session as expired.
  useEffect(() => {
    if (!done && !isStarting && error === null && sessionUrl === null) start();
  }, [done, isStarting, error, sessionUrl, start]);

  // The view under the focus is replaced; put focus where the borrower goes next.
  useEffect(() => {
    if (done) continueButton.current?.focus();
  }, [done]);

  const state: BiometricsStepState = done
    ? 'done'
    : error !== null && !isStarting
      ? // A session already open on another device is not a failure: finishing it there
        // completes the item, which this dialog sees like any other completion.
        reason === 'conflict'
        ? 'elsewhere'
        : 'error'
      : isStarting || sessionUrl === null
        ? 'preparing'
        : expired
          ? 'expired'
          : embedded
            ? 'capturing'
            : 'waiting';

  // A desktop's dialog opens with its QR code drawn: it waits for the encoder, loading since the
  // button showed, as it waits for the dialog's own code.
  const encoder = useOnDemand(qrEncoder);
  if (!embedded && encoder === undefined) return null;

  return (
    <ModalDialog
      onClose={onClose}
      returnFocus={returnFocus}
      title={copy.title}
      description={copy.description}
      className="dinie-biometrics"
      data-state={state}
      data-mode={embedded ? 'embedded' : 'handoff'}
      aria-busy={state === 'preparing' || undefined}
    >
      {state === 'preparing' ? (
        <p className="dinie-biometrics__status" role="status">
          <Spinner />
          {copy.preparing}
        </p>
      ) : null}

      {state === 'elsewhere' ? (
        <Alert tone="info" title={copy.elsewhereTitle}>
          <p>{copy.alreadyActive}</p>
          <div>
            <Button variant="secondary" onClick={start}>
              {messages.common.retry}
            </Button>
          </div>
        </Alert>
      ) : null}

      {state === 'error' ? (
        <Alert tone="danger" title={copy.failed}>
          <p>{messages.common.errors[reason ?? 'unknown']}</p>
          <div>
            <Button onClick={start}>{messages.common.retry}</Button>
          </div>
        </Alert>
      ) : null}

      {state === 'expired' ? (
        <Alert tone="warning" title={copy.expired}>
          <div>
            <Button onClick={start}>{copy.renew}</Button>
          </div>
        </Alert>
      ) : null}

      {state === 'waiting' && sessionUrl ? (
        <div className="dinie-biometrics__handoff">
          <div className="dinie-biometrics__qr">
            <QrCode value={sessionUrl} label={copy.qrLabel} />
          </div>
          <div className="dinie-biometrics__steps">
            <h3 className="dinie-biometrics__steps-title">{copy.qrTitle}</h3>
            <ol>
              {copy.qrSteps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            {expiresAt ? (
              <p className="dinie-biometrics__expiry">{copy.expiresAt(formatDateTime(expiresAt, locale))}</p>
            ) : null}
          </div>
          <p className="dinie-biometrics__status dinie-biometrics__waiting" role="status">
            <Spinner />
            <span>
              <strong>{copy.waiting}</strong> {copy.waitingDetail}
            </span>
          </p>
          <p className="dinie-biometrics__device">
            <a href={sessionUrl} target="_blank" rel="noopener noreferrer">
              {copy.thisDevice}
              <ExternalIcon />
            </a>
            <span className="dinie-biometrics__device-hint">{copy.thisDeviceHint}</span>
          </p>
        </div>
      ) : null}

      {state === 'capturing' && sessionUrl ? (
        <iframe className="dinie-biometrics__frame" src={sessionUrl} title={copy.frameTitle} allow="camera" />
      ) : null}

      {state === 'done' ? (
        <div className="dinie-biometrics__done" role="status">
          <span className="dinie-biometrics__done-icon">
            <CheckIcon />
          </span>
          <p className="dinie-subheading">{copy.done}</p>
          <p className="dinie-lead">{copy.doneDetail}</p>
        </div>
      ) : null}
      {state === 'done' ? (
        <Button ref={continueButton} variant="primary" className="dinie-button--block" onClick={onContinue}>
          {messages.common.continue}
        </Button>
      ) : null}
    </ModalDialog>
  );
}

/** Whether `expiresAt` has passed, re-checked when it does. */
function useExpired(expiresAt: string | null): boolean {
  const [now, setNow] = useState(() => Date.now());
  const at = expiresAt === null ? null : Date.parse(expiresAt);
  useEffect(() => {
    if (at === null || Number.isNaN(at)) return;
    const wait = at - Date.now();
    if (wait <= 0) return;
    // Timers clamp to ~24.8 days; sessions last minutes.
    const timer = setTimeout(() => setNow(Date.now()), Math.min(wait + 50, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [at]);
  return at !== null && !Number.isNaN(at) && now >= at;
}
