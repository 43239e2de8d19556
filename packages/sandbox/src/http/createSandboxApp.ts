import { type Context, Hono } from 'hono';
import { DIALECT_BASE_PATHS } from '../contract.ts';
import { biometricsPages } from '../pages/biometricsPages.ts';
import { signingPages } from '../pages/signingPages.ts';
import { authRoutes } from '../routes/authRoutes.ts';
import { creditOfferRoutes } from '../routes/creditOfferRoutes.ts';
import { customerRoutes } from '../routes/customerRoutes.ts';
import { kycRoutes } from '../routes/kycRoutes.ts';
import { loanRoutes } from '../routes/loanRoutes.ts';
import { sdkRoutes } from '../routes/sdkRoutes.ts';
import { simulationRoutes } from '../routes/simulationRoutes.ts';
import { testHelperRoutes } from '../routes/testHelperRoutes.ts';
import { webhookEndpointRoutes } from '../routes/webhookEndpointRoutes.ts';
import type { SandboxCore } from '../SandboxCore.ts';
import { API_VERSION } from '../webhooks/createEventDispatcher.ts';
import { ApiError } from './ApiError.ts';
import { authenticate } from './authenticate.ts';
import { dialectResponses } from './dialectResponses.ts';
import { idempotency } from './idempotency.ts';
import { problemResponse } from './problemResponse.ts';
import { createRateLimiter } from './rateLimiter.ts';
import { readRequestBody } from './readRequestBody.ts';
import type { SandboxEnv } from './SandboxEnv.ts';

/** API prefixes: the reference's `/v3`, and the SDKs' `/api/v3` (answered in their dialect). */
export const API_PREFIXES = [DIALECT_BASE_PATHS.docs, DIALECT_BASE_PATHS.sdk] as const;

/**
 * The sandbox's Hono app: the API under each prefix (authentication, rate limit, body limits and
 * idempotency in that order, then the operations), the capture and signing pages, and one error
 * path that turns every refusal into problem+json and anything unexpected into a logged 500.
 */
export function createSandboxApp(core: SandboxCore): Hono<SandboxEnv> {
  const onError = (error: Error, c: Context<SandboxEnv>) => {
    if (error instanceof ApiError) return problemResponse(error, c.env.requestId, c.req.path);
    core.options.onError(error);
    return problemResponse(
      new ApiError(500, 'internal_error', 'Something went wrong in the sandbox; the request can be retried.'),
      c.env.requestId,
      c.req.path,
    );
  };
  const routeNotFound = (c: Context<SandboxEnv>) =>
    problemResponse(
      new ApiError(404, 'route_not_found', `There is no operation at ${c.req.path}.`),
      c.env.requestId,
      c.req.path,
    );

  const limiter = createRateLimiter(core.options.rateLimit, core.options.now);
  const api = new Hono<SandboxEnv>();
  api.use('*', dialectResponses());
  api.use('*', authenticate(core, limiter));
  api.use('*', readRequestBody(core));
  api.use('*', idempotency(core));
  authRoutes(api, core, limiter);
  customerRoutes(api, core);
  kycRoutes(api, core);
  creditOfferRoutes(api, core);
  simulationRoutes(api, core);
  loanRoutes(api, core);
  webhookEndpointRoutes(api, core);
  sdkRoutes(api, core);
  if (core.options.testHelpers) testHelperRoutes(api, core);
  api.onError(onError);

  const app = new Hono<SandboxEnv>();
  for (const prefix of API_PREFIXES) app.route(prefix, api);
  biometricsPages(app, core);
  signingPages(app, core);
  app.get('/', (c) =>
    c.json({
      name: 'Dinie Sandbox',
      api_version: API_VERSION,
      base_url: `${c.env.origin}${DIALECT_BASE_PATHS.docs}`,
      token_url: `${c.env.origin}${DIALECT_BASE_PATHS.docs}/auth/token`,
      sdk_base_url: `${c.env.origin}${DIALECT_BASE_PATHS.sdk}`,
    }),
  );
  app.notFound(routeNotFound);
  app.onError(onError);
  return app;
}
