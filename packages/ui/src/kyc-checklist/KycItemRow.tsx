import { type Customer, formatDateTime, type KycItem } from '@dinie-embed/api';
import { useEffect, useId, useRef, useState } from 'react';
import { BiometricsStep } from '../biometrics-step/BiometricsStep.tsx';
import { DocumentUpload } from '../document-upload/DocumentUpload.tsx';
import { Button } from '../primitives/Button.tsx';
import { CheckIcon } from '../primitives/icons.tsx';
import { StatusBadge } from '../primitives/StatusBadge.tsx';
import { useTheme } from '../theme/ThemeContext.ts';
import { DataCorrection, isCorrectable } from './DataCorrection.tsx';

/** What an item asks of the borrower now. */
export type KycAction = 'upload' | 'correct' | 'biometrics' | 'none';

/** The action a KYC item needs in its state. */
export function actionOf(item: KycItem): KycAction {
  if (item.status === 'submitted' || item.status === 'approved') return 'none';
  if (item.kind === 'data') return isCorrectable(item.type) ? 'correct' : 'none';
  return item.type === 'biometrics' ? 'biometrics' : 'upload';
}

/** Props of {@link KycItemRow}. */
export interface KycItemRowProps {
  /** The customer the item belongs to. */
  customer: Customer;
  /** The item. */
  item: KycItem;
  /** Its position in the list, from 1. */
  position: number;
  /** The biometrics presentation, passed on to <BiometricsStep>. */
  biometricsMode?: 'auto' | 'handoff' | 'embedded' | undefined;
  /** Whether uploads offer "take photo"; passed on to <DocumentUpload>. */
  camera?: 'auto' | 'always' | 'never' | undefined;
}

/** One KYC item: its name, state, the reviewer's message, and the control that resolves it. */
export function KycItemRow({ customer, item, position, biometricsMode, camera }: KycItemRowProps) {
  const { messages, locale } = useTheme();
  const copy = messages.kyc;
  const id = useId();
  const known = copy.items[item.type];
  const title = known?.title ?? item.description;
  const action = actionOf(item);
  // Once shown, an upload stays on screen through its success, though the item turns `submitted`
  // (and so needs no action) before the upload itself reports success.
  const [keepUpload, setKeepUpload] = useState(action === 'upload');
  const showUpload =
    item.kind === 'document' &&
    item.type !== 'biometrics' &&
    item.status !== 'approved' &&
    (action === 'upload' || keepUpload);
  // The refetch that marks biometrics `submitted` lands while the dialog is still open; it stays
  // mounted until closed so the borrower sees the "done" view and its Continue button.
  const [biometricsOpen, setBiometricsOpen] = useState(false);
  const showBiometrics = action === 'biometrics' || biometricsOpen;
  const titleRef = useRef<HTMLHeadingElement>(null);
  const hadBiometrics = useRef(showBiometrics);
  useEffect(() => {
    const had = hadBiometrics.current;
    hadBiometrics.current = showBiometrics;
    if (!had || showBiometrics) return;
    // The dialog and its trigger are gone, so Radix has nowhere to return focus to.
    const active = document.activeElement;
    if (active === null || active === document.body || !active.isConnected) titleRef.current?.focus();
  }, [showBiometrics]);
  const titleId = `${id}-title`;
  const messageId = `${id}-message`;
  const hasMessage = (item.status === 'rejected' || item.status === 'pending_correction') && item.message;

  return (
    <li
      className="dinie-kyc__item"
      data-state={item.status}
      data-kind={item.kind}
      data-type={item.type}
      aria-labelledby={titleId}
      aria-describedby={hasMessage ? messageId : undefined}
    >
      <span className="dinie-kyc__marker" aria-hidden="true">
        {item.status === 'approved' || item.status === 'submitted' ? <CheckIcon /> : position}
      </span>
      <div className="dinie-kyc__body">
        <div className="dinie-kyc__head">
          <div className="dinie-kyc__titles">
            <h3 ref={titleRef} id={titleId} className="dinie-kyc__title" tabIndex={-1}>
              {title}
            </h3>
            {action !== 'none' && known?.hint ? <p className="dinie-kyc__hint">{known.hint}</p> : null}
            {item.uploaded_at && (item.status === 'submitted' || item.status === 'approved') ? (
              <p className="dinie-kyc__hint">{copy.uploadedAt(formatDateTime(item.uploaded_at, locale))}</p>
            ) : null}
          </div>
          <StatusBadge status={item.status} />
        </div>

        {hasMessage ? (
          <p id={messageId} className="dinie-kyc__message">
            <strong>{copy.reviewerMessage}:</strong> {item.message}
          </p>
        ) : null}

        {showUpload ? (
          <DocumentUpload customerId={customer.id} type={item.type} label={title} camera={camera} />
        ) : null}

        {item.kind === 'document' &&
        item.type !== 'biometrics' &&
        item.status === 'submitted' &&
        !showUpload ? (
          <div>
            <Button variant="ghost" onClick={() => setKeepUpload(true)}>
              {copy.actions.replace}
              <span className="dinie-visually-hidden"> ({title})</span>
            </Button>
          </div>
        ) : null}

        {showBiometrics ? (
          <div>
            <BiometricsStep
              customerId={customer.id}
              mode={biometricsMode}
              open={biometricsOpen}
              onOpenChange={setBiometricsOpen}
              triggerLabel={copy.actions.startBiometrics}
              triggerVariant="secondary"
            />
          </div>
        ) : null}

        {action === 'correct' ? <DataCorrection customer={customer} type={item.type} label={title} /> : null}
      </div>
    </li>
  );
}
