import type { TransportRequest, TransportResponse } from './TransportRequest.ts';
import type { Transport } from './transport.ts';

/**
 * Which description of Dinie 2026-03-01 the server speaks: the API reference (`docs`), the
 * official SDKs (`sdk`: `/api/v3`, money as numbers, Unix seconds, other names), or `auto`.
 */
export type DinieDialect = 'docs' | 'sdk' | 'auto';

/** `sdk` for a base ending in `/api/v3`, `docs` for one ending in `/v3`, else unknown (a proxy mount). */
function dialectOfBase(baseUrl: string): 'docs' | 'sdk' | undefined {
  const path = baseUrl.split(/[?#]/)[0]?.replace(/\/+$/, '') ?? '';
  if (/\/api\/v3$/.test(path)) return 'sdk';
  return /\/v3$/.test(path) ? 'docs' : undefined;
}

/** The dialect a body is written in, by the type of its (or its first item's) `created_at`. */
function dialectOfData(data: unknown): 'docs' | 'sdk' | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const record = data as { data?: unknown; created_at?: unknown; expires_at?: unknown };
  const first = (Array.isArray(record.data) ? record.data[0] : record) as typeof record | undefined;
  const stamp = first?.created_at ?? first?.expires_at;
  return typeof stamp === 'number' ? 'sdk' : typeof stamp === 'string' ? 'docs' : undefined;
}

/**
 * Puts the dialect between the resources and the transport. The resources always speak the
 * documented model; against an SDK-dialect server each call is rewritten on the way out and its
 * answer on the way back by `@dinie-embed/api/dialect`, loaded the first time it is needed, so a
 * client of a documented server never ships it. `auto` reads the dialect from the base URL, and
 * behind a proxy mount from the first answer that carries a timestamp (until then, calls go out
 * in the documented spelling).
 */
export function withDialect(transport: Transport, dialect: DinieDialect, baseUrl: string): Transport {
  let server = dialect === 'auto' ? dialectOfBase(baseUrl) : dialect;
  if (server === 'docs') return transport;
  return async <T>(request: TransportRequest): Promise<TransportResponse<T>> => {
    if (server === 'sdk') {
      const { sdkExchange } = await import('./sdkExchange.ts');
      return sdkExchange<T>(transport, request);
    }
    const response = await transport<T>(request);
    server = dialectOfData(response.data) ?? server;
    if (server !== 'sdk') return response;
    const { readSdkResponse } = await import('./sdkExchange.ts');
    return readSdkResponse<T>(request, response);
  };
}
