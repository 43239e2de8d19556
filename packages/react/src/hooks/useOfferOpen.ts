import type { CreditOffer } from '@dinie-embed/api';
import { useEffect, useState } from 'react';

/** Timers fire at once past 2^31 − 1 ms (about 24.8 days); wait in steps no longer than that. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Whether an offer can still be simulated or contracted: `available`, and its `valid_until` not
 * reached on this device's clock. It turns `false` by itself at `valid_until`, before Dinie's
 * `credit_offer.expired` event arrives.
 */
export function useOfferOpen(offer: CreditOffer): boolean {
  const validUntil = Date.parse(offer.valid_until);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wait = () => {
      const left = validUntil - Date.now();
      setNow(Date.now());
      if (left > 0) timer = setTimeout(wait, Math.min(left + 1, MAX_TIMER_MS));
    };
    wait();
    return () => clearTimeout(timer);
  }, [validUntil]);
  return offer.status === 'available' && !(now >= validUntil);
}
