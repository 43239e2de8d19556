import type { JourneyEvent } from '@dinie-embed/api';
import {
  type EmbedSessionToken,
  type EmbedSettings,
  embedMessage,
  type FrameMessage,
  type HostMessage,
  isEmbedMessage,
} from '@dinie-embed/embed';

/** The frame's side of the embed protocol (see `@dinie-embed/embed`'s `protocol.ts`). */
export interface HostConnection {
  /** The host's settings, or `null` until the handshake. */
  settings(): EmbedSettings | null;
  /** Calls `listener` after the handshake and after every `update`; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Asks the host's `fetchSessionToken` for a session token. */
  requestToken(): Promise<EmbedSessionToken>;
  /** Forwards a journey event to the host's `onEvent`. */
  emit(event: JourneyEvent): void;
  /** Tells the host the height the content needs; repeated heights are not sent again. */
  resize(height: number): void;
  /** Reports a failure to the host's `onError`. */
  fail(message: string): void;
  /** Stops listening and closes the channel. */
  close(): void;
}

/**
 * Waits for the host's `init`, accepted only from the parent window (whose origin the browser
 * vouches for, and which the proxy's `frame-ancestors` already limits), then talks to the host
 * over the `MessagePort` that came with it and nothing else. A new `init` from the parent (the
 * host re-handshaking) replaces the channel; token requests still open on the old one fail.
 */
export function connectToHost(win: Window): HostConnection {
  let port: MessagePort | null = null;
  let current: EmbedSettings | null = null;
  let height = -1;
  let nextId = 1;
  const listeners = new Set<() => void>();
  const waiting = new Map<number, { resolve(token: EmbedSessionToken): void; reject(error: Error): void }>();

  const notify = () => {
    for (const listener of listeners) listener();
  };
  const send = (message: FrameMessage) => port?.postMessage(message);
  const abandon = (reason: string) => {
    for (const { reject } of waiting.values()) reject(new Error(reason));
    waiting.clear();
  };

  const onPortMessage = ({ data }: MessageEvent) => {
    if (!isEmbedMessage(data)) return;
    const message = data as HostMessage;
    if (message.type === 'update' && current !== null) {
      current = { ...current, ...definedOf(message.settings) };
      notify();
    } else if (message.type === 'token') {
      const request = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.token !== undefined) request?.resolve(message.token);
      else request?.reject(new Error(message.error ?? 'The host gave no session token.'));
    }
  };

  const onWindowMessage = (event: MessageEvent) => {
    if (event.source !== win.parent || win.parent === win) return;
    if (!isEmbedMessage(event.data) || event.data.type !== 'init') return;
    const next = event.ports[0];
    if (next === undefined) return;
    port?.close();
    abandon('The host started the embed again.');
    port = next;
    port.onmessage = onPortMessage;
    current = { ...event.data.settings };
    send(embedMessage({ type: 'ready' }));
    if (height >= 0) send(embedMessage({ type: 'resize', height }));
    notify();
  };
  win.addEventListener('message', onWindowMessage);

  return {
    settings: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    requestToken() {
      if (port === null) return Promise.reject(new Error('The host has not started the embed.'));
      const id = nextId++;
      return new Promise<EmbedSessionToken>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        send(embedMessage({ type: 'token_request', id }));
      });
    },
    emit: (event) => send(embedMessage({ type: 'event', event })),
    resize(next) {
      if (next === height) return;
      height = next;
      send(embedMessage({ type: 'resize', height }));
    },
    fail: (message) => send(embedMessage({ type: 'error', message })),
    close() {
      win.removeEventListener('message', onWindowMessage);
      abandon('The embed was closed.');
      port?.close();
      port = null;
      listeners.clear();
    },
  };
}

/** An `update` names only what changes; `undefined` fields keep the current value. */
function definedOf<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
