import { afterEach, describe, expect, it } from 'vitest';
import * as api from '../dates.ts';
import { addDays, addMonths, daysBetween, requireDate } from './calendar.ts';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('calendar', () => {
  it('counts the IOF days of the odd-first-period vectors', () => {
    const d0 = '2026-03-02';
    const due = [0, 1, 2, 3, 4, 5].map((k) => addMonths('2026-04-16', k));
    expect(due.map((date) => daysBetween(d0, date))).toEqual([45, 75, 106, 136, 167, 198]);
  });

  it('clamps month ends and adds days', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addDays('2026-03-02', 30)).toBe('2026-04-01');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('does not move with the process time zone', () => {
    process.env.TZ = 'America/Sao_Paulo';
    expect(daysBetween('2018-11-03', '2018-11-05')).toBe(2);
    expect(addDays('2018-11-03', 1)).toBe('2018-11-04');
  });

  it("is the package's date arithmetic, not a copy of it", () => {
    expect(addDays).toBe(api.addDays);
    expect(addMonths).toBe(api.addMonths);
    expect(daysBetween).toBe(api.daysBetween);
    expect(() => addMonths('2026-01-31', 1.5)).toThrow(RangeError);
  });

  it('refuses dates that do not exist, naming the field', () => {
    expect(() => requireDate('2028-02-29', 'firstDueDate')).not.toThrow();
    expect(() => requireDate('2026-02-29', 'firstDueDate')).toThrow(/firstDueDate/);
    expect(() => daysBetween('2026-1-1', '2026-02-01')).toThrow(RangeError);
  });
});
