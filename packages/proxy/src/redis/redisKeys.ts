import { createHmac } from 'node:crypto';

/**
 * Names the Redis keys of one proxy deployment. Every identifier that comes from outside (a
 * partner's borrower id, which may well be a CPF or CNPJ; an IP address; a session) is replaced by
 * a keyed hash, so no key ever holds a secret, a token or a person's document number, and the
 * names cannot be reversed by hashing every CPF.
 */
export class RedisKeys {
  readonly #secret: string;
  readonly #prefix: string;

  constructor(secret: string, prefix: string) {
    this.#secret = secret;
    this.#prefix = prefix;
  }

  /** An opaque, stable name for an outside identifier. */
  hash(value: string): string {
    return createHmac('sha256', this.#secret).update(value).digest('base64url').slice(0, 32);
  }

  /** The global event counter. */
  eventCounter(): string {
    return `${this.#prefix}events:seq`;
  }

  /** A borrower's event history (a sorted set scored by event id). */
  eventLog(borrowerHash: string): string {
    return `${this.#prefix}events:log:${borrowerHash}`;
  }

  /** The highest id dropped from a borrower's history. */
  eventDropped(borrowerHash: string): string {
    return `${this.#prefix}events:dropped:${borrowerHash}`;
  }

  /** The pub/sub channel of a borrower's new events. */
  eventChannel(borrowerHash: string): string {
    return `${this.#prefix}events:live:${borrowerHash}`;
  }

  /** A webhook delivery's claim. */
  dedupe(webhookId: string): string {
    return `${this.#prefix}dedupe:${this.hash(webhookId)}`;
  }

  /** A key held closed (e.g. while Dinie asked every instance to wait). */
  block(key: string): string {
    return `${this.#prefix}block:${this.hash(key)}`;
  }

  /** The prefix of the rate-limit counters. */
  rateLimitPrefix(): string {
    return `${this.#prefix}ratelimit`;
  }
}
