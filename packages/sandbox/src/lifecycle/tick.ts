import { purgeIdempotency } from '../http/idempotency.ts';
import type { SandboxCore } from '../SandboxCore.ts';
import { expireDueOffers } from './offerLifecycle.ts';

/**
 * Catches the state up with the sandbox clock: offers past `valid_until` expire (with their
 * event) and old idempotency records go. Runs before every request and after every clock advance;
 * installment status and overdue days need nothing, being read off the clock when rendered.
 */
export function tick(core: SandboxCore): void {
  expireDueOffers(core);
  purgeIdempotency(core);
}
