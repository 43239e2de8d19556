import { isSdkEventType, type SdkWebhookEvent, webhookEventFromSdk } from '@dinie-embed/api/dialect';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { borrowerHash } from './borrowerId.ts';
import type { ProxyContext } from './context.ts';
import { fetchTransport, undiciTransport } from './dinieCall.ts';
import { errorHandler } from './errorHandler.ts';
import { eventBorrower } from './eventBorrower.ts';
import { eventStream, eventStreamHead } from './events.ts';
import { jsonBody } from './jsonBody.ts';
import { consoleLogger, type DinieProxyLogger, Redactor } from './logger.ts';
import { type DinieProxyOptions, type ResolvedOptions, resolveOptions } from './options.ts';
import { Ownership } from './ownership.ts';
import { notFound, ProblemError } from './problem.ts';
import { rateLimit } from './rateLimit.ts';
import { rawBody } from './readBody.ts';
import { creditOfferRoutes } from './routes/creditOffers.ts';
import { customerRoutes } from './routes/customers.ts';
import { loanRoutes } from './routes/loans.ts';
import { sessionRoutes } from './routes/session.ts';
import { cors, securityHeaders } from './security.ts';
import { requireSession, sessionOf } from './sessionAuth.ts';
import { createSessionSigner } from './sessions.ts';
import { createMemoryDedupeStore } from './stores/dedupeStore.ts';
import { createMemoryEventStore, type EventStore } from './stores/eventStore.ts';
import { createMemoryRateLimitStore } from './stores/rateLimitStore.ts';
import { createUpstream } from './upstream.ts';
import { createUpstreamBudget } from './upstreamBudget.ts';
import { createUpstreamToken } from './upstreamToken.ts';
import type { DinieWebhookEvent } from './webhookEvent.ts';
import { WebhookSilence } from './webhookSilence.ts';
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

/** The proxy: an Express router to mount, with its webhook receiver also on its own. */
export interface DinieProxy extends Router {
  /**
   * The webhook receiver alone, for a path of its own outside your authentication, e.g.
   * `app.post('/webhooks/dinie', dinie.webhooks)`. The router serves it at `{mount}/webhooks` too.
   */
  readonly webhooks: Router;
  /**
   * Closes the keep-alive connections to Dinie, e.g. on shutdown after the server stopped
   * taking requests; calls to Dinie after it fail. Nothing to close with a `fetch` option.
   */
  close(): Promise<void>;
}

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
export function createDinieProxy(options: DinieProxyOptions): DinieProxy {
  const resolved = resolveOptions(options);
  const redactor = new Redactor([resolved.clientSecret, resolved.sessionSecret, ...resolved.webhookSecrets]);
  const log = redactor.wrap(resolved.logger ?? consoleLogger);
  // The partner's own fetch when it gave one, else a keep-alive pool: every call goes through it.
  const transport = resolved.fetch
    ? fetchTransport(resolved.baseUrl, resolved.fetch)
    : undiciTransport(resolved.baseUrl);
  const token = createUpstreamToken({
    ...resolved,
    transport,
    timeoutMs: resolved.upstreamTimeoutMs,
    log,
    redactor,
  });
  const { limits } = resolved;
  const rateLimitStore = resolved.stores.rateLimit ?? createMemoryRateLimitStore();
  const budget = createUpstreamBudget({
    store: rateLimitStore,
    perMinute: limits.upstreamRequestsPerMinute,
    perBorrowerPerMinute: limits.upstreamRequestsPerMinutePerBorrower,
    log,
  });
  const upstream = createUpstream({
    ...resolved,
    transport,
    timeoutMs: resolved.upstreamTimeoutMs,
    token,
    budget,
    log,
  });
  const ownership = new Ownership(upstream, log);
  const signer = createSessionSigner(resolved.sessionSecret, resolved.sessionTtlSeconds);
  const events = resolved.stores.events ?? createMemoryEventStore();

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
        key: (_req, res) => `session:${borrowerHash(sessionOf(res).externalId)}`,
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
  const silence = new WebhookSilence(log);
  const webhooks = webhookReceiver(resolved, {
    events,
    ownership,
    silence,
    log,
  });
  // Dinie's deliveries go straight to the receiver, which logs and answers them itself: no
  // CORS (no browser sends them) and no IP limit (they are signed and deduplicated).
  router.post('/webhooks', webhooks);
  router.use(accessLog(log));
  router.use(securityHeaders());
  router.use(cors(resolved.allowedOrigins));
  router.use(
    rateLimit({
      store: rateLimitStore,
      limit: limits.requestsPerMinutePerIp,
      windowMs: MINUTE_MS,
      key: (req) => (req.ip ? `ip:${req.ip}` : null),
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
    router.head('/events', ...ctx.authenticated, eventStreamHead);
    router.get(
      '/events',
      ...ctx.authenticated,
      eventStream({
        events,
        heartbeatMs: resolved.sseHeartbeatMs,
        maxStreamsPerBorrower: limits.eventStreamsPerBorrower,
        silence,
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
  return Object.assign(router, { webhooks, close: () => transport.close() });
}

/**
 * The webhook receiver as a router of its own, so that it can also be mounted on a path of its
 * own, outside the partner's authentication: verify, dedupe, store, `onEvent`. Without a
 * `webhookSecret` it answers 404.
 */
function webhookReceiver(
  resolved: ResolvedOptions,
  shared: { events: EventStore; ownership: Ownership; silence: WebhookSilence; log: DinieProxyLogger },
): Router {
  const { log, silence } = shared;
  const receiver = express.Router();
  if (resolved.webhookSecrets.length === 0) {
    receiver.use(() => {
      throw notFound();
    });
  } else {
    receiver.use(accessLog(log), securityHeaders(), (req: Request, _res: Response, next: NextFunction) => {
      silence.heard();
      if (req.method === 'POST') {
        next();
        return;
      }
      throw new ProblemError(405, 'method_not_allowed', 'Dinie delivers webhooks with POST.', {
        headers: { Allow: 'POST' },
      });
    });
    receiver.use(
      rawBody(resolved.limits.jsonBytes),
      webhookHandler({
        verify: createWebhookVerifier(resolved.webhookSecrets),
        dedupe: resolved.stores.dedupe ?? createMemoryDedupeStore(),
        dedupeTtlMs: DEDUPE_TTL_MS,
        claimTtlMs: CLAIM_TTL_MS,
        events: shared.events,
        borrowerOf: (event) => eventBorrower(event, shared.ownership),
        normalize: documentedEvents,
        onEvent: resolved.onEvent,
        log,
      }),
    );
  }
  receiver.use(errorHandler(log));
  return receiver;
}

/**
 * The documented events a verified delivery stands for: itself, or, for a delivery in the SDK
 * dialect (an SDK event name with Unix-second times), what the shared mapping reads it as.
 */
function documentedEvents(event: DinieWebhookEvent): DinieWebhookEvent[] {
  if (!isSdkEventType(event.type) || typeof event.timestamp !== 'number') return [event];
  return webhookEventFromSdk(event as unknown as SdkWebhookEvent) as unknown as DinieWebhookEvent[];
}

/** One info line per request: method, path without query, status, duration. */
function accessLog(log: DinieProxyLogger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = performance.now();
    // The whole path without its query, wherever the router or the receiver is mounted.
    const path = req.originalUrl.split('?')[0];
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
