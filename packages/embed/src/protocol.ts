import type { JourneyEvent } from '@dinie-embed/api';

/**
 * The messages between the loader (on the partner's page) and the frame (`apps/embed-frame`).
 *
 * The handshake: on each `load` of the iframe the loader posts `init` to the frame's window,
 * addressed to the frame's exact origin (never `'*'`), with one end of a fresh `MessageChannel`.
 * The frame accepts `init` only from its parent window and answers over that port; every later
 * message in both directions goes over the port, which no other window holds. So neither side
 * listens to the page's `message` events after the handshake, and a message from any other
 * window or origin cannot reach them.
 */

/** Marks every message of this protocol. */
export const EMBED_PROTOCOL = 'dinie-embed';
/** The protocol's version; both sides ignore messages of another version. */
export const EMBED_PROTOCOL_VERSION = 1;

/**
 * The names of the design tokens, as `@dinie-embed/ui`'s `AppearanceVariables` has them
 * (`colorPrimary` is `--dinie-color-primary`); a type test keeps the two lists equal.
 */
export type EmbedAppearanceVariable =
  | 'colorPrimary'
  | 'colorOnPrimary'
  | 'colorBackground'
  | 'colorSurface'
  | 'colorText'
  | 'colorTextMuted'
  | 'colorBorder'
  | 'colorDanger'
  | 'colorSuccess'
  | 'colorWarning'
  | 'colorInfo'
  | 'colorFocus'
  | 'fontFamily'
  | 'fontSizeBase'
  | 'borderRadius'
  | 'spacingUnit';

/** Design tokens for the journey in the frame, as `<DinieTheme appearance>` takes them. Values are CSS values. */
export interface EmbedAppearance {
  /** Tokens for both colour schemes. */
  variables?: Partial<Record<EmbedAppearanceVariable, string>>;
  /** Tokens laid over `variables` when the dark scheme is in effect. */
  darkVariables?: Partial<Record<EmbedAppearanceVariable, string>>;
}

/**
 * What `fetchSessionToken` resolves to: the bare token, or the proxy's `POST {mount}/session`
 * answer, whose `expires_at` lets the frame renew the token before the server refuses it.
 */
export type EmbedSessionToken =
  | string
  | { readonly token: string; readonly expires_at: string; readonly events?: boolean | undefined };

/** The look and language of the journey in the frame; `update` may change any of them. */
export interface EmbedDisplaySettings {
  /** Design tokens; see {@link EmbedAppearance}. */
  appearance?: EmbedAppearance | undefined;
  /** `light`, `dark`, or `auto` to follow the system (default). */
  colorScheme?: 'light' | 'dark' | 'auto' | undefined;
  /** Language of every text: `pt-BR` (default) or `en`. */
  locale?: 'pt-BR' | 'en' | undefined;
}

/** Everything the frame needs from the host at the handshake. */
export interface EmbedSettings extends EmbedDisplaySettings {
  /** The borrower's loan, when the host knows it (passed to `<CreditJourney loanId>`). */
  loanId?: string | undefined;
  /** Where the proxy is mounted; default: the folder above the frame's own URL. */
  baseUrl?: string | undefined;
}

/** Fields every message carries. */
export interface EmbedMessageBase<T extends string> {
  /** Always {@link EMBED_PROTOCOL}. */
  protocol: typeof EMBED_PROTOCOL;
  /** Always {@link EMBED_PROTOCOL_VERSION}. */
  version: typeof EMBED_PROTOCOL_VERSION;
  /** The message's name. */
  type: T;
}

/** Host → frame, through `window.postMessage` with a `MessagePort`: start (or restart) the journey. */
export interface EmbedInitMessage extends EmbedMessageBase<'init'> {
  settings: EmbedSettings;
}

/** Host → frame, over the port: new display settings, merged over the current ones. */
export interface EmbedUpdateMessage extends EmbedMessageBase<'update'> {
  settings: EmbedDisplaySettings;
}

/** Host → frame, over the port: the answer to a `token_request`, a token or why there is none. */
export interface EmbedTokenMessage extends EmbedMessageBase<'token'> {
  /** The `id` of the request answered. */
  id: number;
  /** The host's `fetchSessionToken` result; absent when it failed. */
  token?: EmbedSessionToken | undefined;
  /** Why there is no token. */
  error?: string | undefined;
}

/** Frame → host: the journey is running. */
export type EmbedReadyMessage = EmbedMessageBase<'ready'>;

/** Frame → host: the height the frame's content needs, in CSS pixels. */
export interface EmbedResizeMessage extends EmbedMessageBase<'resize'> {
  height: number;
}

/** Frame → host: a journey event, forwarded to the host's `onEvent`. */
export interface EmbedEventMessage extends EmbedMessageBase<'event'> {
  event: JourneyEvent;
}

/** Frame → host: the frame needs a session token (at start, before expiry, after a 401). */
export interface EmbedTokenRequestMessage extends EmbedMessageBase<'token_request'> {
  /** Echoed in the answer. */
  id: number;
}

/** Frame → host: something failed inside the frame. */
export interface EmbedFrameErrorMessage extends EmbedMessageBase<'error'> {
  message: string;
}

/** Every message the host sends. */
export type HostMessage = EmbedInitMessage | EmbedUpdateMessage | EmbedTokenMessage;

/** Every message the frame sends. */
export type FrameMessage =
  | EmbedReadyMessage
  | EmbedResizeMessage
  | EmbedEventMessage
  | EmbedTokenRequestMessage
  | EmbedFrameErrorMessage;

/** Distributes `Omit` over a union, so each member keeps its own fields. */
type Body<T> = T extends unknown ? Omit<T, 'protocol' | 'version'> : never;

/** Adds the protocol's marker and version to a message body. */
export function embedMessage<M extends HostMessage | FrameMessage>(body: Body<M>): M {
  return { protocol: EMBED_PROTOCOL, version: EMBED_PROTOCOL_VERSION, ...body } as M;
}

/**
 * Whether a value is a message of this protocol and version. The fields of each type are checked
 * where it is handled.
 */
export function isEmbedMessage(value: unknown): value is HostMessage | FrameMessage {
  const message = value as Partial<EmbedMessageBase<string>> | null;
  return (
    typeof message === 'object' &&
    message !== null &&
    message.protocol === EMBED_PROTOCOL &&
    message.version === EMBED_PROTOCOL_VERSION &&
    typeof message.type === 'string'
  );
}
