import { describe, expect, it } from 'vitest';
import { isEventPattern, subscribes, WEBHOOK_EVENT_TYPES } from './eventPatterns.ts';

describe('event patterns', () => {
  it("knows the 16 events of the reference, the SDKs' own names and the four wildcards", () => {
    expect(WEBHOOK_EVENT_TYPES).toHaveLength(16);
    for (const pattern of ['*', 'customer.*', 'credit_offer.*', 'loan.*', 'loan.signed', 'customer.denied'])
      expect(isEventPattern(pattern)).toBe(true);
    for (const pattern of ['loan.signature_received', 'loan.processing'])
      expect(isEventPattern(pattern)).toBe(true);
    for (const pattern of ['loan', 'loans.*', 'loan.signature', 'customer.deleted', ''])
      expect(isEventPattern(pattern)).toBe(false);
  });

  it('takes a documented event by its SDK name too', () => {
    expect(subscribes(['loan.processing'], 'loan.disbursing')).toBe(true);
    expect(subscribes(['loan.signature_received'], 'loan.signed')).toBe(true);
    expect(subscribes(['loan.processing'], 'loan.signed')).toBe(false);
  });

  it('matches names, resource wildcards and everything', () => {
    expect(subscribes([], 'loan.active')).toBe(true);
    expect(subscribes(['*'], 'customer.created')).toBe(true);
    expect(subscribes(['loan.*'], 'loan.payment_received')).toBe(true);
    expect(subscribes(['loan.*'], 'credit_offer.available')).toBe(false);
    expect(subscribes(['customer.active', 'credit_offer.available'], 'credit_offer.available')).toBe(true);
    expect(subscribes(['customer.active'], 'customer.created')).toBe(false);
  });
});
