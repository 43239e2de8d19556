import type { CreditOffer } from '@dinie-embed/api';
import { annualEquivalent, roundPercent } from '@dinie-embed/api/credit';
import { defaultAssumptions, estimateLoan, offerLimits, useOfferOpen } from '@dinie-embed/react';
import { useId, useMemo } from 'react';
import { useCreditFormat } from '../cost-disclosure/useCreditFormat.ts';
import { Button } from '../primitives/Button.tsx';
import { ClockIcon } from '../primitives/icons.tsx';
import { withClassName } from '../primitives/withClassName.ts';
import { useMessages } from '../theme/ThemeContext.ts';
import { useCountdown } from './useCountdown.ts';

/** Props of {@link CreditOfferCard}. */
export interface CreditOfferCardProps {
  /** The offer to show, as the API returns it. */
  offer: CreditOffer;
  /** Called by the card's button; without it the card has no button. Only open offers show it. */
  onSelect?: ((offer: CreditOffer) => void) | undefined;
  /** Label of the button (default "Simular empréstimo"). */
  selectLabel?: string | undefined;
  /** Level of the card's heading, to fit the host page's outline (default 3). */
  headingLevel?: 2 | 3 | 4 | undefined;
  /** Extra class names for the root element. */
  className?: string | undefined;
}

/**
 * One credit offer: the approved and minimum amounts, the interest rate per month and per year
 * with the CET next to it (Res. CMN 4.881 art. 8: a rate is never shown without its CET; here an
 * estimate over the offer's range, labelled as such), the installment range and the validity,
 * with a countdown in its last 24 hours. `data-state` is the offer's status, `expired` as soon as
 * `valid_until` passes on this device.
 */
export function CreditOfferCard({
  offer,
  onSelect,
  selectLabel,
  headingLevel = 3,
  className,
}: CreditOfferCardProps) {
  const copy = useMessages().offerCard;
  const selectText = useMessages().creditOffers.select;
  const format = useCreditFormat();
  const titleId = useId();
  const open = useOfferOpen(offer);
  const countdown = useCountdown(offer.valid_until);
  const limits = offerLimits(offer);
  const state = offer.status === 'available' && !open ? 'expired' : offer.status;
  const annualRate = roundPercent(annualEquivalent(offer.interest_rate / 100));
  const minutesLeft = countdown === null ? 0 : Math.ceil(countdown / 60_000);
  const cet = useCetRange(offer);
  const Heading = `h${headingLevel}` as const;

  return (
    <article
      className={withClassName('dinie-root dinie-offer-card', className)}
      aria-labelledby={titleId}
      data-state={state}
    >
      <header className="dinie-offer-card__header">
        <Heading id={titleId} className="dinie-subheading">
          {copy.title}
        </Heading>
        <span className="dinie-badge dinie-offer-card__badge" data-state={state}>
          {copy.status[state]}
        </span>
      </header>
      <dl className="dinie-offer-card__figures">
        <div className="dinie-offer-card__headline">
          <dt>{copy.approved}</dt>
          <dd>{format.money(limits.maxAmountCents)}</dd>
        </div>
        <div>
          <dt>{copy.minimum}</dt>
          <dd>{format.money(limits.minAmountCents)}</dd>
        </div>
        <div>
          <dt>{copy.rate}</dt>
          <dd>
            {format.rate(offer.interest_rate, 'a.m.')}
            {` (${format.rate(annualRate, 'a.a.')})`}
          </dd>
        </div>
        {cet ? (
          <div className="dinie-offer-card__cet">
            <dt>{copy.cet}</dt>
            <dd>{copy.cetRange(format.rate(cet.low, 'a.a.'), format.rate(cet.high, 'a.a.'))}</dd>
          </div>
        ) : null}
        <div>
          <dt>{copy.installments}</dt>
          <dd>{copy.installmentRange(limits.minInstallments, limits.maxInstallments)}</dd>
        </div>
      </dl>
      <p className="dinie-offer-card__validity" data-state={countdown === null ? 'valid' : 'ending'}>
        <ClockIcon className="dinie-icon" />
        {state === 'expired'
          ? copy.expiredAt(format.dateTime(offer.valid_until))
          : state === 'accepted'
            ? copy.validUntil(format.dateTime(offer.valid_until))
            : minutesLeft > 0
              ? copy.expiresIn(copy.duration(Math.floor(minutesLeft / 60), minutesLeft % 60))
              : copy.validUntil(format.dateTime(offer.valid_until))}
      </p>
      {onSelect && state === 'available' ? (
        <Button variant="primary" className="dinie-button--block" onClick={() => onSelect(offer)}>
          {selectLabel ?? selectText}
        </Button>
      ) : null}
    </article>
  );
}

/** The lowest and highest CET over the offer's corners (amount × term), estimated with the shared math. */
function useCetRange(offer: CreditOffer): { low: number; high: number } | null {
  return useMemo(() => {
    const limits = offerLimits(offer);
    const assumptions = defaultAssumptions();
    const cets: number[] = [];
    for (const amount of [limits.minAmountCents, limits.maxAmountCents]) {
      for (const count of [limits.minInstallments, limits.maxInstallments]) {
        const estimate = estimateLoan(offer, amount, count, assumptions);
        if (estimate) cets.push(estimate.cetAnnualPercent);
      }
    }
    return cets.length === 0 ? null : { low: Math.min(...cets), high: Math.max(...cets) };
  }, [offer]);
}
