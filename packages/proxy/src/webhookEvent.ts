/**
 * A Dinie webhook event after its signature was verified: the envelope of the 2026-03-01
 * reference (`type`, `timestamp`, `data`) plus the keys Dinie also sends (`id`, `api_version`,
 * `created_at`, `delivery_id`). Unknown keys are kept as they came.
 */
export interface DinieWebhookEvent {
  /** Event id (`evt_…`), equal to the `webhook-id` header. */
  id?: string;
  /** Event name, e.g. `loan.awaiting_signatures`. */
  type: string;
  /** When it happened, RFC 3339. */
  timestamp?: string | number;
  /** When the event was created, RFC 3339. */
  created_at?: string | number;
  /** API version of the payload, e.g. `2026-03-01`. */
  api_version?: string;
  /** The delivery attempt's id (`dlv_…`). */
  delivery_id?: string;
  /** The resource the event is about. */
  data: Record<string, unknown>;
  /** Any other key Dinie sends. */
  [key: string]: unknown;
}

/** Whether a parsed webhook body has the envelope's required shape. */
export function isDinieWebhookEvent(value: unknown): value is DinieWebhookEvent {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { type, data } = value as Record<string, unknown>;
  return (
    typeof type === 'string' &&
    type.length > 0 &&
    typeof data === 'object' &&
    data !== null &&
    !Array.isArray(data)
  );
}
