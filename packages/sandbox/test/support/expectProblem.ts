import { expect } from 'vitest';
import { checkResponse, checkSchema, operationOf } from './openapiValidator.ts';
import type { Answer } from './testSandbox.ts';

const CATEGORY: Record<number, string> = {
  400: 'invalid-request',
  401: 'authentication-failed',
  403: 'forbidden',
  404: 'not-found',
  405: 'invalid-request',
  409: 'conflict',
  413: 'invalid-request',
  422: 'validation-failed',
  429: 'rate-limit-exceeded',
};

/**
 * Statuses the sandbox sends that openapi.yaml does not document yet, each a known gap of the
 * document (not of the check). Every one is asserted to be still undocumented, so this list
 * must shrink as soon as the document catches up.
 */
const KNOWN_UNDOCUMENTED = new Set<string>();

/** Operations only the SDKs describe (openapi.yaml follows the reference): checked against `Problem`. */
const SDK_ONLY =
  /^\/api\/v3\/(?:banks|biometrics\/session-exchange|customers\/[^/]+\/(?:bank-account|kyc-attachments(?:\/selfie)?|kyc-review))$/;

/**
 * Asserts a problem+json answer with `status` and `code` (and, when given, the offending `param`),
 * documented for its operation in openapi.yaml: `operationId`, by default the operation the
 * request named. Only answers outside the documented API are checked against `Problem` alone:
 * the sandbox's test helpers and pages, and `route_not_found` for a path the API lacks.
 */
export function expectProblem(
  answer: Answer,
  status: number,
  code: string,
  param?: string,
  operationId: string | null = operationOf(answer.method, answer.url),
): void {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(answer.headers.get('content-type')).toBe('application/problem+json');
  expect(checkSchema('Problem', answer.body)).toEqual([]);
  const path = new URL(answer.url).pathname;
  if (operationId !== null && KNOWN_UNDOCUMENTED.has(`${operationId} ${status}`)) {
    expect(
      checkResponse(operationId, status, answer.body),
      `${operationId} ${status} is documented now`,
    ).toEqual([`${operationId}: status ${status} is not documented`]);
  } else if (operationId !== null) {
    expect(checkResponse(operationId, status, answer.body), `${answer.method} ${path}`).toEqual([]);
  } else {
    const outsideApi =
      /^(?:\/api)?\/v3\/test_helpers\//.test(path) || !/^(?:\/api)?\/v3\//.test(path) || SDK_ONLY.test(path);
    expect(
      outsideApi || code === 'route_not_found',
      `${answer.method} ${path} names no operation of openapi.yaml`,
    ).toBe(true);
  }
  expect(answer.body).toMatchObject({
    status,
    code,
    type: `https://api.dinie.com.br/errors/${CATEGORY[status]}`,
  });
  expect(answer.body.request_id).toBe(answer.headers.get('x-request-id'));
  if (param !== undefined) {
    expect(answer.body.param ?? answer.body.errors?.[0]?.param).toBe(param);
  }
  if (status === 422) {
    expect(answer.body.errors.length).toBeGreaterThan(0);
    for (const error of answer.body.errors)
      expect(Object.keys(error).sort()).toEqual(['code', 'detail', 'param']);
  }
}
