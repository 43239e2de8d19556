import type { WebhookEndpoint } from '../contract.ts';
import type { WebhookEndpointRecord } from '../state/records.ts';

/** A webhook endpoint on the wire, never with its secret. */
export function renderWebhookEndpoint(endpoint: WebhookEndpointRecord): WebhookEndpoint {
  return {
    id: endpoint.id,
    url: endpoint.url,
    events: [...endpoint.events] as WebhookEndpoint['events'],
    description: endpoint.description,
    status: endpoint.status,
    created_at: endpoint.createdAt,
    updated_at: endpoint.updatedAt,
  };
}
