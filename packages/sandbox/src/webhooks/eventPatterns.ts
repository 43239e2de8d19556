import { EVENT_TYPE_TO_SDK, type WebhookEventType } from '../contract.ts';

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

/** The SDKs' names of events that the reference names otherwise, plus `customer.denied`. */
const SDK_ONLY_NAMES = ['customer.denied', 'loan.signature_received', 'loan.processing'];

/**
 * Whether `pattern` is an event name (of either dialect) or one of the wildcards `*`,
 * `customer.*`, `credit_offer.*`, `loan.*`.
 */
export function isEventPattern(pattern: string): boolean {
  return (
    WILDCARDS.includes(pattern) ||
    SDK_ONLY_NAMES.includes(pattern) ||
    (WEBHOOK_EVENT_TYPES as readonly string[]).includes(pattern)
  );
}

/**
 * Whether a subscription takes `type` (a documented event), by its name or its SDK name
 * (`loan.processing` takes `loan.disbursing`); an empty subscription takes everything.
 */
export function subscribes(patterns: readonly string[], type: WebhookEventType): boolean {
  if (patterns.length === 0) return true;
  const resource = type.slice(0, type.indexOf('.'));
  const sdkName = EVENT_TYPE_TO_SDK[type];
  return patterns.some(
    (pattern) => pattern === '*' || pattern === type || pattern === sdkName || pattern === `${resource}.*`,
  );
}
