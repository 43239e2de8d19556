import type { MiddlewareHandler } from 'hono';
import { responseShapeOf, responseToSdk } from '../contract.ts';
import type { SandboxEnv } from './SandboxEnv.ts';

type Shape = NonNullable<ReturnType<typeof responseShapeOf>>;

/** The sandbox's own helpers answer resources too; their shapes, by path. */
function helperShapeOf(method: string, path: string): Shape | null {
  if (method !== 'POST') return null;
  if (/^\/test_helpers\/customers\/[^/]+\//.test(path)) return { kind: 'customer', page: false };
  if (/^\/test_helpers\/credit-offers\/[^/]+\/expire$/.test(path))
    return { kind: 'creditOffer', page: false };
  if (/^\/test_helpers\/loans\/[^/]+\/[a-z]+$/.test(path)) return { kind: 'loan', page: false };
  return null;
}

/**
 * Answers SDK-dialect requests in the SDK dialect. Operations render the documented model; this
 * rewrites a JSON success with the shared mapping of `@dinie-embed/api/dialect`, after the
 * idempotency layer, so a stored response is replayed in the dialect of whoever repeats it.
 * Problems are the same in both dialects and pass untouched.
 */
export function dialectResponses(): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    await next();
    const { res } = c;
    if (c.env.dialect !== 'sdk' || res.status < 200 || res.status >= 300) return;
    if (!(res.headers.get('content-type') ?? '').startsWith('application/json')) return;
    const path = c.req.path.slice(c.env.prefix.length);
    const shape = responseShapeOf(c.req.method, path) ?? helperShapeOf(c.req.method, path);
    if (shape === null) return;
    const body = responseToSdk(shape, await res.json());
    const headers = new Headers(res.headers);
    headers.delete('content-length');
    c.res = undefined;
    c.res = new Response(JSON.stringify(body), { status: res.status, headers });
  };
}
