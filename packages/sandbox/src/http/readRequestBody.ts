import type { MiddlewareHandler } from 'hono';
import type { SandboxCore } from '../SandboxCore.ts';
import { readBody } from './readBody.ts';
import type { SandboxEnv } from './SandboxEnv.ts';

/** Room for the multipart envelope and the `type` field around an upload of the largest size. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/**
 * Reads the body of every request once, under the size limit of its route (the KYC upload limit
 * on `/documents`, the JSON limit elsewhere), so idempotency and handlers share the same bytes.
 */
export function readRequestBody(core: SandboxCore): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const upload = c.req.path.endsWith('/documents');
    const limit = upload ? core.options.maxUploadBytes + MULTIPART_OVERHEAD_BYTES : core.options.maxJsonBytes;
    c.set(
      'rawBody',
      c.req.method === 'GET' || c.req.method === 'HEAD'
        ? new Uint8Array(0)
        : await readBody(c.req.raw, limit),
    );
    await next();
  };
}
