import {
  credentialCreateRequestFromSdk,
  credentialCreateRequestToSdk,
  loanCreateRequestFromSdk,
  loanCreateRequestToSdk,
  simulationRequestFromSdk,
  simulationRequestToSdk,
} from './requests.ts';
import {
  biometricsSessionFromSdk,
  biometricsSessionToSdk,
  credentialFromSdk,
  credentialToSdk,
  creditOfferFromSdk,
  creditOfferToSdk,
  customerFromSdk,
  customerToSdk,
  loanFromSdk,
  loanToSdk,
  secretRotationFromSdk,
  secretRotationToSdk,
  simulationFromSdk,
  simulationToSdk,
  transactionFromSdk,
  transactionToSdk,
  webhookEndpointFromSdk,
  webhookEndpointToSdk,
} from './resources.ts';

/*
 * Which body a request or response of an operation carries, found from its method and path
 * (relative to the base, either dialect's spelling), so that a transport, a proxy or a server
 * can translate whole exchanges without knowing the operations one by one.
 */

/** The response bodies that differ between the dialects. */
export type DialectResponseKind =
  | 'customer'
  | 'creditOffer'
  | 'simulation'
  | 'loan'
  | 'transaction'
  | 'webhookEndpoint'
  | 'secretRotation'
  | 'biometricsSession'
  | 'credential';

/** The request bodies that differ between the dialects. */
export type DialectRequestKind = 'simulationRequest' | 'loanRequest' | 'credentialRequest';

/** A response body: one resource, or a page of them. */
export interface DialectShape {
  /** What the body (or each item of the page) is. */
  kind: DialectResponseKind;
  /** Whether it is a page `{ data, has_more }`. */
  page: boolean;
}

// biome-ignore lint/suspicious/noExplicitAny: each converter takes its own resource type.
type Converter = (body: any) => unknown;

// One table per direction and role, so that a bundle keeps only the directions it uses (a client
// reads answers from the SDK dialect and writes requests to it; a server does the opposite).
const RESPONSE_TO_SDK: Readonly<Record<DialectResponseKind, Converter>> = {
  customer: customerToSdk,
  creditOffer: creditOfferToSdk,
  simulation: simulationToSdk,
  loan: loanToSdk,
  transaction: transactionToSdk,
  webhookEndpoint: webhookEndpointToSdk,
  secretRotation: secretRotationToSdk,
  biometricsSession: biometricsSessionToSdk,
  credential: credentialToSdk,
};
const RESPONSE_FROM_SDK: Readonly<Record<DialectResponseKind, Converter>> = {
  customer: customerFromSdk,
  creditOffer: creditOfferFromSdk,
  simulation: simulationFromSdk,
  loan: loanFromSdk,
  transaction: transactionFromSdk,
  webhookEndpoint: webhookEndpointFromSdk,
  secretRotation: secretRotationFromSdk,
  biometricsSession: biometricsSessionFromSdk,
  credential: credentialFromSdk,
};
const REQUEST_TO_SDK: Readonly<Record<DialectRequestKind, Converter>> = {
  simulationRequest: simulationRequestToSdk,
  loanRequest: loanCreateRequestToSdk,
  credentialRequest: credentialCreateRequestToSdk,
};
const REQUEST_FROM_SDK: Readonly<Record<DialectRequestKind, Converter>> = {
  simulationRequest: simulationRequestFromSdk,
  loanRequest: loanCreateRequestFromSdk,
  credentialRequest: credentialCreateRequestFromSdk,
};

const ID = '[^/]+';

/** Method, path pattern, response shape, request kind. */
const ROUTES: ReadonlyArray<[string, RegExp, DialectShape | null, DialectRequestKind | null]> = [
  ['POST', /^\/customers$/, { kind: 'customer', page: false }, null],
  ['GET', /^\/customers$/, { kind: 'customer', page: true }, null],
  ['GET', new RegExp(`^/customers/${ID}$`), { kind: 'customer', page: false }, null],
  ['PATCH', new RegExp(`^/customers/${ID}$`), { kind: 'customer', page: false }, null],
  ['POST', new RegExp(`^/customers/${ID}/biometrics$`), { kind: 'biometricsSession', page: false }, null],
  ['GET', new RegExp(`^/customers/${ID}/credit-offers$`), { kind: 'creditOffer', page: true }, null],
  ['GET', /^\/credit-offers$/, { kind: 'creditOffer', page: true }, null],
  ['GET', new RegExp(`^/credit-offers/${ID}$`), { kind: 'creditOffer', page: false }, null],
  [
    'POST',
    new RegExp(`^/credit-offers/${ID}/simulations$`),
    { kind: 'simulation', page: false },
    'simulationRequest',
  ],
  ['POST', /^\/loans$/, { kind: 'loan', page: false }, 'loanRequest'],
  ['GET', new RegExp(`^/loans/${ID}$`), { kind: 'loan', page: false }, null],
  ['GET', new RegExp(`^/loans/${ID}/transactions$`), { kind: 'transaction', page: true }, null],
  ['POST', /^\/webhooks\/endpoints$/, { kind: 'webhookEndpoint', page: false }, null],
  ['GET', /^\/webhooks\/endpoints$/, { kind: 'webhookEndpoint', page: true }, null],
  ['GET', new RegExp(`^/webhooks/endpoints/${ID}$`), { kind: 'webhookEndpoint', page: false }, null],
  ['PATCH', new RegExp(`^/webhooks/endpoints/${ID}$`), { kind: 'webhookEndpoint', page: false }, null],
  [
    'POST',
    new RegExp(`^/webhooks/endpoints/${ID}/(?:secret/rotate|rotate-secret)$`),
    { kind: 'secretRotation', page: false },
    null,
  ],
  ['POST', /^\/auth\/credentials$/, { kind: 'credential', page: false }, 'credentialRequest'],
  ['GET', /^\/auth\/credentials$/, { kind: 'credential', page: true }, null],
];

function route(method: string, path: string) {
  const upper = method.toUpperCase();
  const bare = path.split('?')[0] ?? path;
  return ROUTES.find(([m, pattern]) => m === upper && pattern.test(bare));
}

/** The shape of the success body of `method path` when it differs between the dialects; else `null`. */
export function responseShapeOf(method: string, path: string): DialectShape | null {
  return route(method, path)?.[2] ?? null;
}

/** The kind of the JSON request body of `method path` when it differs between the dialects; else `null`. */
export function requestKindOf(method: string, path: string): DialectRequestKind | null {
  return route(method, path)?.[3] ?? null;
}

function convert(converter: Converter, shape: DialectShape | DialectResponseKind, body: unknown): unknown {
  if (typeof shape === 'string' || !shape.page) return converter(body);
  const page = body as { data: unknown[]; has_more: boolean };
  return { ...page, data: page.data.map((item) => converter(item)) };
}

const kindOf = (shape: DialectShape | DialectResponseKind) =>
  typeof shape === 'string' ? shape : shape.kind;

/** A documented response body of `shape` (a resource, or a page of them) in the SDK dialect. */
export function responseToSdk(shape: DialectShape | DialectResponseKind, body: unknown): unknown {
  return convert(RESPONSE_TO_SDK[kindOf(shape)], shape, body);
}

/** An SDK response body of `shape` (a resource, or a page of them) in the documented model. */
export function responseFromSdk(shape: DialectShape | DialectResponseKind, body: unknown): unknown {
  return convert(RESPONSE_FROM_SDK[kindOf(shape)], shape, body);
}

/** A documented request body of `kind` in the SDK dialect. */
export function requestToSdk(kind: DialectRequestKind, body: unknown): unknown {
  return REQUEST_TO_SDK[kind](body);
}

/** An SDK request body of `kind` in the documented model. */
export function requestFromSdk(kind: DialectRequestKind, body: unknown): unknown {
  return REQUEST_FROM_SDK[kind](body);
}

/**
 * The SDK path of a documented one: the same, except the secret rotation
 * (`/secret/rotate` → `/rotate-secret`) and uploads (`/documents` → `/kyc-attachments`, which
 * also takes other form fields: see `kycAttachmentFor`).
 */
export function pathToSdk(path: string): string {
  return path
    .replace(/^(\/webhooks\/endpoints\/[^/]+)\/secret\/rotate(?=$|\?)/, '$1/rotate-secret')
    .replace(/^(\/customers\/[^/]+)\/documents(?=$|\?)/, '$1/kyc-attachments');
}
