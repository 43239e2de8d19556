import type { TransportRequest, TransportResponse } from './TransportRequest.ts';
import type { Transport } from './transport.ts';

/**
 * Which description of Dinie 2026-03-01 the server speaks: the API reference (`docs`), the
 * official SDKs (`sdk`: `/api/v3`, money as numbers, Unix seconds, other names), or `auto`.
 */
export type DinieDialect = 'docs' | 'sdk' | 'auto';

/** Whether a base URL's path ends in `/api/v3`, the official SDKs' base. */
const SDK_BASE = /\/api\/v3\/*(?:[?#].*)?$/;

/**
 * Puts the dialect between the resources and the transport. The resources always speak the
 * documented model; against an SDK-dialect server each call is rewritten on the way out and its
 * answer on the way back by `@dinie-embed/api/dialect`, loaded the first time it is needed, so a
 * client of a documented server never ships it. `auto` is `sdk` for a base ending in `/api/v3`
 * and `docs` for any other, a proxy mount included: `@dinie-embed/proxy` answers browsers in the
 * documented model whichever dialect Dinie speaks behind it.
 */
export function withDialect(transport: Transport, dialect: DinieDialect, baseUrl: string): Transport {
  const server = dialect === 'auto' ? (SDK_BASE.test(baseUrl) ? 'sdk' : 'docs') : dialect;
  if (server === 'docs') return transport;
  return async <T>(request: TransportRequest): Promise<TransportResponse<T>> => {
    const { sdkExchange } = await import('./sdkExchange.ts');
    return sdkExchange<T>(transport, request);
  };
}
