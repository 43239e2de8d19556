import { expect } from 'vitest';
import { checkSchema } from './openapiValidator.ts';
import type { Answer } from './testSandbox.ts';

const CATEGORY: Record<number, string> = {
  400: 'invalid-request',
  401: 'authentication-failed',
  404: 'not-found',
  405: 'invalid-request',
  409: 'conflict',
  413: 'invalid-request',
  422: 'validation-failed',
  429: 'rate-limit-exceeded',
};

/** Asserts a problem+json answer with `status` and `code` (and, when given, the offending `param`). */
export function expectProblem(answer: Answer, status: number, code: string, param?: string): void {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(answer.headers.get('content-type')).toBe('application/problem+json');
  expect(checkSchema('Problem', answer.body)).toEqual([]);
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
