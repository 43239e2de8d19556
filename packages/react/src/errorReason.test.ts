import { DinieApiError } from '@dinie-embed/api';
import { describe, expect, it } from 'vitest';
import { errorReason } from './errorReason.ts';

const apiError = (status: number | undefined, code: string) =>
  new DinieApiError({ status, code, title: code });

describe('errorReason', () => {
  it('classifies API errors by code first, then by status', () => {
    expect(errorReason(apiError(409, 'customer_already_exists'))).toBe('already_registered');
    expect(errorReason(apiError(409, 'offer_already_accepted'))).toBe('conflict');
    expect(errorReason(apiError(422, 'invalid_cpf'))).toBe('invalid_input');
    expect(errorReason(apiError(401, 'token_expired'))).toBe('session_expired');
    expect(errorReason(apiError(413, 'payload_too_large'))).toBe('too_large');
    expect(errorReason(apiError(415, 'unsupported_media_type'))).toBe('unsupported_file');
    expect(errorReason(apiError(429, 'rate_limit_exceeded'))).toBe('rate_limited');
    expect(errorReason(apiError(503, 'internal'))).toBe('server');
    expect(errorReason(apiError(undefined, 'network_error'))).toBe('offline');
    expect(errorReason(apiError(undefined, 'timeout'))).toBe('offline');
    expect(errorReason(apiError(undefined, 'aborted'))).toBe('cancelled');
  });

  it('says unknown for other errors and null for none', () => {
    expect(errorReason(new TypeError('fetchSessionToken failed'))).toBe('unknown');
    expect(errorReason(null)).toBeNull();
  });
});
