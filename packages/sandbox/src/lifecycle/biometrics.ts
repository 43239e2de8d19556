import { isAfter } from '../clock.ts';
import { ApiError } from '../http/ApiError.ts';
import type { SandboxCore } from '../SandboxCore.ts';
import type { BiometricsSessionRecord, CustomerRecord, KycItemRecord } from '../state/records.ts';
import { afterKycChange } from './customerLifecycle.ts';

/** The customer's `biometrics` item, open to a capture unless already submitted or approved. */
export function biometricsItemToCapture(customer: CustomerRecord): KycItemRecord {
  const item = customer.kyc.find((candidate) => candidate.type === 'biometrics');
  if (item === undefined || item.status === 'submitted' || item.status === 'approved') {
    throw new ApiError(
      409,
      'biometrics_already_completed',
      `Customer ${customer.id} has no biometrics left to capture.`,
    );
  }
  return item;
}

/** Whether a session can still be completed at sandbox time `now`. */
export function sessionOpen(session: BiometricsSessionRecord, now: string): boolean {
  return session.status === 'open' && isAfter(session.expiresAt, now);
}

/**
 * Records a finished capture: the `biometrics` item is submitted (and reviewed with the rest),
 * and every open session of the customer is closed.
 */
export function completeBiometrics(core: SandboxCore, customer: CustomerRecord): void {
  const item = biometricsItemToCapture(customer);
  const now = core.timestamp();
  item.status = 'submitted';
  item.message = null;
  item.uploadedAt = now;
  for (const session of core.state.biometrics.find('customer', customer.id)) {
    if (session.status === 'open') session.status = 'completed';
  }
  afterKycChange(core, customer);
}
