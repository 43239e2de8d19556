import { isJourneyEvent } from '@dinie-embed/api';
import { EmbedError } from './EmbedError.ts';
import {
  type EmbedDisplaySettings,
  type EmbedSettings,
  embedMessage,
  type FrameMessage,
  type HostMessage,
  isEmbedMessage,
} from './protocol.ts';
import {
  checkDisplay,
  checkOptions,
  type EmbedInstance,
  type EmbedOptions,
  FRAME_ALLOW,
  FRAME_SANDBOX,
  tokenOf,
} from './pure.ts';

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Puts the Dinie credit journey into `element`, in an iframe of `frameUrl`. The session token
 * reaches the frame only by `postMessage` (never in a URL), fetched through `fetchSessionToken` at
 * mount and again whenever the frame needs a new one. The iframe follows its content's height.
 *
 * Importing this module does nothing; calling `mount` where there is no DOM throws
 * `NOT_IN_BROWSER`. Bad options throw `INVALID_OPTIONS`; later failures go to `onError`.
 *
 * @example
 * const embed = DinieEmbed.mount(document.getElementById('credit'), {
 *   frameUrl: 'https://app.partner.com.br/dinie/embed/',
 *   fetchSessionToken: () => fetch('/dinie/session', { method: 'POST' }).then((r) => r.json()),
 *   locale: 'pt-BR',
 *   onEvent: (event) => console.log(event.type),
 * });
 * // later: embed.update({ colorScheme: 'dark' }); embed.destroy();
 */
export function mount(element: Element, options: EmbedOptions): EmbedInstance {
  if (typeof document === 'undefined') {
    throw new EmbedError('NOT_IN_BROWSER', 'mount needs a browser; call it from client-side code only');
  }
  if (!(element instanceof Element))
    throw new EmbedError('INVALID_OPTIONS', 'mount needs an element to fill');
  const { href: src, origin } = checkOptions(options, document.baseURI);
  const { fetchSessionToken, onEvent, onReady, onError, loanId, baseUrl } = options;
  const settings: EmbedSettings = {
    appearance: options.appearance,
    colorScheme: options.colorScheme,
    locale: options.locale,
    loanId,
    baseUrl,
  };

  let port: MessagePort | null = null;
  let destroyed = false;
  let ready = false;
  const fail = (error: EmbedError) => {
    if (!destroyed) onError?.(error);
  };
  const send = (message: HostMessage) => port?.postMessage(message);
  const fetchToken = () =>
    Promise.resolve()
      .then(fetchSessionToken)
      .then(tokenOf, (cause) => {
        throw new EmbedError('SESSION_TOKEN_FAILED', 'fetchSessionToken failed', { cause });
      });
  // Asked at once, like Stripe's fetchClientSecret, so the frame's first request does not wait.
  let prefetched: ReturnType<typeof fetchToken> | null = fetchToken();
  prefetched.catch(() => undefined);

  const iframe = document.createElement('iframe');
  iframe.title = options.title ?? (options.locale === 'en' ? 'Dinie credit' : 'Crédito Dinie');
  iframe.setAttribute('sandbox', FRAME_SANDBOX);
  iframe.setAttribute('allow', FRAME_ALLOW);
  iframe.referrerPolicy = 'no-referrer';
  // CSSOM, not a style attribute, so a page with `style-src 'self'` allows it.
  const style = iframe.style;
  style.display = 'block';
  style.width = '100%';
  style.height = '0';
  style.border = '0';

  const onMessage = ({ data }: MessageEvent) => {
    if (!isEmbedMessage(data)) return;
    const message = data as FrameMessage;
    switch (message.type) {
      case 'ready':
        if (!ready) {
          ready = true;
          clearTimeout(timer);
          onReady?.();
        }
        break;
      case 'resize':
        if (message.height >= 0 && message.height < 1e6) style.height = `${Math.ceil(message.height)}px`;
        break;
      case 'event':
        if (isJourneyEvent(message.event)) onEvent?.(message.event);
        break;
      case 'token_request': {
        const answer = prefetched ?? fetchToken();
        prefetched = null;
        const id = message.id;
        answer.then(
          (token) => send(embedMessage({ type: 'token', id, token })),
          (error: EmbedError) => {
            send(embedMessage({ type: 'token', id, error: error.message }));
            fail(error);
          },
        );
        break;
      }
      case 'error':
        fail(new EmbedError('FRAME_ERROR', message.message));
    }
  };

  // Every load is a new document in the frame (the first one, or a reload): it gets a new channel.
  const onLoad = () => {
    port?.close();
    const channel = new MessageChannel();
    port = channel.port1;
    port.onmessage = onMessage;
    iframe.contentWindow?.postMessage(embedMessage({ type: 'init', settings }), origin, [channel.port2]);
  };
  iframe.addEventListener('load', onLoad);
  const timer = setTimeout(
    () => fail(new EmbedError('FRAME_TIMEOUT', `the frame at ${src} did not answer`)),
    options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  );
  iframe.src = src;
  element.append(iframe);

  return {
    update(next) {
      if (destroyed) throw new EmbedError('DESTROYED', 'update was called after destroy');
      checkDisplay(next);
      for (const key of ['appearance', 'colorScheme', 'locale'] as const) {
        if (next[key] !== undefined) (settings as Record<string, unknown>)[key] = next[key];
      }
      send(embedMessage({ type: 'update', settings: next as EmbedDisplaySettings }));
    },
    destroy() {
      destroyed = true;
      clearTimeout(timer);
      iframe.removeEventListener('load', onLoad);
      port?.close();
      port = null;
      iframe.remove();
    },
  };
}
