import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDinieApiError } from '@dinie-embed/api';
import {
  createDinieEmbedFrame,
  createDinieProxy,
  type DinieProxyOptions,
  DinieProxyOptionsError,
} from '@dinie-embed/proxy';
import cookieParser from 'cookie-parser';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { type BorrowerDirectory, BorrowerNameError } from './borrowers.ts';
import { type DinieTarget, type PartnerApi, PartnerCallError } from './partnerApi.ts';
import { PanelConflict, sandboxPanel } from './sandboxPanel.ts';
import { borrowerOf, type DemoMe, SignInRequired, signInRoutes } from './signIn.ts';

/** Where the built front ends are; a missing folder is simply not served. */
export interface DemoStaticDirs {
  /** The demo's pages (`vite build` of `apps/demo`). */
  web: string;
  /** The built Storybook, served at `/storybook/`. */
  storybook?: string | undefined;
}

/** Options of {@link createDemoApp}. */
export interface DemoAppOptions {
  /** The Dinie (or local sandbox) the proxy talks to. */
  dinie: DinieTarget;
  /** `sandbox` mounts the test-helper panel; `dinie` does not. */
  mode: DemoMe['mode'];
  /** Signs the proxy's session tokens (32+ characters). */
  sessionSecret: string;
  /** Signs the sign-in cookie. */
  cookieSecret: string;
  /** The `whsec_…` of the webhook endpoint that points at `/dinie/webhooks`, when there is one. */
  webhookSecret?: string | undefined;
  /** The partner's shops. */
  borrowers: BorrowerDirectory;
  /** The server's own calls to Dinie (the panel's). */
  partner: PartnerApi;
  /** Built front ends to serve. */
  staticDirs: DemoStaticDirs;
  /** Origins the pages may frame besides their own (Dinie's capture and signing pages). */
  frameOrigins?: string[] | undefined;
  /** Options passed on to the proxy (tests and benchmarks: `fetch`, `limits`, `logger`). */
  proxy?: Partial<DinieProxyOptions> | undefined;
}

/**
 * The fictional partner's Express app: its sign-in, the Dinie proxy at `/dinie` (before any body
 * parser), the sandbox panel, and the built pages under a strict Content-Security-Policy.
 */
export function createDemoApp(options: DemoAppOptions): Express {
  const { borrowers, mode } = options;
  const app = express();
  app.disable('x-powered-by');
  app.use(cookieParser(options.cookieSecret));

  app.use(
    '/dinie',
    createDinieProxy({
      baseUrl: options.dinie.baseUrl,
      clientId: options.dinie.clientId,
      clientSecret: options.dinie.clientSecret,
      sessionSecret: options.sessionSecret,
      ...(options.webhookSecret ? { webhookSecret: options.webhookSecret } : {}),
      authorize: async (req) => {
        const borrower = borrowerOf(req, borrowers);
        return borrower ? { externalId: borrower.id } : null;
      },
      onEvent: (event, { externalId }) => {
        const data = event.data as { id?: unknown } | undefined;
        if (externalId && event.type?.startsWith('loan.') && typeof data?.id === 'string') {
          borrowers.recordLoan(externalId, data.id);
        }
      },
      ...options.proxy,
    }),
  );

  app.use('/dinie/embed', embedFrame());

  app.use('/demo', signInRoutes(borrowers, mode));
  if (mode === 'sandbox') app.use('/demo/sandbox', sandboxPanel(options.partner, borrowers));

  const policy = (styleNonce?: string) =>
    [
      "default-src 'self'",
      "script-src 'self'",
      styleNonce ? `style-src 'self' 'nonce-${styleNonce}'` : "style-src 'self'",
      "img-src 'self' data: blob:",
      "connect-src 'self'",
      `frame-src 'self' ${(options.frameOrigins ?? []).join(' ')}`.trim(),
      "base-uri 'none'",
      "form-action 'self'",
      "object-src 'none'",
      "frame-ancestors 'self'",
    ].join('; ');
  const csp = policy();
  const strict = (res: express.Response, styleNonce?: string) => {
    res.setHeader('Content-Security-Policy', styleNonce ? policy(styleNonce) : csp);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
  };
  const { storybook, web } = options.staticDirs;
  // Storybook's pages link their assets relatively: `/storybook` must become `/storybook/`.
  app.get('/storybook', (req, res, next) => {
    if (req.originalUrl.split('?')[0] === '/storybook') res.redirect(301, '/storybook/');
    else next();
  });
  if (storybook && existsSync(storybook)) app.use('/storybook', express.static(storybook));
  app.get('/storybook/', (_req, res) => {
    res.status(404).type('text/plain').send('Storybook is not built: run `pnpm demo` (it builds it).');
  });
  // The React page gets a fresh nonce per request, for the dialogs' scroll-lock <style>.
  const reactPage = path.join(web, 'react.html');
  app.get(['/react', '/react.html'], (_req, res, next) => {
    if (!existsSync(reactPage)) return next();
    const nonce = randomBytes(16).toString('base64');
    strict(res, nonce);
    res.type('html').send(readFileSync(reactPage, 'utf8').replace('DEMO_CSP_NONCE', nonce));
  });
  app.use(express.static(web, { extensions: ['html'], setHeaders: (res) => strict(res) }));

  app.use(demoErrors);
  return app;
}

/**
 * The script-tag embed's frame and loader at `/dinie/embed/` (same origin as the pages). When
 * `@dinie-embed/embed` is not built, a clear 503 says how to build it instead of failing the app.
 */
function embedFrame(): express.RequestHandler {
  try {
    return createDinieEmbedFrame();
  } catch (error) {
    if (!(error instanceof DinieProxyOptionsError)) throw error;
    return (_req, res) => {
      res
        .status(503)
        .type('text/plain')
        .send(`${error.message}\nBuild it with \`pnpm demo\` or \`pnpm build\`.`);
    };
  }
}

const demoErrors: ErrorRequestHandler = (error, _req, res, _next) => {
  if (error instanceof SignInRequired) {
    res.status(401).json({ error: 'sign_in_required', detail: error.message });
  } else if (error instanceof BorrowerNameError) {
    res.status(422).json({ error: 'invalid_name', detail: error.message });
  } else if (error instanceof PanelConflict) {
    res.status(409).json({ error: `no_${error.missing}`, detail: error.message });
  } else if (error instanceof PartnerCallError || isDinieApiError(error)) {
    const status = error.status ?? 502;
    res.status(status >= 500 ? 502 : status).json({ error: 'dinie_refused', detail: error.message });
  } else if ((error as { type?: unknown }).type === 'entity.parse.failed') {
    res.status(400).json({ error: 'invalid_json', detail: 'O corpo da requisição não é JSON válido.' });
  } else {
    console.error(error);
    res.status(500).json({ error: 'internal', detail: 'Algo deu errado no servidor da demo.' });
  }
};
