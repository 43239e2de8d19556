import type { DinieProxyLogger } from './logger.ts';

/** How long event streams may serve borrowers without any webhook before the partner is warned. */
export const WEBHOOK_SILENCE_MS = 10 * 60_000;

/**
 * Notices webhooks that never arrive. Live events come only from Dinie's webhooks, so when the
 * receiver is unreachable (the endpoint at Dinie points elsewhere, or the partner's own
 * authentication refuses Dinie's deliveries) every borrower waits forever for an update while
 * nothing fails. Once event streams have served borrowers for {@link WEBHOOK_SILENCE_MS} and no
 * delivery ever reached this instance, nor any event any of its streams, it logs one warning
 * saying what to check.
 */
export class WebhookSilence {
  private heardAny = false;
  private servingSince: number | null = null;
  private warned = false;

  constructor(private readonly log: DinieProxyLogger) {}

  /** A delivery reached the receiver, or an event reached a stream: webhooks do arrive. */
  heard(): void {
    this.heardAny = true;
  }

  /** Called while streams serve borrowers; warns once when that has lasted with no webhook at all. */
  check(): void {
    if (this.heardAny || this.warned) return;
    const now = Date.now();
    this.servingSince ??= now;
    if (now - this.servingSince < WEBHOOK_SILENCE_MS) return;
    this.warned = true;
    this.log({
      level: 'warn',
      msg:
        'GET /events has served borrowers for 10 minutes and no webhook has ever arrived, so no live update can reach them. ' +
        "Check that Dinie's webhook endpoint points at {mount}/webhooks (or where `webhooks` of createDinieProxy is mounted) " +
        'and that no authentication middleware of your app runs before it: mount the proxy before your own auth.',
    });
  }
}
