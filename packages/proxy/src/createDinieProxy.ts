import { createHash } from 'node:crypto';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { ProxyContext } from './context.ts';
import { errorHandler } from './errorHandler.ts';
import { eventBorrower } from './eventBorrower.ts';
import { eventStream } from './events.ts';
import { jsonBody } from './jsonBody.ts';
import { consoleLogger, type DinieProxyLogger, Redactor } from './logger.ts';
import { type DinieProxyOptions, resolveOptions } from './options.ts';
import { Ownership } from './ownership.ts';
import { notFound } from './problem.ts';
import { rateLimit } from './rateLimit.ts';
import { creditOfferRoutes } from './routes/creditOffers.ts';
import { customerRoutes } from './routes/customers.ts';
import { loanRoutes } from './routes/loans.ts';
import { sessionRoutes } from './routes/session.ts';
import { cors, securityHeaders } from './security.ts';
import { requireSession, sessionOf } from './sessionAuth.ts';
import { createSessionSigner } from './sessions.ts';
import { createMemoryDedupeStore } from './stores/dedupeStore.ts';
import { createMemoryEventStore } from './stores/eventStore.ts';
import { createMemoryRateLimitStore } from './stores/rateLimitStore.ts';
import { createUpstream } from './upstream.ts';
import { createUpstreamToken } from './upstreamToken.ts';
import { createWebhookVerifier, webhookHandler } from './webhooks.ts';

/**
 * First path segments the proxy answers for. Anything else passes on to the partner's app, so the
 * proxy can share a mount point; within these, whatever is not allowlisted is a 404.
 */
const OWN_SEGMENTS = new Set([
  'session',
  'events',
  'webhooks',
  'customers',
  'credit-offers',
  'loans',
  'auth',
  'banks',
  'biometrics',
  'simulations',
  'test_helpers',
]);
/** Longer than Dinie's whole retry schedule, so a late redelivery is still recognised. */
const DEDUPE_TTL_MS = 72 * 60 * 60 * 1000;
/** A delivery being handled holds its id this long before it is confirmed. */
const CLAIM_TTL_MS = 60_000;
const MINUTE_MS = 60_000;

/**
 * Creates the Express router that stands between a borrower's browser and Dinie: it keeps the
 * partner's credentials, mints short-lived sessions for one borrower each, forwards only the
 * borrower's own operations, receives Dinie's webhooks and streams them to that borrower.
 *
 * @example
 * app.use('/dinie', createDinieProxy({
 *   baseUrl: 'https://api.dinie.com.br/v3',
 *   clientId: process.env.DINIE_CLIENT_ID,
 *   clientSecret: process.env.DINIE_CLIENT_SECRET,
 *   sessionSecret: process.env.DINIE_SESSION_SECRET,
 *   authorize: async (req) => (req.user ? { externalId: req.user.id } : null),
 * }));
 *
 * @throws DinieProxyOptionsError when an option is missing or wrong, saying how to fix it.
 */
export function createDinieProxy(options: DinieProxyOptions): Router {
  const resolved = resolveOptions(options);
  const redactor = new Redactor([resolved.clientSecret, resolved.sessionSecret, ...resolved.webhookSecrets]);
  const log = redactor.wrap(resolved.logger ?? consoleLogger);
  const token = createUpstreamToken({ ...resolved, timeoutMs: resolved.upstreamTimeoutMs, log, redactor });
  const upstream = createUpstream({ ...resolved, timeoutMs: resolved.upstreamTimeoutMs, token, log });
  const ownership = new Ownership(upstream, log);
  const signer = createSessionSigner(resolved.sessionSecret, resolved.sessionTtlSeconds);
  const events = resolved.stores.events ?? createMemoryEventStore();
  const rateLimitStore = resolved.stores.rateLimit ?? createMemoryRateLimitStore();
  const { limits } = resolved;

  const ctx: ProxyContext = {
    options: resolved,
    upstream,
    ownership,
    signer,
    log,
    authenticated: [
      requireSession(signer),
      rateLimit({
        store: rateLimitStore,
        limit: limits.requestsPerMinutePerSession,
        windowMs: MINUTE_MS,
        // Keyed by borrower, so opening more sessions buys no more requests; hashed, so shared
        // stores never hold the partner's ids.
        key: (_req, res) =>
          `session:${createHash('sha256').update(sessionOf(res).externalId).digest('base64url')}`,
        scope: 'this session',
        log,
      }),
    ],
    json: jsonBody(limits.jsonBytes),
  };

  const router = express.Router();
  router.use((req: Request, _res: Response, next: NextFunction) => {
    next(OWN_SEGMENTS.has(req.path.split('/')[1] ?? '') ? undefined : 'router');
  });
  router.use(accessLog(log));
  router.use(securityHeaders());
  router.use(cors(resolved.allowedOrigins, ['/webhooks']));
  router.use(
    rateLimit({
      store: rateLimitStore,
      limit: limits.requestsPerMinutePerIp,
      windowMs: MINUTE_MS,
      // Dinie's deliveries are signed and deduplicated; throttling them would only delay events.
      key: (req) => (req.path === '/webhooks' || !req.ip ? null : `ip:${req.ip}`),
      scope: 'this IP address',
      log,
    }),
  );

  sessionRoutes(router, ctx);
  customerRoutes(router, ctx);
  creditOfferRoutes(router, ctx);
  loanRoutes(router, ctx);
  // Without webhooks no event ever arrives; an open but silent stream would keep the front end
  // from polling, so `/events` is left unmounted and its 404 tells the client to poll instead.
  if (resolved.webhookSecrets.length > 0) {
    router.get(
      '/events',
      ...ctx.authenticated,
      eventStream({
        events,
        heartbeatMs: resolved.sseHeartbeatMs,
        maxStreamsPerBorrower: limits.eventStreamsPerBorrower,
        log,
      }),
    );
    router.post(
      '/webhooks',
      express.raw({ type: () => true, limit: limits.jsonBytes }),
      webhookHandler({
        verify: createWebhookVerifier(resolved.webhookSecrets),
        dedupe: resolved.stores.dedupe ?? createMemoryDedupeStore(),
        dedupeTtlMs: DEDUPE_TTL_MS,
        claimTtlMs: CLAIM_TTL_MS,
        events,
        borrowerOf: (event) => eventBorrower(event, ownership),
        onEvent: resolved.onEvent,
        log,
      }),
    );
  } else {
    log({ level: 'info', msg: 'no webhookSecret: POST /webhooks and GET /events are off (404)' });
  }

  router.use(() => {
    throw notFound();
  });
  router.use(errorHandler(log));
  return router;
}

/** One info line per request: method, path without query, status, duration. */
function accessLog(log: DinieProxyLogger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = performance.now();
    const path = req.baseUrl + req.path;
    res.on('finish', () => {
      log({
        level: 'info',
        msg: 'request',
        method: req.method,
        path,
        status: res.statusCode,
        duration_ms: Math.round(performance.now() - started),
      });
    });
    next();
  };
}
