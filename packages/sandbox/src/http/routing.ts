import type { Context, Hono } from 'hono';
import { ApiError } from './ApiError.ts';
import { type JsonObject, parseJsonBody } from './parseJsonBody.ts';
import type { SandboxEnv } from './SandboxEnv.ts';

/** A route handler of the sandbox app. */
export type SandboxHandler = (c: Context<SandboxEnv>) => Response | Promise<Response>;

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/**
 * Registers the handlers of one path, and a 405 with `Allow` for every other method, so a wrong
 * method is told apart from a wrong path.
 */
export function resource(
  app: Hono<SandboxEnv>,
  path: string,
  handlers: Partial<Record<Method, SandboxHandler>>,
): void {
  const methods = Object.keys(handlers) as Method[];
  for (const method of methods) {
    const handler = handlers[method];
    if (handler !== undefined) app.on(method, path, handler);
  }
  const allow = methods.join(', ');
  app.all(path, (c) => {
    throw new ApiError(405, 'method_not_allowed', `${c.req.method} is not allowed here; use ${allow}.`, {
      headers: { allow },
    });
  });
}

/** The JSON object body of the request; see `parseJsonBody`. */
export function jsonBody(c: Context<SandboxEnv>, optional = false): JsonObject {
  return parseJsonBody(c.get('rawBody'), c.req.header('content-type') ?? null, optional);
}

/**
 * A `201 Created` with `Location` under the prefix the request came through. Only for resources
 * the reference can address afterwards (a GET, or for credentials the DELETE it documents).
 */
export function created(c: Context<SandboxEnv>, body: unknown, path: string): Response {
  return c.json(body as object, 201, { location: `${c.env.prefix}${path}` });
}

/** A path parameter that the router guarantees to exist. */
export function param(c: Context<SandboxEnv>, name: string): string {
  return c.req.param(name) ?? '';
}

/** The query string of the request. */
export function query(c: Context<SandboxEnv>): URLSearchParams {
  return new URL(c.req.url).searchParams;
}
