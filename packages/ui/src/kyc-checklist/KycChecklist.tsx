import type { Customer } from '@dinie-embed/api';
import { useCustomer, useDinieEvents } from '@dinie-embed/react';
import { useId } from 'react';
import { Alert } from '../primitives/Alert.tsx';
import { Spinner } from '../primitives/icons.tsx';
import { ProgressBar } from '../primitives/ProgressBar.tsx';
import { LoadFailed, useFailedLoad } from '../primitives/QueryStatus.tsx';
import { withClassName } from '../primitives/withClassName.ts';
import { useMessages } from '../theme/ThemeContext.ts';
import { KycItemRow } from './KycItemRow.tsx';

/** Props of {@link KycChecklist}. */
export interface KycChecklistProps {
  /** The customer; omit it for the session's borrower. */
  customerId?: string | undefined;
  /** How <BiometricsStep> presents the capture: `auto` (default), `handoff` or `embedded`. */
  biometricsMode?: 'auto' | 'handoff' | 'embedded' | undefined;
  /** Whether uploads offer "take photo": `auto` (default, touch screens only), `always` or `never`. */
  camera?: 'auto' | 'always' | 'never' | undefined;
  /** Extra class names for the root element. */
  className?: string | undefined;
}

const SENT = new Set(['submitted', 'approved']);

/**
 * Every KYC item of the customer with its state (pending, submitted, approved, rejected with the
 * reviewer's message, pending correction) and, in place, the control it needs: a document
 * upload, a field to correct, or the biometrics capture. Each item carries `data-state`. The list
 * follows the server through live events, or polling where there are none.
 */
export function KycChecklist({ customerId, biometricsMode, camera, className }: KycChecklistProps) {
  const messages = useMessages();
  const copy = messages.kyc;
  const query = useCustomer(customerId);
  useDinieEvents();
  const titleId = useId();
  const customer: Customer | null | undefined = query.data;
  const items = customer?.kyc ?? [];
  const sent = items.filter((item) => SENT.has(item.status)).length;

  const failure = useFailedLoad(query);
  const state = failure
    ? 'error'
    : query.isPending
      ? 'loading'
      : sent === items.length
        ? 'complete'
        : 'incomplete';
  return (
    <section
      className={withClassName('dinie-root dinie-card dinie-kyc', className)}
      aria-labelledby={titleId}
      data-state={state}
    >
      <header className="dinie-card__header">
        <h2 id={titleId} className="dinie-heading" tabIndex={-1}>
          {copy.title}
        </h2>
        <p className="dinie-lead">{copy.description}</p>
        {items.length > 0 ? (
          <div className="dinie-kyc__progress">
            <span aria-hidden="true">{copy.progress(sent, items.length)}</span>
            <ProgressBar
              value={(sent / items.length) * 100}
              label={copy.progressLabel}
              valueText={copy.progress(sent, items.length)}
            />
          </div>
        ) : null}
      </header>

      {state === 'loading' ? (
        <p className="dinie-status-line" role="status">
          <Spinner />
          {messages.common.loading}
        </p>
      ) : null}

      {failure ? <LoadFailed failure={failure} onRetry={() => void query.refetch()} /> : null}

      {customer && items.length === 0 ? <p className="dinie-lead">{copy.empty}</p> : null}

      {customer && items.length > 0 ? (
        <ol className="dinie-kyc__list">
          {items.map((item, index) => (
            <KycItemRow
              key={`${item.kind}:${item.type}`}
              customer={customer}
              item={item}
              position={index + 1}
              biometricsMode={biometricsMode}
              camera={camera}
            />
          ))}
        </ol>
      ) : null}

      {state === 'complete' && items.length > 0 ? <Alert tone="success" title={copy.allSent} /> : null}
    </section>
  );
}
