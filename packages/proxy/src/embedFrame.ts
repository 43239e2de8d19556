import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { checkOrigins } from './optionChecks.ts';
import { type DinieProxyOptionProblem, DinieProxyOptionsError } from './options.ts';

/** Options of {@link createDinieEmbedFrame}. */
export interface DinieEmbedFrameOptions {
  /** Exact origins of the partner pages that may show the frame (`frame-ancestors`); the frame's own origin always may. */
  allowedOrigins?: readonly string[] | undefined;
  /** Folder of the built frame (default: `dist/frame/` of the installed `@dinie-embed/embed`). */
  root?: string | undefined;
}

/** What Vite writes as the nonce of the frame's tags (`apps/embed-frame/vite.config.ts`). */
const NONCE_PLACEHOLDER = /DINIE_CSP_NONCE/g;

/**
 * Serves the page of the script-tag embed (`@dinie-embed/embed`'s `dist/frame/`), so that `frameUrl`
 * can be on the proxy's own origin and the frame calls the proxy without CORS, and the loader
 * beside it as `dinie-embed.js`. Mount it one level below the proxy: the frame takes the folder
 * above its URL as the proxy's.
 *
 * The page gets a strict Content-Security-Policy with a fresh nonce per response (scripts, styles
 * and connections only from its own origin; framed only by `allowedOrigins`), no powerful
 * features, and no referrer; its hashed assets are cached for a year.
 *
 * @example
 * app.use('/dinie', createDinieProxy({ ... }));
 * app.use('/dinie/embed', createDinieEmbedFrame({ allowedOrigins: ['https://app.partner.com.br'] }));
 * // on the partner's page: <script src="https://api.partner.com.br/dinie/embed/dinie-embed.js"></script>
 * // DinieEmbed.mount(el, { frameUrl: 'https://api.partner.com.br/dinie/embed/', ... })
 *
 * @throws DinieProxyOptionsError when an origin is malformed or the built frame is not found.
 */
export function createDinieEmbedFrame(options: DinieEmbedFrameOptions = {}): Router {
  const problems: DinieProxyOptionProblem[] = [];
  const origins = checkOrigins(options.allowedOrigins, (option, message) =>
    problems.push({ option, message }),
  );
  const root = options.root ?? installedFrame();
  const indexFile = root === null ? null : path.join(root, 'index.html');
  if (indexFile === null || !existsSync(indexFile)) {
    problems.push({
      option: 'root',
      message: `\`root\` must be the folder of the built embed frame (with index.html); ${
        indexFile ? `${indexFile} does not exist` : '@dinie-embed/embed is not installed'
      }. Install @dinie-embed/embed, or build it in this workspace (pnpm build).`,
    });
  }
  if (problems.length > 0 || root === null || indexFile === null) throw new DinieProxyOptionsError(problems);
  const html = readFileSync(indexFile, 'utf8');
  // The package keeps the loader beside the frame (`dist/dinie-embed.js`): serving both from one
  // place keeps their protocol versions together.
  const loaderFile = path.join(root, '..', 'dinie-embed.js');
  const loader = existsSync(loaderFile) ? readFileSync(loaderFile) : null;
  const ancestors = ["'self'", ...origins].join(' ');

  const router = express.Router();
  router.get(['/', '/index.html'], (req: Request, res: Response) => {
    const [pathname = '', query] = req.originalUrl.split('?');
    if (req.path === '/' && !pathname.endsWith('/')) {
      // The page's asset URLs and its proxy URL are relative to its folder.
      res.redirect(308, `${pathname}/${query === undefined ? '' : `?${query}`}`);
      return;
    }
    const nonce = randomBytes(18).toString('base64url');
    res.set({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': [
        "default-src 'none'",
        `script-src 'self' 'nonce-${nonce}'`,
        `style-src 'self' 'nonce-${nonce}'`,
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'none'",
        "base-uri 'none'",
        "object-src 'none'",
        `frame-ancestors ${ancestors}`,
      ].join('; '),
      'Cache-Control': 'no-store',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
    });
    res.removeHeader('X-Powered-By');
    res.send(html.replace(NONCE_PLACEHOLDER, nonce));
  });
  if (loader !== null) {
    router.get('/dinie-embed.js', (_req: Request, res: Response) => {
      res.set({
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': 'public, max-age=300',
        // Partner pages on other origins load it as a classic script.
        'Cross-Origin-Resource-Policy': 'cross-origin',
        'X-Content-Type-Options': 'nosniff',
      });
      res.send(loader);
    });
  }
  router.use(
    '/assets',
    (_req: Request, res: Response, next: NextFunction) => {
      res.set({ 'Cross-Origin-Resource-Policy': 'same-origin', 'X-Content-Type-Options': 'nosniff' });
      next();
    },
    express.static(path.join(root, 'assets'), { index: false, immutable: true, maxAge: '365d' }),
  );
  return router;
}

/** `dist/frame/` of the installed `@dinie-embed/embed`, or null when it is not installed. */
function installedFrame(): string | null {
  try {
    const manifest = createRequire(import.meta.url).resolve('@dinie-embed/embed/package.json');
    return path.join(path.dirname(manifest), 'dist', 'frame');
  } catch {
    return null;
  }
}
