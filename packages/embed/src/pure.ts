import type { JourneyEvent } from '@dinie-embed/api';
import { EmbedError } from './EmbedError.ts';
import type { EmbedDisplaySettings, EmbedSessionToken, EmbedSettings } from './protocol.ts';

/** Options of `mount`. */
export interface EmbedOptions extends EmbedSettings {
  /** The frame page, e.g. `https://app.partner.com.br/dinie/embed/` where the proxy serves it. */
  frameUrl: string;
  /** Asks the partner's server for a session token (`POST {mount}/session`); called at mount, on expiry and after a 401. */
  fetchSessionToken: () => Promise<EmbedSessionToken>;
  /** Receives every journey event, as `<CreditJourney onEvent>` does. */
  onEvent?: ((event: JourneyEvent) => void) | undefined;
  /** Called once the frame has answered the handshake. */
  onReady?: (() => void) | undefined;
  /** Called when something fails after `mount` returned; see `EmbedError`'s codes. */
  onError?: ((error: EmbedError) => void) | undefined;
  /** The iframe's accessible name (default: "Crédito Dinie", or "Dinie credit" in English). */
  title?: string | undefined;
  /** How long the frame may take to answer the handshake, in ms (default 30 000). */
  timeoutMs?: number | undefined;
}

/** What `mount` returns. */
export interface EmbedInstance {
  /** Changes the appearance, colour scheme or locale of the running journey. */
  update(settings: EmbedDisplaySettings): void;
  /** Removes the iframe and stops every callback; calling it again does nothing. */
  destroy(): void;
}

/**
 * The iframe's `sandbox`: scripts and its own origin (for its calls to the proxy), forms (a form
 * without it never fires `submit`), and pop-ups that leave the sandbox, for the pages that run on
 * Dinie's side in a new tab: the biometrics capture and the contract signing.
 */
export const FRAME_SANDBOX =
  'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox';

/**
 * The iframe's `allow`: no powerful feature. The camera is used only by Dinie's own biometrics
 * page, which opens in a new tab; a same-origin frame would otherwise inherit the page's grants.
 */
export const FRAME_ALLOW = "camera 'none'; microphone 'none'; geolocation 'none'; payment 'none'; usb 'none'";

const ALLOWED: Record<keyof EmbedDisplaySettings, unknown[] | null> = {
  locale: ['pt-BR', 'en'],
  colorScheme: ['light', 'dark', 'auto'],
  appearance: null,
};

/** Throws `INVALID_OPTIONS` with the fix when display settings are wrong. */
export function checkDisplay(settings: EmbedDisplaySettings): void {
  for (const [name, allowed] of Object.entries(ALLOWED)) {
    const value = (settings as Record<string, unknown>)[name];
    if (value === undefined) continue;
    if (allowed ? !allowed.includes(value) : typeof value !== 'object' || value === null) {
      invalid(`${name} must be ${allowed ? `one of ${allowed}` : 'an object'}`);
    }
  }
}

/**
 * Checks `mount`'s options and answers the frame's absolute URL and exact origin, the only origin
 * the loader will talk to. A relative `frameUrl` resolves against `base` (the page's URL).
 */
export function checkOptions(options: EmbedOptions, base: string): URL {
  if (typeof options?.fetchSessionToken !== 'function') {
    invalid('fetchSessionToken must be a function that asks your server for a session token');
  }
  checkDisplay(options);
  let url: URL | undefined;
  try {
    url = new URL(options.frameUrl, base);
  } catch {}
  if (!url || !/^https?:$/.test(url.protocol)) invalid('frameUrl must be an http(s) URL');
  return url;
}

/**
 * The token as it crosses to the frame: a string, or `{ token, expires_at }` with the session
 * answer's `events` flag when it has one (whether the proxy streams events), and nothing else.
 */
export function tokenOf(value: unknown): EmbedSessionToken {
  const token = typeof value === 'string' ? value : (value as { token?: unknown } | null)?.token;
  if (typeof token !== 'string' || token === '') {
    throw new EmbedError(
      'SESSION_TOKEN_FAILED',
      'fetchSessionToken must resolve to a token or { token, expires_at }',
    );
  }
  const { expires_at: expiresAt, events } = value as { expires_at?: unknown; events?: unknown };
  if (typeof expiresAt !== 'string') return token;
  return typeof events === 'boolean'
    ? { token, expires_at: expiresAt, events }
    : { token, expires_at: expiresAt };
}

function invalid(message: string): never {
  throw new EmbedError('INVALID_OPTIONS', message);
}
