import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { parse } from 'yaml';
import type {
  CreditOffer,
  Customer,
  KycItem,
  Loan,
  LoanError,
  Money,
  Operations,
  Paths,
  WebhookEvent,
  WebhookEventType,
} from '../src/types.ts';

type Node = Record<string, unknown>;

const document: unknown = parse(readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8'));

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function node(value: unknown, where: string): Node {
  if (!isNode(value)) throw new Error(`${where} is not an object in openapi.yaml`);
  return value;
}

function list(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${where} is not a list in openapi.yaml`);
  return value;
}

/** Follows a local JSON pointer such as `#/components/schemas/Money`. */
function pointer(ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`Only local references are expected, got ${ref}`);
  let current: unknown = document;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    current = node(current, ref)[key];
  }
  return current;
}

/** The object behind a `$ref`, or the object itself. */
function resolve(value: unknown, where: string): Node {
  const found = node(value, where);
  return typeof found.$ref === 'string' ? resolve(pointer(found.$ref), found.$ref) : found;
}

const root = node(document, 'the document');
const components = node(root.components, 'components');
const schemas = node(components.schemas, 'components.schemas');
const paths = node(root.paths, 'paths');
const webhooks = node(root.webhooks, 'webhooks');

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

interface Operation {
  method: string;
  path: string;
  operation: Node;
}

function operationsOf(pathItems: Node): Operation[] {
  return Object.entries(pathItems).flatMap(([path, item]) =>
    METHODS.filter((method) => method in node(item, path)).map((method) => ({
      method,
      path,
      operation: node(node(item, path)[method], `${method} ${path}`),
    })),
  );
}

const pathOperations = operationsOf(paths);
const webhookOperations = operationsOf(webhooks);

function schema(name: string): Node {
  return node(schemas[name], `components.schemas.${name}`);
}

function properties(name: string): Node {
  return node(schema(name).properties, `${name}.properties`);
}

function refName(value: unknown): string | undefined {
  const ref = isNode(value) ? value.$ref : undefined;
  return typeof ref === 'string' ? ref.split('/').at(-1) : undefined;
}

/** Parameters of an operation and of its path item, resolved. */
function parametersOf({ path, operation }: Operation, pathItems: Node): Node[] {
  const shared = node(pathItems[path], path).parameters ?? [];
  const own = operation.parameters ?? [];
  return [...list(shared, `${path} parameters`), ...list(own, `${path} parameters`)].map((p) =>
    resolve(p, `${path} parameter`),
  );
}

const EXPECTED_OPERATIONS: Record<string, [method: string, path: string, success: string[]]> = {
  createToken: ['post', '/auth/token', ['200']],
  createCredential: ['post', '/auth/credentials', ['201']],
  listCredentials: ['get', '/auth/credentials', ['200']],
  revokeCredential: ['delete', '/auth/credentials/{client_id}', ['204']],
  createCustomer: ['post', '/customers', ['200', '201']],
  listCustomers: ['get', '/customers', ['200']],
  getCustomer: ['get', '/customers/{customer_id}', ['200']],
  updateCustomer: ['patch', '/customers/{customer_id}', ['200']],
  uploadDocument: ['post', '/customers/{customer_id}/documents', ['201']],
  createBiometricsSession: ['post', '/customers/{customer_id}/biometrics', ['200']],
  listCustomerCreditOffers: ['get', '/customers/{customer_id}/credit-offers', ['200']],
  listCreditOffers: ['get', '/credit-offers', ['200']],
  getCreditOffer: ['get', '/credit-offers/{credit_offer_id}', ['200']],
  createSimulation: ['post', '/credit-offers/{credit_offer_id}/simulations', ['201']],
  createLoan: ['post', '/loans', ['201']],
  getLoan: ['get', '/loans/{loan_id}', ['200']],
  listTransactions: ['get', '/loans/{loan_id}/transactions', ['200']],
  createWebhookEndpoint: ['post', '/webhooks/endpoints', ['201']],
  listWebhookEndpoints: ['get', '/webhooks/endpoints', ['200']],
  getWebhookEndpoint: ['get', '/webhooks/endpoints/{webhook_endpoint_id}', ['200']],
  updateWebhookEndpoint: ['patch', '/webhooks/endpoints/{webhook_endpoint_id}', ['200']],
  deleteWebhookEndpoint: ['delete', '/webhooks/endpoints/{webhook_endpoint_id}', ['204']],
  rotateWebhookSecret: ['post', '/webhooks/endpoints/{webhook_endpoint_id}/secret/rotate', ['200']],
};

const EVENTS: Record<string, string> = {
  'customer.created': 'CustomerCreatedEvent',
  'customer.under_review': 'CustomerUnderReviewEvent',
  'customer.kyc_updated': 'CustomerKycUpdatedEvent',
  'customer.active': 'CustomerActiveEvent',
  'credit_offer.available': 'CreditOfferAvailableEvent',
  'credit_offer.expired': 'CreditOfferExpiredEvent',
  'loan.created': 'LoanCreatedEvent',
  'loan.contract_generated': 'LoanContractGeneratedEvent',
  'loan.awaiting_signatures': 'LoanAwaitingSignaturesEvent',
  'loan.signed': 'LoanSignedEvent',
  'loan.disbursing': 'LoanDisbursingEvent',
  'loan.active': 'LoanActiveEvent',
  'loan.payment_received': 'LoanPaymentReceivedEvent',
  'loan.finished': 'LoanFinishedEvent',
  'loan.cancelled': 'LoanCancelledEvent',
  'loan.error': 'LoanErrorEvent',
};

const SCHEMA_NAMES = [
  'Problem',
  'ProblemFieldError',
  'Money',
  'Date',
  'Timestamp',
  'CustomerId',
  'CreditOfferId',
  'SimulationId',
  'LoanId',
  'TransactionId',
  'WebhookEndpointId',
  'EventId',
  'ApiClientId',
  'DocumentId',
  'TokenResponse',
  'CredentialCreateRequest',
  'Credential',
  'CredentialWithSecret',
  'CredentialList',
  'CustomerCreateRequest',
  'CustomerUpdateRequest',
  'CustomerStatus',
  'Customer',
  'KycItemKind',
  'KycItemStatus',
  'KycItem',
  'CustomerList',
  'DocumentUploadRequest',
  'KycDocument',
  'BiometricsSession',
  'CreditOfferStatus',
  'CreditOffer',
  'CreditOfferList',
  'SimulationRequest',
  'Simulation',
  'LoanCreateRequest',
  'LoanStatus',
  'Loan',
  'LoanError',
  'TransactionStatus',
  'Transaction',
  'TransactionList',
  'WebhookEventType',
  'WebhookEndpointCreateRequest',
  'WebhookEndpointUpdateRequest',
  'WebhookEndpointStatus',
  'WebhookEndpoint',
  'WebhookEndpointWithSecret',
  'WebhookEndpointList',
  'WebhookSecretRotateRequest',
  'WebhookSecretRotation',
  'WebhookEventBase',
  ...Object.values(EVENTS),
  'WebhookEvent',
];

const ID_PATTERNS: Record<string, string> = {
  CustomerId: '^cust_[0-9a-f]{32}$',
  CreditOfferId: '^co_[0-9a-f]{32}$',
  SimulationId: '^sim_[0-9a-f]{32}$',
  LoanId: '^ln_[0-9a-f]{32}$',
  TransactionId: '^tx_[0-9a-f]{32}$',
  WebhookEndpointId: '^we_[0-9a-f]{32}$',
  EventId: '^evt_[0-9a-f]{32}$',
  ApiClientId: '^dinie_ci_[0-9a-f]{32}$',
  DocumentId: '^doc_[0-9a-f]{32}$',
};

/** The money fields of each schema that has any; `money-or-null` marks the ones that may be null. */
const MONEY_FIELDS: Record<string, Record<string, 'money' | 'money-or-null'>> = {
  CreditOffer: { approved_amount: 'money', min_amount: 'money' },
  CreditOfferEventData: { approved_amount: 'money', min_amount: 'money' },
  SimulationRequest: { requested_amount: 'money' },
  Simulation: {
    requested_amount: 'money',
    amount: 'money',
    interest_amount: 'money',
    fees_amount: 'money',
    iof_amount: 'money',
    total_loan_amount: 'money',
    installments_value: 'money',
  },
  LoanCreateRequest: { installments_value: 'money' },
  Loan: {
    requested_amount: 'money',
    net_amount: 'money-or-null',
    iof: 'money-or-null',
    service_fee: 'money-or-null',
    total_amount: 'money',
    installments_value: 'money',
  },
  Transaction: {
    amount_due: 'money',
    amount_paid: 'money',
    amount_remaining: 'money',
    principal: 'money',
    interest: 'money',
    fees: 'money',
  },
};

/** Whether a property schema is Money, or Money-or-null. */
function moneyKind(property: unknown): 'money' | 'money-or-null' | undefined {
  if (refName(property) === 'Money') return 'money';
  const variants = isNode(property) && Array.isArray(property.anyOf) ? property.anyOf : [];
  const refs = variants.map(refName);
  const nulls = variants.filter((v) => isNode(v) && v.type === 'null');
  return variants.length === 2 && refs.includes('Money') && nulls.length === 1 ? 'money-or-null' : undefined;
}

/** The `data` schema of an event, from the second half of its `allOf`. */
function eventPart(name: string): Node {
  const parts = list(schema(name).allOf, `${name}.allOf`);
  expect(refName(parts[0]), `${name} extends WebhookEventBase`).toBe('WebhookEventBase');
  return node(parts[1], `${name}.allOf[1]`);
}

function eventData(name: string): Node {
  const data = node(node(eventPart(name).properties, `${name} properties`).data, `${name}.data`);
  if (typeof data.$ref === 'string') return resolve(data, name);
  if (Array.isArray(data.allOf)) {
    // Narrowed reuse: the shared schema plus a `status` const.
    const [base, narrowing] = data.allOf.map((part) => resolve(part, name));
    return {
      ...base,
      properties: { ...node(base?.properties, name), ...node(narrowing?.properties, name) },
      required: [...list(base?.required, name), ...list(narrowing?.required, name)],
    };
  }
  return data;
}

/** Every `$ref` string anywhere below `value`. */
function collectRefs(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, into);
  } else if (isNode(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') into.add(child);
      else collectRefs(child, into);
    }
  }
  return into;
}

describe('openapi.yaml: document', () => {
  it('is OpenAPI 3.1 for API version 2026-03-01', () => {
    expect(root.openapi).toMatch(/^3\.1\.\d+$/);
    expect(node(root.info, 'info').version).toBe('2026-03-01');
    expect(node(root.info, 'info').description).toMatch(/docs dialect/);
  });

  it('lists the production, sandbox and local servers with the /v3 prefix', () => {
    const urls = list(root.servers, 'servers').map((s) => node(s, 'server').url);
    expect(urls).toEqual([
      'https://api.dinie.com.br/v3',
      'https://sandbox.api.dinie.com.br/v3',
      'http://127.0.0.1:4010/v3',
    ]);
  });

  it('defines bearer, basic and OAuth2 client-credentials security, bearer by default', () => {
    const schemes = node(components.securitySchemes, 'securitySchemes');
    expect(schemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    expect(schemes.basicAuth).toMatchObject({ type: 'http', scheme: 'basic' });
    expect(schemes.oauth2).toMatchObject({
      type: 'oauth2',
      flows: { clientCredentials: { tokenUrl: 'https://api.dinie.com.br/v3/auth/token' } },
    });
    expect(root.security).toEqual([{ bearerAuth: [] }]);
  });

  it('references every component except the two published for code alone', () => {
    const refs = collectRefs(document);
    const published = new Set(['#/components/schemas/WebhookEvent']);
    const unused: string[] = [];
    for (const kind of ['schemas', 'parameters', 'responses', 'headers'] as const) {
      for (const name of Object.keys(node(components[kind], kind))) {
        const ref = `#/components/${kind}/${name}`;
        if (!refs.has(ref) && !published.has(ref)) unused.push(ref);
      }
    }
    expect(unused).toEqual([]);
  });
});

describe('openapi.yaml: operations', () => {
  it('has exactly the 23 operations of the reference, at their paths', () => {
    const found = pathOperations.map(({ method, path, operation }) => [operation.operationId, method, path]);
    expect(found).toHaveLength(23);
    expect(Object.keys(EXPECTED_OPERATIONS)).toHaveLength(23);
    expect(new Set(found.map(([id]) => id)).size).toBe(23);
    for (const [id, [method, path]] of Object.entries(EXPECTED_OPERATIONS)) {
      expect(found, id).toContainEqual([id, method, path]);
    }
  });

  it.each(pathOperations)('$method $path has an id, summary, known tags, 2xx and problem+json 4xx', (op) => {
    const { operation } = op;
    expect(operation.operationId).toEqual(expect.any(String));
    expect(operation.summary).toEqual(expect.any(String));
    const tagNames = list(root.tags, 'tags').map((t) => node(t, 'tag').name);
    const tags = list(operation.tags, 'tags');
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(tagNames).toContain(tag);

    const responses = node(operation.responses, 'responses');
    const id = String(operation.operationId);
    const success = Object.keys(responses).filter((code) => /^2\d\d$/.test(code));
    expect(success.sort()).toEqual(EXPECTED_OPERATIONS[id]?.[2]);

    const problems = Object.entries(responses).filter(([code, response]) => {
      if (!/^4\d\d$/.test(code)) return false;
      const content = node(resolve(response, code).content, `${id} ${code} content`);
      return refName(node(content['application/problem+json'], `${id} ${code}`).schema) === 'Problem';
    });
    expect(problems.length).toBeGreaterThan(0);
    expect(Object.keys(responses)).toContain('401');
    expect(Object.keys(responses)).toContain('429');
  });

  it('sends the Idempotency-Key parameter on every POST but the token exchange, and nowhere else', () => {
    for (const op of pathOperations) {
      const id = op.operation.operationId;
      const names = parametersOf(op, paths).map((p) => `${p.in}:${p.name}`);
      const expected = op.method === 'post' && id !== 'createToken';
      expect(names.includes('header:Idempotency-Key'), String(id)).toBe(expected);
      if (expected) {
        expect(
          list(op.operation.parameters, String(id)).map(refName),
          `${id} uses the shared parameter`,
        ).toContain('IdempotencyKey');
      }
    }
  });

  it('authenticates the token exchange with Basic and a form body', () => {
    const token = pathOperations.find((op) => op.operation.operationId === 'createToken');
    expect(token?.operation.security).toEqual([{ basicAuth: [] }]);
    const content = node(node(token?.operation.requestBody, 'token body').content, 'token content');
    expect(Object.keys(content)).toEqual(['application/x-www-form-urlencoded']);
    expect(pathOperations.filter((op) => op.operation.security !== undefined)).toHaveLength(1);
  });

  it('uploads documents as multipart with `type` and `file`', () => {
    const upload = pathOperations.find((op) => op.operation.operationId === 'uploadDocument');
    const content = node(node(upload?.operation.requestBody, 'upload body').content, 'upload content');
    const body = resolve(node(content['multipart/form-data'], 'multipart').schema, 'upload schema');
    expect(body.required).toEqual(['type', 'file']);
  });

  it('puts X-Request-Id and the rate-limit headers on every response, Retry-After on 429, Location on readable 201s', () => {
    // Documents and simulations have no GET route in the reference, so nothing to point at.
    const unreadable = new Set(['uploadDocument', 'createSimulation']);
    for (const { path, method, operation } of pathOperations) {
      for (const [code, raw] of Object.entries(node(operation.responses, 'responses'))) {
        const where = `${method} ${path} ${code}`;
        const headers = Object.keys(node(resolve(raw, where).headers, `${where} headers`));
        expect(headers, where).toEqual(
          expect.arrayContaining([
            'X-Request-Id',
            'X-RateLimit-Limit',
            'X-RateLimit-Remaining',
            'X-RateLimit-Reset',
          ]),
        );
        if (code === '429') expect(headers, where).toContain('Retry-After');
        if (code === '201' && !unreadable.has(String(operation.operationId)))
          expect(headers, where).toContain('Location');
        if (code === '201' && unreadable.has(String(operation.operationId)))
          expect(headers, where).not.toContain('Location');
      }
    }
  });

  it('answers an oversized body with the shared 413 on every operation that takes a body', () => {
    const withBody = pathOperations.filter(({ operation }) => operation.requestBody !== undefined);
    expect(withBody).toHaveLength(10);
    for (const { method, path, operation } of pathOperations) {
      const responses = node(operation.responses, `${method} ${path} responses`);
      const takesBody = operation.requestBody !== undefined || method === 'post' || method === 'patch';
      expect(refName(responses['413']), `${method} ${path}`).toBe(takesBody ? 'PayloadTooLarge' : undefined);
    }
    const tooLarge = resolve(node(components.responses, 'responses').PayloadTooLarge, 'PayloadTooLarge');
    const content = node(node(tooLarge.content, 'content')['application/problem+json'], 'problem');
    expect(refName(content.schema)).toBe('Problem');
    expect(node(content.example, 'example')).toMatchObject({ status: 413, code: 'payload_too_large' });
    expect(tooLarge.description).toMatch(/file_too_large/);
  });

  it('documents the 405 of a wrong method, with Allow, on every operation', () => {
    for (const { method, path, operation } of pathOperations) {
      const responses = node(operation.responses, `${method} ${path} responses`);
      expect(refName(responses['405']), `${method} ${path}`).toBe('MethodNotAllowed');
    }
    const notAllowed = resolve(node(components.responses, 'responses').MethodNotAllowed, 'MethodNotAllowed');
    expect(Object.keys(node(notAllowed.headers, 'headers'))).toContain('Allow');
    const content = node(node(notAllowed.content, 'content')['application/problem+json'], 'problem');
    expect(refName(content.schema)).toBe('Problem');
    expect(node(content.example, 'example')).toMatchObject({ status: 405, code: 'method_not_allowed' });
  });

  it('pages every list with the shared limit (1..100, default 25) and starting_after', () => {
    const limit = node(node(components.parameters, 'parameters').Limit, 'Limit');
    expect(limit).toMatchObject({ name: 'limit', in: 'query' });
    expect(limit.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 100, default: 25 });
    expect(node(node(components.parameters, 'parameters').StartingAfter, 'StartingAfter')).toMatchObject({
      name: 'starting_after',
      in: 'query',
    });

    const lists = pathOperations.filter(({ operation }) => String(operation.operationId).startsWith('list'));
    expect(lists).toHaveLength(6);
    for (const op of lists) {
      const refs = list(op.operation.parameters, String(op.operation.operationId)).map(refName);
      expect(refs, String(op.operation.operationId)).toEqual(
        expect.arrayContaining(['Limit', 'StartingAfter']),
      );
      const ok = node(node(op.operation.responses, 'responses')['200'], '200');
      const listSchema = resolve(
        node(node(ok.content, 'content')['application/json'], 'json').schema,
        'list',
      );
      expect(listSchema.required).toEqual(['data', 'has_more']);
      expect(listSchema.additionalProperties).toBe(true);
      expect(node(listSchema.properties, 'list properties').data).toMatchObject({ type: 'array' });
    }
  });

  it('filters customers by cpf, external_id, status, sort and order', () => {
    const op = pathOperations.find(({ operation }) => operation.operationId === 'listCustomers');
    if (op === undefined) throw new Error('listCustomers is missing');
    const names = parametersOf(op, paths).map((p) => p.name);
    expect(names).toEqual(['cpf', 'external_id', 'status', 'sort', 'order', 'limit', 'starting_after']);
  });
});

describe('openapi.yaml: webhooks', () => {
  const eventNames = Object.keys(EVENTS);

  it('lists the 16 events, in WebhookEventType and in `webhooks`', () => {
    expect(eventNames).toHaveLength(16);
    expect(schema('WebhookEventType').enum).toEqual(eventNames);
    expect(Object.keys(webhooks).sort()).toEqual([...eventNames].sort());
  });

  it.each(Object.entries(EVENTS))('%s is a signed POST of %s answered with 2xx', (event, schemaName) => {
    const post = node(node(webhooks[event], event).post, `${event}.post`);
    const json = node(node(node(post.requestBody, 'body').content, 'content')['application/json'], 'json');
    expect(refName(json.schema)).toBe(schemaName);
    const headers = list(post.parameters, `${event} parameters`).map((p) => resolve(p, event));
    expect(headers.map((h) => `${h.in}:${h.name}:${h.required}`)).toEqual([
      'header:webhook-id:true',
      'header:webhook-timestamp:true',
      'header:webhook-signature:true',
    ]);
    expect(Object.keys(node(post.responses, 'responses')).some((code) => /^2(\d\d|XX)$/.test(code))).toBe(
      true,
    );
  });

  it.each(Object.entries(EVENTS))('%s has its own event schema whose type is that name', (event, name) => {
    const type = node(node(eventPart(name).properties, name).type, `${name}.type`);
    expect(type.const).toBe(event);
  });

  it('describes each webhook as one POST with its own id and summary, signed instead of bearer-authenticated', () => {
    expect(webhookOperations).toHaveLength(16);
    const pathIds = new Set(pathOperations.map(({ operation }) => operation.operationId));
    for (const { path, method, operation } of webhookOperations) {
      expect(method, path).toBe('post');
      expect(operation.operationId, path).toMatch(/^on[A-Z]\w+$/);
      expect(pathIds.has(operation.operationId), path).toBe(false);
      expect(operation.summary, path).toEqual(expect.any(String));
      expect(operation.security, path).toEqual([]);
    }
  });

  it('unites the events in WebhookEvent, discriminated on `type`', () => {
    const union = schema('WebhookEvent');
    expect(list(union.oneOf, 'oneOf').map(refName)).toEqual(Object.values(EVENTS));
    const discriminator = node(union.discriminator, 'discriminator');
    expect(discriminator.propertyName).toBe('type');
    expect(discriminator.mapping).toEqual(
      Object.fromEntries(Object.entries(EVENTS).map(([e, n]) => [e, `#/components/schemas/${n}`])),
    );
  });

  it('wraps every event in the envelope of the contract decisions', () => {
    const base = schema('WebhookEventBase');
    expect(base.required).toEqual([
      'id',
      'type',
      'api_version',
      'created_at',
      'timestamp',
      'delivery_id',
      'data',
    ]);
    expect(refName(properties('WebhookEventBase').id)).toBe('EventId');
    expect(node(properties('WebhookEventBase').api_version, 'api_version').const).toBe('2026-03-01');
  });

  it('carries the docs payloads, and marks the three undocumented ones as proposals', () => {
    expect(refName(node(eventPart('CustomerCreatedEvent').properties, 'p').data)).toBe('Customer');
    expect(eventData('CustomerUnderReviewEvent').required).toEqual(['id', 'status', 'external_id']);
    expect(eventData('CustomerKycUpdatedEvent').required).toEqual(['id', 'status', 'kyc']);
    expect(eventData('CustomerActiveEvent').required).toEqual(['id', 'status', 'external_id']);
    expect(eventData('CreditOfferAvailableEvent').required).toEqual(
      expect.arrayContaining([
        'id',
        'customer_id',
        'status',
        'approved_amount',
        'min_amount',
        'interest_rate',
      ]),
    );
    expect(eventData('LoanCreatedEvent').required).toEqual([
      'id',
      'credit_offer_id',
      'customer_id',
      'status',
      'requested_amount',
      'number_of_installments',
    ]);
    expect(eventData('LoanSignedEvent').required).toEqual(['id', 'status', 'ccb_number']);
    expect(eventData('LoanActiveEvent').required).toEqual(['id', 'status', 'requested_amount', 'net_amount']);
    expect(eventData('LoanPaymentReceivedEvent').required).toEqual(['id', 'status', 'payment']);
    expect(refName(node(eventData('LoanErrorEvent').properties, 'p').error)).toBe('LoanError');
    for (const name of ['LoanContractGeneratedEvent', 'LoanAwaitingSignaturesEvent', 'LoanDisbursingEvent']) {
      expect(schema(name).description, name).toMatch(/proposal/);
    }
    const statuses = Object.fromEntries(
      Object.values(EVENTS)
        .filter((name) => name.startsWith('Loan'))
        .map((name) => [name, node(node(eventData(name).properties, name).status, name).const]),
    );
    expect(statuses).toMatchObject({
      LoanCreatedEvent: 'processing',
      LoanContractGeneratedEvent: 'contract_generated',
      LoanAwaitingSignaturesEvent: 'awaiting_signatures',
      LoanSignedEvent: 'signed',
      LoanDisbursingEvent: 'disbursing',
      LoanActiveEvent: 'active',
      LoanFinishedEvent: 'finished',
      LoanCancelledEvent: 'cancelled',
      LoanErrorEvent: 'error',
    });
  });
});

describe('openapi.yaml: schemas', () => {
  it.each(SCHEMA_NAMES)('defines %s', (name) => {
    expect(schemas[name], name).toBeDefined();
  });

  it.each(Object.entries(ID_PATTERNS))('%s is a string matching %s', (name, pattern) => {
    expect(schema(name)).toMatchObject({ type: 'string', pattern });
    for (const example of list(schema(name).examples, `${name}.examples`)) {
      expect(example).toMatch(new RegExp(pattern));
    }
  });

  it('writes Money as a two-decimal string, Date as YYYY-MM-DD and Timestamp as date-time', () => {
    expect(schema('Money')).toMatchObject({ type: 'string', pattern: '^-?\\d+\\.\\d{2}$' });
    const money = new RegExp(String(schema('Money').pattern));
    expect(['25000.00', '-1.00', '0.05'].every((v) => money.test(v))).toBe(true);
    expect(['25000', '25000.0', '25000.000', '25,000.00', '1e3'].some((v) => money.test(v))).toBe(false);
    expect(schema('Date')).toMatchObject({
      type: 'string',
      format: 'date',
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    });
    expect(schema('Timestamp')).toMatchObject({ type: 'string', format: 'date-time' });
  });

  it.each(Object.entries(MONEY_FIELDS))('%s types every money field as Money', (name, fields) => {
    const found = Object.fromEntries(
      Object.entries(properties(name))
        .map(([field, property]) => [field, moneyKind(property)] as const)
        .filter(([, kind]) => kind !== undefined),
    );
    expect(found).toEqual(fields);
  });

  it('types the money of loan.active and loan.payment_received as Money', () => {
    const active = node(eventData('LoanActiveEvent').properties, 'loan.active');
    expect([moneyKind(active.requested_amount), moneyKind(active.net_amount)]).toEqual(['money', 'money']);
    const payment = node(node(eventData('LoanPaymentReceivedEvent').properties, 'p').payment, 'payment');
    expect(moneyKind(node(payment.properties, 'payment').amount)).toBe('money');
  });

  it('has no money-looking field left as a bare string or number', () => {
    const moneyish = /(^|_)(amount|fee|fees|value|principal|interest|iof)$/;
    const offenders: string[] = [];
    const visit = (value: unknown, where: string): void => {
      if (!isNode(value)) return;
      if (isNode(value.properties)) {
        for (const [field, property] of Object.entries(value.properties)) {
          const declared = isNode(property) ? property.type : undefined;
          const scalar = declared === 'string' || declared === 'number' || Array.isArray(declared);
          if (moneyish.test(field) && scalar && moneyKind(property) === undefined) {
            offenders.push(`${where}.${field}`);
          }
          visit(property, `${where}.${field}`);
        }
      }
      for (const part of [value.allOf, value.anyOf, value.oneOf].flat()) visit(part, where);
      visit(value.items, `${where}[]`);
    };
    for (const [name, value] of Object.entries(schemas)) visit(value, name);
    expect(offenders).toEqual([]);
  });

  it('lists every nullable key of a response schema as required (the key is always sent)', () => {
    const optionalNullables: string[] = [];
    const visit = (value: unknown, where: string): void => {
      if (!isNode(value)) return;
      if (isNode(value.properties)) {
        const required = Array.isArray(value.required) ? value.required : [];
        for (const [field, property] of Object.entries(value.properties)) {
          const nullable =
            isNode(property) &&
            ((Array.isArray(property.type) && property.type.includes('null')) ||
              moneyKind(property) === 'money-or-null');
          if (nullable && !required.includes(field)) optionalNullables.push(`${where}.${field}`);
          visit(property, `${where}.${field}`);
        }
      }
      for (const part of [value.allOf, value.anyOf, value.oneOf].flat()) visit(part, where);
    };
    for (const [name, value] of Object.entries(schemas)) {
      if (!name.endsWith('Request')) visit(value, name);
    }
    expect(optionalNullables).toEqual([]);
  });

  it('gives the main resources the keys the reference lists', () => {
    expect(schema('Customer').required).toEqual([
      'id',
      'status',
      'cpf',
      'cnpj',
      'name',
      'email',
      'phone',
      'trading_name',
      'external_id',
      'kyc',
      'created_at',
      'updated_at',
    ]);
    expect(schema('KycItem').required).toEqual([
      'kind',
      'type',
      'description',
      'status',
      'message',
      'uploaded_at',
    ]);
    expect(schema('KycItemKind').enum).toEqual(['document', 'data']);
    expect(schema('KycItemStatus').enum).toEqual([
      'pending',
      'submitted',
      'approved',
      'rejected',
      'pending_correction',
    ]);
    expect(schema('CustomerStatus').enum).toEqual(['pending_kyc', 'under_review', 'active']);
    expect(schema('CreditOfferStatus').enum).toEqual(['available', 'accepted', 'expired']);
    expect(schema('TransactionStatus').enum).toEqual(['pending', 'paid', 'overdue', 'partially_paid']);
    expect(schema('WebhookEndpointStatus').enum).toEqual(['active', 'disabled']);
    expect(schema('LoanStatus').enum).toEqual([
      'processing',
      'contract_generated',
      'awaiting_signatures',
      'signed',
      'disbursing',
      'active',
      'finished',
      'cancelled',
      'error',
    ]);
    expect(Object.keys(properties('CreditOffer'))).toEqual(
      expect.arrayContaining(['installments', 'min_installments', 'max_installments', 'due_date_rule']),
    );
    expect(schema('CreditOffer').required).not.toEqual(expect.arrayContaining(['installments']));
    expect(schema('CreditOffer').required).not.toEqual(expect.arrayContaining(['min_installments']));
    expect(schema('Simulation').required).toEqual([
      'id',
      'credit_offer_id',
      'requested_amount',
      'amount',
      'interest_amount',
      'fees_amount',
      'iof_amount',
      'total_loan_amount',
      'interest_percentage',
      'cet_percentage',
      'number_of_installments',
      'installments_value',
      'first_due_date',
      'created_at',
    ]);
    expect(schema('SimulationRequest').required).toEqual(['requested_amount', 'installment_count']);
    expect(schema('LoanCreateRequest').required).toEqual([
      'credit_offer_id',
      'simulation_id',
      'installments',
      'installments_value',
      'first_due_date',
    ]);
    expect(schema('BiometricsSession').required).toEqual(['session_url', 'expires_at']);
    expect(schema('Credential').required).toEqual([
      'id',
      'client_id',
      'name',
      'status',
      'expires_at',
      'created_at',
      'updated_at',
      'last_used_at',
    ]);
    expect(schema('WebhookEndpoint').required).toEqual([
      'id',
      'url',
      'events',
      'description',
      'status',
      'created_at',
      'updated_at',
    ]);
    expect(schema('WebhookSecretRotation').required).toEqual(['id', 'secret', 'previous_secret_expires_at']);
    expect(schema('Problem').required).toEqual(['type', 'title', 'status', 'detail', 'code']);
  });
});

/**
 * Whether `value` satisfies `schema`, for the keywords the term rule is written in: `required`,
 * boolean `properties`, `allOf`, `anyOf`, `not` and `if`/`then`/`else`. `ajv` is not a dependency
 * of this package; redocly's example check runs a full 2020-12 validator over the same keywords.
 * Any other keyword fails the test, so the rule cannot silently grow past what is evaluated here.
 */
function satisfies(schema: unknown, value: Node): boolean {
  if (typeof schema === 'boolean') return schema;
  const s = node(schema, 'term rule');
  const known = ['required', 'properties', 'allOf', 'anyOf', 'not', 'if', 'then', 'else'];
  for (const key of Object.keys(s)) if (!known.includes(key)) throw new Error(`Unexpected keyword ${key}`);
  if (Array.isArray(s.required) && !s.required.every((key) => key in value)) return false;
  if (isNode(s.properties)) {
    for (const [key, sub] of Object.entries(s.properties)) {
      if (typeof sub !== 'boolean') throw new Error(`Expected a boolean schema for ${key}`);
      if (key in value && !sub) return false;
    }
  }
  if (Array.isArray(s.allOf) && !s.allOf.every((sub) => satisfies(sub, value))) return false;
  if (Array.isArray(s.anyOf) && !s.anyOf.some((sub) => satisfies(sub, value))) return false;
  if ('not' in s && satisfies(s.not, value)) return false;
  return !('if' in s) || satisfiesCondition(s, value);
}

/** Whether `value` passes the `if`/`then`/`else` of `schema`, ignoring its other keywords. */
function satisfiesCondition(schema: Node, value: Node): boolean {
  const branch = satisfies(schema.if, value) ? schema.then : schema.else;
  return branch === undefined || satisfies(branch, value);
}

describe('openapi.yaml: credit offer terms', () => {
  const TERMS: [Node, boolean][] = [
    [{ installments: 12 }, true],
    [{ min_installments: 3, max_installments: 12 }, true],
    [{}, false],
    [{ min_installments: 3 }, false],
    [{ max_installments: 12 }, false],
    [{ installments: 12, min_installments: 3 }, false],
    [{ installments: 12, max_installments: 12 }, false],
    [{ installments: 12, min_installments: 3, max_installments: 12 }, false],
  ];

  it.each(['CreditOffer', 'CreditOfferEventData'])(
    '%s takes exactly one term: `installments`, or `min_installments` with `max_installments`',
    (name) => {
      const offer = schema(name);
      expect(offer.if, `${name} has the term rule`).toBeDefined();
      for (const [terms, valid] of TERMS) {
        expect(satisfiesCondition(offer, terms), `${name} ${JSON.stringify(terms)}`).toBe(valid);
      }
    },
  );

  it('keeps the three term fields optional in the generated type', () => {
    expectTypeOf<CreditOffer['installments']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<CreditOffer['min_installments']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<CreditOffer['max_installments']>().toEqualTypeOf<number | undefined>();
  });
});

describe('generated types', () => {
  it('narrow a webhook event to its payload by `type`', () => {
    expectTypeOf<WebhookEvent['type']>().toEqualTypeOf<WebhookEventType>();
    expectTypeOf<Extract<WebhookEvent, { type: 'loan.error' }>['data']['error']>().toEqualTypeOf<LoanError>();
    expectTypeOf<Extract<WebhookEvent, { type: 'customer.created' }>['data']>().toExtend<Customer>();
  });

  it('keep nullable keys required and money as strings', () => {
    expectTypeOf<Loan['net_amount']>().toEqualTypeOf<Money | null>();
    expectTypeOf<Money>().toEqualTypeOf<string>();
    expectTypeOf<KycItem['message']>().toEqualTypeOf<string | null>();
    expectTypeOf<Customer>().toHaveProperty('cnpj');
  });

  it('map operations and paths to each other', () => {
    expectTypeOf<Paths['/loans']['post']>().toEqualTypeOf<Operations['createLoan']>();
    expectTypeOf<
      Operations['createLoan']['responses'][201]['content']['application/json']
    >().toEqualTypeOf<Loan>();
  });
});
