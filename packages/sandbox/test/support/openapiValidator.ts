import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

/*
 * Checks the sandbox's responses and events against packages/api/openapi.yaml with Ajv (JSON
 * Schema 2020-12, the dialect of OpenAPI 3.1). The whole document is registered as one schema so
 * that its `#/components/...` references resolve; OpenAPI-only keywords (`example`,
 * `discriminator`) are annotations here: every event's `type` is a `const`, so `oneOf` alone
 * picks exactly one event schema.
 */

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is walked dynamically.
type Schema = any;

/** The parsed OpenAPI document. */
export const openapi: Schema = parse(
  readFileSync(new URL('../../../api/openapi.yaml', import.meta.url), 'utf8'),
);

const DOCUMENT_ID = 'https://dinie-embed.test/openapi.json';
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...openapi, $id: DOCUMENT_ID });

function describe(errors: ErrorObject[] | null | undefined, label: string): string[] {
  return (errors ?? []).map((error) => `${label}${error.instancePath || ''}: ${error.message ?? 'invalid'}`);
}

function validateRef(pointer: string, value: unknown, label: string): string[] {
  const validate = ajv.getSchema(`${DOCUMENT_ID}${pointer}`);
  if (validate === undefined) throw new Error(`No schema at ${pointer} in openapi.yaml`);
  return validate(value) ? [] : describe(validate.errors, label);
}

function pointerTo(...segments: string[]): string {
  return `#/${segments.map((segment) => segment.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
}

function resolve(node: Schema): Schema {
  let current = node;
  while (current && typeof current.$ref === 'string') {
    const path = (current.$ref as string).replace(/^#\//, '').split('/');
    current = path.reduce(
      (at: Schema, key) => at?.[key.replaceAll('~1', '/').replaceAll('~0', '~')],
      openapi,
    );
  }
  return current;
}

function operation(operationId: string): { path: string; method: string; operation: Schema } {
  for (const [path, item] of Object.entries(openapi.paths) as Array<[string, Schema]>) {
    for (const [method, candidate] of Object.entries(item) as Array<[string, Schema]>) {
      if (candidate?.operationId === operationId) return { path, method, operation: candidate };
    }
  }
  throw new Error(`No operation ${operationId} in openapi.yaml`);
}

const API_PREFIX = /^(?:\/api)?\/v3(?=\/)/;

/**
 * The operation a request names: its method on the path template its URL matches (with the
 * `/v3` or `/api/v3` prefix). A method the path does not take (answered 405) names the path's
 * first operation, since every operation documents that 405. `null` for URLs outside the
 * documented API: the sandbox's own test helpers and pages, or a path that matches nothing.
 */
export function operationOf(method: string, url: string): string | null {
  const path = new URL(url, 'http://sandbox.local').pathname;
  const prefix = API_PREFIX.exec(path);
  if (prefix === null) return null;
  const rest = path.slice(prefix[0].length);
  for (const [template, item] of Object.entries(openapi.paths) as Array<[string, Schema]>) {
    const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    if (!pattern.test(rest)) continue;
    const own = item[method.toLowerCase()];
    if (own?.operationId !== undefined) return own.operationId;
    const first = Object.values(item as Record<string, Schema>).find((candidate) => candidate?.operationId);
    return first?.operationId ?? null;
  }
  return null;
}

/** Problems of a response body against the operation's documented response for `status`. */
export function checkResponse(operationId: string, status: number, body: unknown): string[] {
  const { path, method, operation: op } = operation(operationId);
  const key = [String(status), `${String(status)[0]}XX`, 'default'].find(
    (k) => op.responses[k] !== undefined,
  );
  if (key === undefined) return [`${operationId}: status ${status} is not documented`];
  const response = resolve(op.responses[key]);
  if (response.content === undefined)
    return body === '' || body === undefined ? [] : [`${operationId} ${status}: expected no body`];
  const mediaType = ['application/json', 'application/problem+json'].find((t) => response.content[t]);
  if (mediaType === undefined) return [`${operationId} ${status}: no JSON media type documented`];
  // Through the operation's own response, so a response defined by reference is validated too.
  const responsePointer =
    typeof op.responses[key].$ref === 'string'
      ? `${op.responses[key].$ref}`
      : pointerTo('paths', path, method, 'responses', key);
  return validateRef(
    `${responsePointer}/content/${mediaType.replace('/', '~1')}/schema`,
    body,
    `${operationId} ${status}`,
  );
}

/** Problems of a webhook payload against `WebhookEvent`. */
export function checkEvent(body: unknown): string[] {
  return validateRef('#/components/schemas/WebhookEvent', body, 'event');
}

/** Problems of a body against a named component schema. */
export function checkSchema(name: string, body: unknown): string[] {
  return validateRef(`#/components/schemas/${name}`, body, name);
}
