import type { Hono } from 'hono';
import { toTimestamp } from '../clock.ts';
import type { WebhookSecretRotation } from '../contract.ts';
import { validationFailed } from '../http/ApiError.ts';
import { FieldReader } from '../http/FieldReader.ts';
import { newestFirst, paginate, readPageRequest } from '../http/paginate.ts';
import { created, jsonBody, param, query, resource, type SandboxHandler } from '../http/routing.ts';
import type { SandboxEnv } from '../http/SandboxEnv.ts';
import { requireWebhookEndpoint } from '../lookups.ts';
import { renderWebhookEndpoint } from '../render/renderWebhookEndpoint.ts';
import type { SandboxCore } from '../SandboxCore.ts';
import type { WebhookEndpointRecord } from '../state/records.ts';
import { newWebhookSecret } from '../webhooks/signatures.ts';
import { readEventPatterns, readWebhookUrl } from './webhookFields.ts';

/** Webhook endpoint management and secret rotation. */
export function webhookEndpointRoutes(app: Hono<SandboxEnv>, core: SandboxCore): void {
  resource(app, '/webhooks/endpoints', {
    POST: (c) => {
      const fields = new FieldReader(jsonBody(c));
      const url = readWebhookUrl(fields, true);
      const events = readEventPatterns(fields) ?? [];
      const description = fields.string('description', { maxLength: 500, nullable: true }) ?? null;
      fields.done();
      const now = core.timestamp();
      const endpoint: WebhookEndpointRecord = {
        id: core.newId('we_'),
        url: url ?? '',
        events,
        description,
        status: 'active',
        secret: newWebhookSecret(),
        previousSecrets: [],
        dialect: c.env.dialect,
        createdAt: now,
        updatedAt: now,
      };
      core.state.webhookEndpoints.set(endpoint.id, endpoint);
      core.changed();
      return created(
        c,
        { ...renderWebhookEndpoint(endpoint), secret: endpoint.secret },
        `/webhooks/endpoints/${endpoint.id}`,
      );
    },
    GET: (c) => {
      const page = readPageRequest(query(c));
      const endpoints = [...core.state.webhookEndpoints.values()].sort(newestFirst);
      const { data, has_more } = paginate(endpoints, page, {
        find: (id) => core.state.webhookEndpoints.get(id),
        compare: newestFirst,
      });
      return c.json({ data: data.map(renderWebhookEndpoint), has_more });
    },
  });

  resource(app, '/webhooks/endpoints/:webhook_endpoint_id', {
    GET: (c) => c.json(renderWebhookEndpoint(requireWebhookEndpoint(core, param(c, 'webhook_endpoint_id')))),
    PATCH: (c) => {
      const endpoint = requireWebhookEndpoint(core, param(c, 'webhook_endpoint_id'));
      const fields = new FieldReader(jsonBody(c));
      const url = readWebhookUrl(fields, false);
      const events = readEventPatterns(fields);
      const description = fields.string('description', { maxLength: 500, nullable: true });
      const status = fields.oneOf('status', ['active', 'disabled'] as const);
      fields.done();
      if (url === undefined && events === undefined && description === undefined && status === undefined) {
        throw validationFailed([
          {
            param: 'body',
            code: 'missing_required_field',
            detail: 'Send at least one of url, events, description, status.',
          },
        ]);
      }
      if (url !== undefined) endpoint.url = url;
      if (events !== undefined) endpoint.events = events;
      if (description !== undefined) endpoint.description = description;
      if (status !== undefined) endpoint.status = status;
      endpoint.updatedAt = core.timestamp();
      core.changed();
      return c.json(renderWebhookEndpoint(endpoint));
    },
    DELETE: (c) => {
      const endpoint = requireWebhookEndpoint(core, param(c, 'webhook_endpoint_id'));
      core.state.webhookEndpoints.delete(endpoint.id);
      core.changed();
      return c.body(null, 204);
    },
  });

  const rotate: SandboxHandler = (c) => {
    const endpoint = requireWebhookEndpoint(core, param(c, 'webhook_endpoint_id'));
    const fields = new FieldReader(jsonBody(c, true));
    const expireCurrentIn = fields.integer('expire_current_in', { min: 0, max: 86_400 }) ?? 3600;
    fields.done();
    const now = core.clock.nowMs();
    const previousExpiresAt = toTimestamp(now + expireCurrentIn * 1000);
    const stillValid = endpoint.previousSecrets.filter((old) => Date.parse(old.expiresAt) > now);
    endpoint.previousSecrets =
      expireCurrentIn > 0
        ? [...stillValid, { secret: endpoint.secret, expiresAt: previousExpiresAt }]
        : stillValid;
    endpoint.secret = newWebhookSecret();
    endpoint.updatedAt = toTimestamp(now);
    core.changed();
    const body: WebhookSecretRotation = {
      id: endpoint.id,
      secret: endpoint.secret,
      previous_secret_expires_at: previousExpiresAt,
    };
    return c.json(body, 200);
  };
  // The reference's path and the SDKs' alias, on the same endpoint.
  resource(app, '/webhooks/endpoints/:webhook_endpoint_id/secret/rotate', { POST: rotate });
  resource(app, '/webhooks/endpoints/:webhook_endpoint_id/rotate-secret', { POST: rotate });
}
