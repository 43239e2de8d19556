import type {
  Operations,
  WebhookEndpoint,
  WebhookEndpointCreateRequest,
  WebhookEndpointUpdateRequest,
  WebhookEndpointWithSecret,
  WebhookSecretRotateRequest,
  WebhookSecretRotation,
} from '../../types.ts';
import type { PagePromise } from '../PagePromise.ts';
import { paginate } from '../paginate.ts';
import type { RequestOptions } from '../RequestOptions.ts';
import type { Transport } from '../transport.ts';
import { pathParam } from '../url.ts';
import { bearerJson } from './bearerJson.ts';

/** Paging of `GET /webhooks/endpoints`. */
export type WebhookEndpointListParams = NonNullable<
  Operations['listWebhookEndpoints']['parameters']['query']
>;

/** `client.webhookEndpoints`: the URLs Dinie delivers events to. */
export interface WebhookEndpointsResource {
  /**
   * `POST /webhooks/endpoints`: subscribes a URL to events or patterns (`loan.*`, `*`). The
   * signing `secret` is in this answer only.
   */
  create(body: WebhookEndpointCreateRequest, options?: RequestOptions): Promise<WebhookEndpointWithSecret>;
  /** `GET /webhooks/endpoints`: every endpoint, without secrets. */
  list(params?: WebhookEndpointListParams, options?: RequestOptions): PagePromise<WebhookEndpoint>;
  /** `GET /webhooks/endpoints/{webhook_endpoint_id}`: one endpoint, without its secret. */
  get(webhookEndpointId: string, options?: RequestOptions): Promise<WebhookEndpoint>;
  /** `PATCH /webhooks/endpoints/{webhook_endpoint_id}`: only the keys sent change; `status: 'disabled'` pauses deliveries. */
  update(
    webhookEndpointId: string,
    body: WebhookEndpointUpdateRequest,
    options?: RequestOptions,
  ): Promise<WebhookEndpoint>;
  /** `DELETE /webhooks/endpoints/{webhook_endpoint_id}`: stops every delivery to it. */
  delete(webhookEndpointId: string, options?: RequestOptions): Promise<void>;
  /**
   * `POST /webhooks/endpoints/{webhook_endpoint_id}/secret/rotate`: issues a new signing secret;
   * the previous one keeps signing for `expire_current_in` seconds (default 3600).
   */
  rotateSecret(
    webhookEndpointId: string,
    body?: WebhookSecretRotateRequest,
    options?: RequestOptions,
  ): Promise<WebhookSecretRotation>;
}

/** Builds `client.webhookEndpoints` on a transport. */
export function createWebhookEndpointsResource(transport: Transport): WebhookEndpointsResource {
  const endpointPath = (id: string): string => `/webhooks/endpoints/${pathParam('webhookEndpointId', id)}`;

  return {
    async create(body, options) {
      return bearerJson<WebhookEndpointWithSecret>(transport, 'POST', '/webhooks/endpoints', options, body);
    },
    list(params, options) {
      return paginate<WebhookEndpoint>(transport, '/webhooks/endpoints', params, options);
    },
    async get(webhookEndpointId, options) {
      return bearerJson<WebhookEndpoint>(transport, 'GET', endpointPath(webhookEndpointId), options);
    },
    async update(webhookEndpointId, body, options) {
      return bearerJson<WebhookEndpoint>(transport, 'PATCH', endpointPath(webhookEndpointId), options, body);
    },
    async delete(webhookEndpointId, options) {
      await bearerJson<undefined>(transport, 'DELETE', endpointPath(webhookEndpointId), options);
    },
    async rotateSecret(webhookEndpointId, body, options) {
      return bearerJson<WebhookSecretRotation>(
        transport,
        'POST',
        `${endpointPath(webhookEndpointId)}/secret/rotate`,
        options,
        body,
      );
    },
  };
}
