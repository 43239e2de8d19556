import type { CreditOffer, CreditOfferStatus } from '@dinie-embed/api';
import { useCreditOffers, useCustomer, useDinieEvents } from '@dinie-embed/react';
import { useId } from 'react';
import { CreditOfferCard } from '../credit-offer-card/CreditOfferCard.tsx';
import { ClockIcon, Spinner } from '../primitives/icons.tsx';
import { LoadFailed, useFailedLoad } from '../primitives/QueryStatus.tsx';
import { withClassName } from '../primitives/withClassName.ts';
import { useMessages } from '../theme/ThemeContext.ts';

/** Props of {@link CreditOffers}. */
export interface CreditOffersProps {
  /** The customer; omit it for the session's borrower. */
  customerId?: string | undefined;
  /** Called with the offer the borrower picks; without it the cards have no button. */
  onSelect?: ((offer: CreditOffer) => void) | undefined;
  /** Label of each card's button (default "Simular empréstimo"). */
  selectLabel?: string | undefined;
  /** Extra class names for the root element. */
  className?: string | undefined;
}

/**
 * What the list shows, as its `data-state`: `loading`, `error`, `waiting` (no offer yet: says
 * what happens next), `expired` (offers, none open any more) or `offers`.
 */
export type CreditOffersState = 'loading' | 'error' | 'waiting' | 'expired' | 'offers';

const ORDER: Record<CreditOfferStatus, number> = { available: 0, accepted: 1, expired: 2 };

/**
 * The borrower's credit offers — available first, then accepted and expired — live through
 * events (or polling where there are none): a new offer appears by itself and the count of open
 * offers is announced politely. While there is none yet it says what happens next instead of
 * showing an empty box.
 */
export function CreditOffers({ customerId, onSelect, selectLabel, className }: CreditOffersProps) {
  const copy = useMessages().creditOffers;
  const titleId = useId();
  useDinieEvents();
  const customer = useCustomer(customerId);
  const id = customerId ?? customer.data?.id;
  const offers = useCreditOffers(id);

  const list = [...(offers.data ?? [])].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  const open = list.filter((offer) => offer.status === 'available').length;
  const customerFailure = useFailedLoad(customer);
  const offersFailure = useFailedLoad(offers);
  const failure = customerFailure ?? offersFailure;
  const state: CreditOffersState = failure
    ? 'error'
    : customer.isPending || (id !== undefined && offers.isPending)
      ? 'loading'
      : list.length === 0
        ? 'waiting'
        : list.every((offer) => offer.status === 'expired')
          ? 'expired'
          : 'offers';

  return (
    <section
      className={withClassName('dinie-root dinie-card dinie-offers', className)}
      aria-labelledby={titleId}
      aria-busy={state === 'loading' || undefined}
      data-state={state}
    >
      <h2 id={titleId} className="dinie-heading">
        {copy.title}
      </h2>
      {/* One polite region whose text changes, so a new offer or the end of one is announced. */}
      <div role="status" className="dinie-offers__status">
        {state === 'loading' ? (
          <p className="dinie-offers__loading">
            <Spinner />
            {copy.loading}
          </p>
        ) : state === 'waiting' ? (
          <div className="dinie-offers__empty">
            <ClockIcon className="dinie-icon dinie-offers__empty-icon" />
            <p className="dinie-subheading">{copy.waitingTitle}</p>
            <p className="dinie-lead">{customer.data === null ? copy.noCustomerBody : copy.waitingBody}</p>
          </div>
        ) : state === 'expired' ? (
          <div className="dinie-offers__empty">
            <p className="dinie-subheading">{copy.expiredTitle}</p>
            <p className="dinie-lead">{copy.expiredBody}</p>
          </div>
        ) : state === 'offers' ? (
          <p className="dinie-lead">{copy.available(open)}</p>
        ) : null}
      </div>
      {failure ? (
        <LoadFailed
          failure={failure}
          title={copy.loadFailed}
          onRetry={() => void (customerFailure ? customer.refetch() : offers.refetch())}
        />
      ) : null}
      {list.length > 0 && state !== 'error' ? (
        <ul className="dinie-offers__list">
          {list.map((offer) => (
            <li key={offer.id}>
              <CreditOfferCard offer={offer} onSelect={onSelect} selectLabel={selectLabel} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
