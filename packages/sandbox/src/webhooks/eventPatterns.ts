import type { WebhookEventType } from '../contract.ts';

/** Every event the sandbox sends, in the reference's order. */
export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = [
  'customer.created',
  'customer.under_review',
  'customer.kyc_updated',
  'customer.active',
  'credit_offer.available',
  'credit_offer.expired',
  'loan.created',
  'loan.contract_generated',
  'loan.awaiting_signatures',
  'loan.signed',
  'loan.disbursing',
  'loan.active',
  'loan.payment_received',
  'loan.finished',
  'loan.cancelled',
  'loan.error',
];

const WILDCARDS = ['*', 'customer.*', 'credit_offer.*', 'loan.*'];

/** Whether `pattern` is an event name or one of the wildcards `*`, `customer.*`, `credit_offer.*`, `loan.*`. */
export function isEventPattern(pattern: string): boolean {
  return WILDCARDS.includes(pattern) || (WEBHOOK_EVENT_TYPES as readonly string[]).includes(pattern);
}

/** Whether a subscription takes `type`; an empty subscription takes everything. */
export function subscribes(patterns: readonly string[], type: WebhookEventType): boolean {
  if (patterns.length === 0) return true;
  const resource = type.slice(0, type.indexOf('.'));
  return patterns.some((pattern) => pattern === '*' || pattern === type || pattern === `${resource}.*`);
}
