import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/*
 * A small JSON Schema (2020-12 subset) checker for the responses and events of the sandbox
 * against packages/api/openapi.yaml: $ref, type (with null), required, properties, items, enum,
 * const, pattern, allOf/anyOf/oneOf (with discriminator), min/max, minLength, formats date,
 * date-time, email and uri, dependentRequired and additionalProperties: false.
 */

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is walked dynamically.
type Schema = any;

/** The parsed OpenAPI document. */
export const openapi: Schema = parse(
  readFileSync(new URL('../../../api/openapi.yaml', import.meta.url), 'utf8'),
);

function resolve(schema: Schema): Schema {
  let current = schema;
  while (current && typeof current.$ref === 'string') {
    const path = (current.$ref as string).replace(/^#\//, '').split('/');
    current = path.reduce((node: Schema, key) => node?.[key], openapi);
    if (current === undefined) throw new Error(`Unresolvable $ref ${schema.$ref}`);
  }
  return current;
}

const FORMATS: Record<string, (value: string) => boolean> = {
  'date-time': (value) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
    !Number.isNaN(Date.parse(value)),
  date: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value),
  email: (value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
  uri: (value) => {
    try {
      new URL(value);
      return true;
    } catch {
      return false;
    }
  },
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(expected: string, actual: string): boolean {
  return expected === actual || (expected === 'number' && actual === 'integer');
}

/** Problems of `value` against `schema`, as `path: message` lines; empty when it conforms. */
export function check(schemaOrRef: Schema, value: unknown, path = '$'): string[] {
  const schema = resolve(schemaOrRef);
  if (schema === true || schema === undefined) return [];
  const errors: string[] = [];
  const actual = typeOf(value);
  if (schema.type !== undefined) {
    const types: string[] = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((type) => typeMatches(type, actual)))
      return [`${path}: expected ${types.join('|')}, got ${actual}`];
  }
  if ('const' in schema && value !== schema.const)
    errors.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  if (schema.enum !== undefined && !schema.enum.includes(value))
    errors.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if (typeof value === 'string') {
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value))
      errors.push(`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
    if (schema.minLength !== undefined && value.length < schema.minLength)
      errors.push(`${path}: shorter than ${schema.minLength}`);
    const format = FORMATS[schema.format as string];
    if (format !== undefined && !format(value)) errors.push(`${path}: not a ${schema.format}`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum)
      errors.push(`${path}: below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum)
      errors.push(`${path}: above ${schema.maximum}`);
  }
  if (actual === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? [])
      if (!(key in record)) errors.push(`${path}: missing required ${key}`);
    for (const [key, sub] of Object.entries(schema.properties ?? {})) {
      if (key in record) errors.push(...check(sub, record[key], `${path}.${key}`));
    }
    if (schema.additionalProperties === false) {
      for (const key of Object.keys(record))
        if (!(key in (schema.properties ?? {}))) errors.push(`${path}: unexpected ${key}`);
    }
    for (const [key, needs] of Object.entries(schema.dependentRequired ?? {}) as Array<[string, string[]]>) {
      if (key in record)
        for (const need of needs) if (!(need in record)) errors.push(`${path}: ${key} needs ${need}`);
    }
  }
  if (actual === 'array' && schema.items !== undefined) {
    (value as unknown[]).forEach((item, index) => {
      errors.push(...check(schema.items, item, `${path}[${index}]`));
    });
  }
  for (const sub of schema.allOf ?? []) errors.push(...check(sub, value, path));
  if (
    schema.anyOf !== undefined &&
    !schema.anyOf.some((sub: Schema) => check(sub, value, path).length === 0)
  ) {
    errors.push(`${path}: matches none of anyOf`);
  }
  if (schema.oneOf !== undefined) {
    const discriminator = schema.discriminator;
    if (discriminator !== undefined && actual === 'object') {
      const tag = (value as Record<string, unknown>)[discriminator.propertyName];
      const target = discriminator.mapping?.[String(tag)];
      if (target === undefined) errors.push(`${path}: unknown ${discriminator.propertyName} ${String(tag)}`);
      else errors.push(...check({ $ref: target }, value, path));
    } else {
      const matches = schema.oneOf.filter((sub: Schema) => check(sub, value, path).length === 0).length;
      if (matches !== 1) errors.push(`${path}: matches ${matches} of oneOf`);
    }
  }
  return errors;
}

function operation(operationId: string): Schema {
  for (const item of Object.values(openapi.paths) as Schema[]) {
    for (const candidate of Object.values(item) as Schema[]) {
      if (candidate?.operationId === operationId) return candidate;
    }
  }
  throw new Error(`No operation ${operationId} in openapi.yaml`);
}

/** Problems of a response body against the operation's documented response for `status`. */
export function checkResponse(operationId: string, status: number, body: unknown): string[] {
  const responses = operation(operationId).responses;
  const documented = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
  if (documented === undefined) return [`${operationId}: status ${status} is not documented`];
  const response = resolve(documented);
  if (response.content === undefined)
    return body === '' || body === undefined ? [] : [`${operationId} ${status}: expected no body`];
  const media = response.content['application/json'] ?? response.content['application/problem+json'];
  return check(media.schema, body, `${operationId} ${status}`);
}

/** Problems of a webhook payload against `WebhookEvent`. */
export function checkEvent(body: unknown): string[] {
  return check({ $ref: '#/components/schemas/WebhookEvent' }, body, 'event');
}

/** Problems of a body against a named component schema. */
export function checkSchema(name: string, body: unknown): string[] {
  return check({ $ref: `#/components/schemas/${name}` }, body, name);
}
