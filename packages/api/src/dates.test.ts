import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  formatDate,
  formatDateTime,
  isValidDate,
  SAO_PAULO_TIME_ZONE,
  todayInSaoPaulo,
} from './dates.ts';

const originalTz = process.env.TZ;
afterEach(() => {
  restoreTz(originalTz);
});

/** Puts `TZ` back as it was; assigning `undefined` would store the string "undefined". */
function restoreTz(tz: string | undefined): void {
  if (tz === undefined) delete process.env.TZ;
  else process.env.TZ = tz;
}

describe('isValidDate', () => {
  it.each(['2026-04-15', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31'])('accepts %s', (date) => {
    expect(isValidDate(date)).toBe(true);
  });

  it.each([
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-5',
    '26-01-05',
    '2026-01-05T00:00:00Z',
    ' 2026-01-05',
    '05/01/2026',
    '',
  ])('refuses %j', (date) => {
    expect(isValidDate(date)).toBe(false);
  });
});

describe('formatDate', () => {
  it('prints pt-BR and en dates', () => {
    expect(formatDate('2026-04-15')).toBe('15/04/2026');
    expect(formatDate('2026-04-15', 'en-US')).toBe('4/15/2026');
    expect(formatDate('2026-01-05', 'pt-BR', { dateStyle: 'long' })).toBe('5 de janeiro de 2026');
  });

  it('shows the day written, where naive parsing shows the day before in São Paulo', () => {
    // The trap: `new Date('2026-01-05')` is UTC midnight, still 4 January at UTC−03.
    const naive = new Intl.DateTimeFormat('pt-BR', { timeZone: SAO_PAULO_TIME_ZONE }).format(
      new Date('2026-01-05'),
    );
    expect(naive).toBe('04/01/2026');
    expect(formatDate('2026-01-05')).toBe('05/01/2026');
  });

  it.each([
    'America/Sao_Paulo',
    'America/Noronha',
    'Pacific/Honolulu',
    'Asia/Tokyo',
    'Pacific/Kiritimati',
    'UTC',
  ])('does not depend on the process time zone (%s)', (tz) => {
    process.env.TZ = tz;
    expect(formatDate('2026-01-05')).toBe('05/01/2026');
    expect(formatDate('2026-12-31')).toBe('31/12/2026');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-02', '2026-04-16')).toBe(45);
  });

  it('refuses an invalid date instead of printing "Invalid Date"', () => {
    expect(() => formatDate('2026-02-30')).toThrow(RangeError);
  });
});

describe('formatDateTime', () => {
  it('prints the São Paulo wall clock', () => {
    expect(formatDateTime('2026-03-04T10:00:00Z')).toBe('04/03/2026, 07:00');
    expect(formatDateTime('2026-03-04T10:00:00-03:00')).toBe('04/03/2026, 10:00');
  });

  it('crosses midnight with the zone, not with UTC', () => {
    expect(formatDateTime('2026-01-05T02:30:00Z')).toBe('04/01/2026, 23:30');
  });

  it('follows the locale', () => {
    expect(formatDateTime('2026-03-04T10:00:00Z', 'en-US')).toMatch(/^3\/4\/26, 7:00\sAM$/u);
  });

  it('refuses garbage', () => {
    expect(() => formatDateTime('yesterday')).toThrow(RangeError);
  });
});

describe('todayInSaoPaulo', () => {
  it('is still yesterday in São Paulo until 03:00 UTC', () => {
    expect(todayInSaoPaulo(new Date('2026-01-05T02:59:59Z'))).toBe('2026-01-04');
    expect(todayInSaoPaulo(new Date('2026-01-05T03:00:00Z'))).toBe('2026-01-05');
  });

  it('ignores the process time zone', () => {
    process.env.TZ = 'Asia/Tokyo';
    expect(todayInSaoPaulo(new Date('2026-12-31T23:00:00Z'))).toBe('2026-12-31');
  });

  it('returns a valid date for the real clock', () => {
    expect(isValidDate(todayInSaoPaulo())).toBe(true);
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-03-02', 1, '2026-04-02'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-05-31', -3, '2026-02-28'],
    ['2026-11-15', 2, '2027-01-15'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-04-16', 5, '2026-09-16'],
    ['2026-08-31', 0, '2026-08-31'],
    ['2026-01-31', 13, '2027-02-28'],
  ])('%s + %d months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('clamps from the original day each time, not from a clamped one', () => {
    expect(addMonths('2026-01-31', 2)).toBe('2026-03-31');
    expect(addMonths(addMonths('2026-01-31', 1), 1)).toBe('2026-03-28');
  });

  it('refuses fractional months', () => {
    expect(() => addMonths('2026-01-31', 1.5)).toThrow(RangeError);
  });

  it('never leaves the target month', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1901-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }),
        fc.integer({ min: -1200, max: 1200 }),
        (when, months) => {
          const date = when.toISOString().slice(0, 10);
          const result = addMonths(date, months);
          expect(isValidDate(result)).toBe(true);
          const [y, m] = date.split('-').map(Number) as [number, number];
          const [ry, rm, rd] = result.split('-').map(Number) as [number, number, number];
          expect(ry * 12 + rm).toBe(y * 12 + m + months);
          expect(rd).toBeLessThanOrEqual(Number(date.slice(8)));
        },
      ),
    );
  });
});

describe('addDays and daysBetween', () => {
  it('counts calendar days', () => {
    expect(addDays('2026-03-02', 30)).toBe('2026-04-01');
    expect(addDays('2026-03-02', 45)).toBe('2026-04-16');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-03-02', '2026-09-16')).toBe(198);
    expect(daysBetween('2026-04-16', '2026-03-02')).toBe(-45);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('is unaffected by São Paulo’s old daylight-saving changes', () => {
    process.env.TZ = SAO_PAULO_TIME_ZONE;
    // DST ended on 2018-02-18 and began on 2018-11-04 in São Paulo.
    expect(daysBetween('2018-02-17', '2018-02-19')).toBe(2);
    expect(daysBetween('2018-11-03', '2018-11-05')).toBe(2);
    expect(addDays('2018-11-03', 1)).toBe('2018-11-04');
  });

  it('agree with each other', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1901-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }),
        fc.integer({ min: -40_000, max: 40_000 }),
        (when, days) => {
          const date = when.toISOString().slice(0, 10);
          expect(daysBetween(date, addDays(date, days))).toBe(days);
        },
      ),
    );
  });

  it('refuses invalid dates', () => {
    expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow(RangeError);
    expect(() => addDays('2026-03-01', 0.5)).toThrow(RangeError);
  });
});

// Runs last: the tests above set TZ, and each must leave it exactly as the file found it.
describe('after the tests that change TZ', () => {
  it('leaves TZ as it was, absent when it was unset', () => {
    expect(process.env.TZ).toBe(originalTz);
    expect('TZ' in process.env).toBe(originalTz !== undefined);
  });
});
