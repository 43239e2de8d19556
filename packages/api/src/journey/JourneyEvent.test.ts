import { describe, expect, it } from 'vitest';
import { isJourneyEvent, JOURNEY_EVENT_TYPES, JOURNEY_EVENT_VERSION, journeyEvent } from './JourneyEvent';

describe('journey events', () => {
  it('stamps version and time', () => {
    const event = journeyEvent(
      { type: 'journey.loan_created', loanId: 'loan_1', offerId: 'offer_1' },
      new Date('2026-03-01T12:00:00Z'),
    );
    expect(event).toEqual({
      type: 'journey.loan_created',
      loanId: 'loan_1',
      offerId: 'offer_1',
      version: JOURNEY_EVENT_VERSION,
      at: '2026-03-01T12:00:00.000Z',
    });
    expect(isJourneyEvent(event)).toBe(true);
  });

  it('refuses unknown types, other versions and non-objects', () => {
    const at = new Date().toISOString();
    expect(isJourneyEvent({ type: 'journey.nope', version: 1, at })).toBe(false);
    expect(isJourneyEvent({ type: 'journey.exited', version: 2, at, reason: 'closed' })).toBe(false);
    expect(isJourneyEvent({ type: 'journey.exited', version: 1, reason: 'closed' })).toBe(false);
    expect(isJourneyEvent(null)).toBe(false);
    expect(isJourneyEvent('journey.exited')).toBe(false);
  });

  it('lists every type once', () => {
    expect(new Set(JOURNEY_EVENT_TYPES).size).toBe(JOURNEY_EVENT_TYPES.length);
    for (const type of JOURNEY_EVENT_TYPES) expect(type.startsWith('journey.')).toBe(true);
  });
});
