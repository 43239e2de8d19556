import { describe, expect, it } from 'vitest';
import { type DinieProxyLogEntry, Redactor } from './logger.ts';

const CLIENT_SECRET = 'dinie_cs_test_a1b2c3d4e5f6g7h8';
const SESSION_SECRET = 'some-long-session-secret-without-a-known-shape';

describe('Redactor', () => {
  const redactor = new Redactor([CLIENT_SECRET, SESSION_SECRET]);

  it('removes known secrets wherever they appear', () => {
    const text = redactor.redactString(`failed with ${SESSION_SECRET} and ${CLIENT_SECRET}!`);
    expect(text).toBe('failed with [redacted] and [redacted]!');
  });

  it('removes secrets learnt later, and forgets removed ones', () => {
    const local = new Redactor();
    local.addSecret('opaque-token-value-1234');
    expect(local.redactString('x opaque-token-value-1234 y')).toBe('x [redacted] y');
    local.removeSecret('opaque-token-value-1234');
    expect(local.redactString('x opaque-token-value-1234 y')).toBe('x opaque-token-value-1234 y');
  });

  it.each([
    ['Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0.c2ln', 'Authorization: [redacted]'],
    ['Basic ZGluaWVfY2k6c2VjcmV0', '[redacted]'],
    ['token dinie_at_eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.sig', 'token [redacted]'],
    ['secret whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'secret [redacted]'],
    ['session eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhIn0.AbC-_9', 'session [redacted]'],
    ['jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.abc', 'jwt [redacted]'],
    ['CPF 123.456.789-09 is invalid', 'CPF [redacted] is invalid'],
    ['cpf=12345678909&x=1', 'cpf=[redacted]&x=1'],
    ['CNPJ 12.345.678/0001-95 found', 'CNPJ [redacted] found'],
    ['cnpj 12345678000195.', 'cnpj [redacted].'],
    ['alfanumérico 12.ABC.345/01DE-35', 'alfanumérico [redacted]'],
    ['alfanumérico 12ABC34501DE35', 'alfanumérico [redacted]'],
  ])('redacts %j', (input, output) => {
    expect(redactor.redactString(input)).toBe(output);
  });

  it.each([
    'GET /customers/cust_550e8400e29b41d4a716446655440000',
    'took 1770000000123 ms',
    'size 10485760 bytes',
    'req_0123456789abcdef0123456789abcdef',
    'loan.awaiting_signatures for ln_550e8400e29b41d4a716446655440000',
  ])('keeps ordinary text readable: %j', (input) => {
    expect(redactor.redactString(input)).toBe(input);
  });

  it('redacts fields named like secrets, whatever their value, and walks nested values and errors', () => {
    const entry: DinieProxyLogEntry = {
      level: 'error',
      msg: 'failed',
      headers: { authorization: 'anything', 'x-request-id': 'req_1' },
      customer: { cpf: '1', cnpj: null, name: 'Maria' },
      client_secret: 'x',
      items: [{ token: 'abc' }, 'Bearer abc.def'],
      error: new Error(`upstream said ${CLIENT_SECRET}`, { cause: new Error('CPF 123.456.789-09') }),
    };
    expect(redactor.redact(entry)).toEqual({
      level: 'error',
      msg: 'failed',
      headers: { authorization: '[redacted]', 'x-request-id': 'req_1' },
      customer: { cpf: '[redacted]', cnpj: null, name: 'Maria' },
      client_secret: '[redacted]',
      items: [{ token: '[redacted]' }, '[redacted]'],
      error: {
        name: 'Error',
        message: 'upstream said [redacted]',
        cause: { name: 'Error', message: 'CPF [redacted]' },
      },
    });
  });

  it('wraps a logger so entries arrive redacted and a throwing logger is contained', () => {
    const lines: unknown[] = [];
    redactor.wrap((entry) => lines.push(entry))({ level: 'info', msg: `key ${SESSION_SECRET}` });
    expect(lines).toEqual([{ level: 'info', msg: 'key [redacted]' }]);
    expect(() =>
      redactor.wrap(() => {
        throw new Error('logger down');
      })({ level: 'info', msg: 'x' }),
    ).not.toThrow();
  });
});
