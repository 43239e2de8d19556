/**
 * Slack for binary noise: `1.005 * 100` is `100.49999999999999`, which must still round up.
 * A millionth of a cent is far below anything a schedule can produce on purpose.
 */
const EPSILON = 1e-6;

/** Rounds an amount in (fractional) cents to whole cents, half away from zero, as schedules do. */
export function roundCents(cents: number): number {
  const rounded = Math.sign(cents) * Math.round(Math.abs(cents) + EPSILON);
  return rounded === 0 ? 0 : rounded;
}

/**
 * Rounds a rate (decimal, `0.38329…`) to a percentage with 2 decimals (`38.33`), by ABNT NBR 5891
 * as Res. CMN 4.881/2020 art. 4 requires for the CET: half to even on an exact tie.
 */
export function roundPercent(rate: number): number {
  const hundredths = rate * 10_000;
  const floor = Math.floor(hundredths);
  const fraction = hundredths - floor;
  const tie = Math.abs(fraction - 0.5) < 1e-9;
  const rounded = tie ? (floor % 2 === 0 ? floor : floor + 1) : Math.round(hundredths);
  return rounded === 0 ? 0 : rounded / 100;
}
