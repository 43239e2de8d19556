import type { Loan, LoanStatus } from '@dinie-embed/api';
import { useLoan } from '@dinie-embed/react';
import { useEffect, useId, useRef, useState } from 'react';
import { Alert } from '../primitives/Alert.tsx';
import { Button } from '../primitives/Button.tsx';
import { CheckIcon, ExternalIcon, Spinner } from '../primitives/icons.tsx';
import { ModalDialog, useDialogTrigger } from '../primitives/ModalDialog.tsx';
import { LoadFailed, useFailedLoad } from '../primitives/QueryStatus.tsx';
import { withClassName } from '../primitives/withClassName.ts';
import { useTheme } from '../theme/ThemeContext.ts';
import { useMediaQuery } from '../theme/useMediaQuery.ts';

/** Props of {@link ContractSigning}. */
export interface ContractSigningProps {
  /** The loan whose contract (CCB) is signed. */
  loanId: string;
  /**
   * Where the signing page opens: `dialog` (framed in a modal), `tab` (a new tab: for phones, and
   * wherever the page cannot be framed, e.g. a host CSP without the signing site in `frame-src`),
   * or `auto` (default): a tab on phones and narrow screens, the dialog elsewhere.
   */
  mode?: 'auto' | 'dialog' | 'tab' | undefined;
  /** Called once when the contract is signed (the loan moves past `awaiting_signatures`). */
  onSigned?: ((loan: Loan) => void) | undefined;
  /** Extra class names for the root element. */
  className?: string | undefined;
}

/** Where signing stands, as the component's `data-state`. */
export type ContractSigningState =
  | 'loading'
  | 'error'
  | 'preparing'
  | 'ready'
  | 'signing'
  | 'signed'
  | 'unavailable';

const SIGNED: ReadonlySet<LoanStatus> = new Set(['signed', 'disbursing', 'active', 'finished']);

function stateOf(loan: Loan | undefined, failed: boolean, opened: boolean): ContractSigningState {
  if (loan === undefined) return failed ? 'error' : 'loading';
  if (SIGNED.has(loan.status)) return 'signed';
  if (loan.status === 'cancelled' || loan.status === 'error') return 'unavailable';
  if (loan.signing_url === null) return 'preparing';
  return opened ? 'signing' : 'ready';
}

/**
 * The contract (CCB) signature. While Dinie prepares the contract it says so; once the loan has a
 * `signing_url` the borrower opens it, framed in a dialog (loaded on demand) or in a new tab (phones, and pages
 * that cannot be framed; the dialog always offers the tab too). Nothing needs to come back from
 * the signing page: the loan is live (events, else polling), so when Dinie reports it signed the
 * dialog closes, the view says so, and `onSigned` runs.
 */
export function ContractSigning({ loanId, mode = 'auto', onSigned, className }: ContractSigningProps) {
  const { messages } = useTheme();
  const copy = messages.signing;
  const loanQuery = useLoan(loanId);
  const loan = loanQuery.data;
  const [opened, setOpened] = useState(false);
  const narrow = useMediaQuery('(pointer: coarse), (max-width: 40rem)');
  const inTab = mode === 'tab' || (mode === 'auto' && narrow);
  const failure = useFailedLoad(loanQuery);
  const state = stateOf(loan, failure !== null, opened);
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  const onSignedRef = useRef(onSigned);
  onSignedRef.current = onSigned;
  const reported = useRef(false);
  useEffect(() => {
    if (state !== 'signed' || !loan || reported.current) return;
    reported.current = true;
    // Only a signature seen happening moves focus; a page that opens on a signed loan leaves it.
    if (opened) heading.current?.focus();
    onSignedRef.current?.(loan);
  }, [state, loan, opened]);

  const url = loan?.signing_url ?? null;
  return (
    <section
      className={withClassName('dinie-root dinie-card dinie-signing', className)}
      aria-labelledby={titleId}
      data-state={state}
      data-mode={inTab ? 'tab' : 'dialog'}
    >
      <header className="dinie-card__header">
        <h2 ref={heading} id={titleId} className="dinie-heading" tabIndex={-1}>
          {state === 'signed' ? copy.signedTitle : copy.title}
        </h2>
        {loan?.ccb_number ? <p className="dinie-signing__ccb">{copy.ccb(loan.ccb_number)}</p> : null}
      </header>

      <div role="status" className="dinie-signing__status">
        {state === 'loading' ? (
          <p className="dinie-status-line">
            <Spinner />
            {messages.common.loading}
          </p>
        ) : null}
        {state === 'preparing' ? (
          <p className="dinie-status-line">
            <Spinner />
            <span>
              <strong>{copy.preparing}</strong> {copy.preparingDetail}
            </span>
          </p>
        ) : null}
        {state === 'signing' && inTab ? (
          <p className="dinie-status-line">
            <Spinner />
            <span>
              <strong>{copy.waiting}</strong> {copy.waitingDetail}
            </span>
          </p>
        ) : null}
        {state === 'signed' ? (
          <p className="dinie-signing__signed">
            <CheckIcon />
            {copy.signedBody}
          </p>
        ) : null}
      </div>

      {failure ? <LoadFailed failure={failure} onRetry={() => void loanQuery.refetch()} /> : null}

      {state === 'unavailable' && loan ? (
        <Alert tone="warning" title={copy.unavailableTitle}>
          <p>{messages.loanStatus.now[loan.status]}</p>
        </Alert>
      ) : null}

      {(state === 'ready' || state === 'signing') && url ? (
        <>
          <p className="dinie-lead">{copy.description}</p>
          {inTab ? (
            <a
              className="dinie-button dinie-button--block"
              data-variant={state === 'ready' ? 'primary' : 'secondary'}
              href={url}
              target="_blank"
              rel="noopener noreferrer"
              onClick={() => setOpened(true)}
            >
              {copy.sign}
              <ExternalIcon />
              <span className="dinie-visually-hidden"> ({copy.openInTab})</span>
            </a>
          ) : (
            <SigningDialog url={url} open={state === 'signing'} onOpenChange={setOpened} />
          )}
        </>
      ) : null}
    </section>
  );
}

function SigningDialog({
  url,
  open,
  onOpenChange,
}: {
  url: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { messages } = useTheme();
  const copy = messages.signing;
  const { triggerProps, returnFocus } = useDialogTrigger(open);
  return (
    <>
      <Button
        {...triggerProps}
        variant="primary"
        className="dinie-button--block"
        onClick={() => onOpenChange(true)}
      >
        {copy.sign}
      </Button>
      {open ? (
        <ModalDialog
          onClose={() => onOpenChange(false)}
          returnFocus={returnFocus}
          title={copy.dialogTitle}
          description={copy.dialogDescription}
          className="dinie-signing-dialog"
        >
          <iframe className="dinie-signing-dialog__frame" src={url} title={copy.frameTitle} />
          <p className="dinie-signing-dialog__fallback">
            <span>{copy.frameProblem}</span>{' '}
            <a href={url} target="_blank" rel="noopener noreferrer">
              {copy.openInTab}
              <ExternalIcon />
            </a>
          </p>
          <p className="dinie-status-line" role="status">
            <Spinner />
            {copy.waiting}
          </p>
        </ModalDialog>
      ) : null}
    </>
  );
}
