import type { BiometricsSession, KycItem } from '@dinie-embed/api';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useDinieRuntime } from '../dinieContext.ts';
import { type DinieErrorReason, errorReason } from '../errorReason.ts';
import { customerMutations, customerQueries } from '../queries/customers.ts';

/** What {@link useBiometricsSession} returns. */
export interface UseBiometricsSessionResult {
  /** Opens a capture session; the borrower then goes to `sessionUrl` (here, or on a phone by QR code). */
  start: () => void;
  /** Whether `start` is waiting for the session. */
  isStarting: boolean;
  /** The session opened from this page, or `null`. */
  session: BiometricsSession | null;
  /** Where the borrower captures the biometrics, or `null` before `start`. */
  sessionUrl: string | null;
  /** When `sessionUrl` stops working (RFC 3339), or `null`. */
  expiresAt: string | null;
  /** The customer's `biometrics` KYC item, or `null` while loading or when the profile has none. */
  item: KycItem | null;
  /** Whether the capture is done: the item is `submitted` or `approved`. */
  done: boolean;
  /** The failure of `start` or of reading the customer, or `null`. */
  error: Error | null;
  /** Why it failed; `conflict` when a session is already open elsewhere (409 `session_already_active`). */
  reason: DinieErrorReason | null;
}

const DONE_STATUSES: ReadonlySet<KycItem['status']> = new Set(['submitted', 'approved']);

/**
 * The biometrics step of KYC: opens a capture session (`POST customers/{id}/biometrics`) and
 * follows the customer's `biometrics` item until the capture is done. Completion arrives through
 * the live events (`customer.kyc_updated`) or the polling fallback, so a desktop can show
 * "waiting for your phone" while the borrower captures on another device; while it waits, a slow
 * safety-net poll runs even with the stream open. The session is remembered in the tab's
 * `sessionStorage`, so a reload resumes the same capture instead of meeting Dinie's 409
 * `session_already_active`.
 *
 * @param customerId - the customer; `start` refuses to run while it is missing.
 * @example
 * const { start, sessionUrl, done } = useBiometricsSession(customer.id);
 * if (done) return <p>Done</p>;
 * return sessionUrl ? <QrCode value={sessionUrl} /> : <button onClick={start}>Start</button>;
 */
export function useBiometricsSession(customerId: string | null | undefined): UseBiometricsSessionResult {
  const { queryClient, events } = useDinieRuntime('useBiometricsSession');
  const id = customerId ?? '';
  const customer = useQuery({ ...customerQueries.detail(id), enabled: Boolean(customerId) }, queryClient);
  const stored = useQuery(customerQueries.biometricsSession(id), queryClient);
  const mutation = useMutation(customerMutations.startBiometrics(), queryClient);
  const { mutate } = mutation;

  const start = useCallback(() => {
    if (!customerId) {
      throw new Error('`useBiometricsSession(customerId)` needs the customer id before `start` runs.');
    }
    mutate(customerId);
  }, [customerId, mutate]);

  const session = customerId ? (stored.data ?? null) : null;
  const item = customer.data?.kyc.find((entry) => entry.type === 'biometrics') ?? null;
  const error = mutation.error ?? customer.error;
  const done = item !== null && DONE_STATUSES.has(item.status);
  const reason = errorReason(error);
  // A capture runs on the phone or in a frame; only the server learns it ended. Events say so,
  // and a slow poll covers a stream that stays silent.
  const awaiting = !done && (session !== null || reason === 'conflict');
  useEffect(() => (awaiting ? events.awaitServer() : undefined), [awaiting, events]);
  return {
    start,
    isStarting: mutation.isPending,
    session,
    sessionUrl: session?.session_url ?? null,
    expiresAt: session?.expires_at ?? null,
    item,
    done,
    error,
    reason,
  };
}
