import type { Dialect } from '../contract.ts';
import type { CredentialRecord } from '../state/records.ts';
import type { RateLimitWindow } from './rateLimiter.ts';

/** Per-request facts the Hono app receives as its bindings, filled in as the request goes. */
export interface RequestBindings {
  /** `req_` + 32 hex; echoed in `X-Request-Id` and problem bodies. */
  requestId: string;
  /** Origin that pages (`session_url`, `signing_url`) are served from. */
  origin: string;
  /** The API prefix the request came through (`/v3` or `/api/v3`), for `Location`. */
  prefix: string;
  /**
   * The dialect to answer in: `sdk` for the `/api/v3` base or an official SDK's headers, `docs`
   * otherwise (see `dialectOfRequest`).
   */
  dialect: Dialect;
  /** Rate-limit window the request was counted in, for the `X-RateLimit-*` headers. */
  rateLimit: RateLimitWindow | null;
}

/** The Hono environment of the sandbox app. */
export interface SandboxEnv {
  Bindings: RequestBindings;
  Variables: {
    /** The credential whose token authenticated the request. */
    credential: CredentialRecord;
    /** The customer a biometrics session token is bound to; unset for partner tokens. */
    sessionCustomer: string | undefined;
    /** The request body, read once (and size-checked) before any handler. */
    rawBody: Uint8Array;
  };
}
