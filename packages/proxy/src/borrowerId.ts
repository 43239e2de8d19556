import { createHash } from 'node:crypto';
import { BoundedCache } from './boundedCache.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Dinie keeps an `external_id` of at most this many characters. */
export const MAX_BORROWER_ID_LENGTH = 255;

/**
 * The one rule for a borrower id (the partner's id for a borrower, Dinie's `external_id`): the
 * id the proxy signs, compares and stores must be exactly the one Dinie stores. Dinie trims
 * `external_id` before storing it, so an id with surrounding whitespace would be told apart here
 * and merged there: `"victim "` would register a customer that Dinie files under `"victim"`.
 * Such ids are refused rather than trimmed, since trimming would merge two partner users into
 * one borrower just the same.
 *
 * @returns the id, unchanged, when Dinie would store it as it is.
 * @throws TypeError saying what is wrong, for `authorize()` results that break the rule.
 */
export function borrowerId(value: unknown): string {
  const rule = `authorize() must return { externalId } as Dinie stores it: a string of 1 to ${MAX_BORROWER_ID_LENGTH} characters`;
  if (typeof value !== 'string') throw new TypeError(`${rule}, or null to refuse.`);
  // What Dinie does to an external_id before storing it.
  const stored = value.trim();
  if (stored === '') throw new TypeError(`${rule}; this externalId is empty or only whitespace.`);
  if (stored !== value) {
    throw new TypeError(`${rule}; this externalId has whitespace around it, which Dinie would trim away.`);
  }
  if (value.length > MAX_BORROWER_ID_LENGTH) throw new TypeError(`${rule}; this externalId is longer.`);
  // Lone surrogates cannot be sent as UTF-8 and would reach Dinie as U+FFFD.
  if (LONE_SURROGATE.test(value)) throw new TypeError(`${rule}; this externalId is not well-formed Unicode.`);
  return value;
}

/** Hashes of the borrowers seen lately: each request of a borrower asks for its hash again. */
const hashes = new BoundedCache<string, string>(10_000);

/**
 * A borrower id hashed (SHA-256, base64url), for keys in shared stores and in Dinie's idempotency
 * keys, which must never hold the partner's own ids.
 */
export function borrowerHash(externalId: string): string {
  let hash = hashes.get(externalId);
  if (hash === undefined) {
    hash = createHash('sha256').update(externalId).digest('base64url');
    hashes.set(externalId, hash);
  }
  return hash;
}
