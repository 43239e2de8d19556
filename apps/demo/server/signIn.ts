import express, { type Request, Router } from 'express';
import { type Borrower, type BorrowerDirectory, BorrowerNameError } from './borrowers.ts';

/** The signed cookie that says which shop this browser signed in as. */
export const SIGN_IN_COOKIE = 'lojinha_user';

/** No shop is signed in on this browser (401). */
export class SignInRequired extends Error {
  override readonly name = 'SignInRequired';
  constructor() {
    super('Entre com uma loja primeiro.');
  }
}

/** The shop signed in on this request's browser, or null. Needs `cookie-parser` with a secret. */
export function borrowerOf(req: Request, borrowers: BorrowerDirectory): Borrower | null {
  const id: unknown = req.signedCookies?.[SIGN_IN_COOKIE];
  return typeof id === 'string' ? (borrowers.get(id) ?? null) : null;
}

/** Like {@link borrowerOf}, but throws {@link SignInRequired} when nobody is signed in. */
export function signedInBorrower(req: Request, borrowers: BorrowerDirectory): Borrower {
  const borrower = borrowerOf(req, borrowers);
  if (!borrower) throw new SignInRequired();
  return borrower;
}

/** What the pages learn about the partner app and the signed-in shop (`GET /demo/me`). */
export interface DemoMe {
  borrower: Borrower | null;
  /** `sandbox` with the local Dinie (the panel is on), `dinie` against a real Dinie. */
  mode: 'sandbox' | 'dinie';
}

/**
 * `/demo/…`: the partner's own tiny sign-in. A shop signs up with a name or picks an existing one;
 * the choice lives in a signed, HTTP-only cookie that the proxy's `authorize` reads.
 */
export function signInRoutes(borrowers: BorrowerDirectory, mode: DemoMe['mode']): Router {
  const router = Router();
  router.use(express.json({ limit: '4kb' }));
  const signIn = (res: express.Response, borrower: Borrower) =>
    res.cookie(SIGN_IN_COOKIE, borrower.id, { signed: true, httpOnly: true, sameSite: 'lax', path: '/' });

  router.get('/me', (req, res) => {
    const me: DemoMe = { borrower: borrowerOf(req, borrowers), mode };
    res.json(me);
  });
  router.get('/borrowers', (_req, res) => {
    res.json({ data: borrowers.list() });
  });
  router.post('/borrowers', (req, res) => {
    const name: unknown = (req.body as { name?: unknown } | undefined)?.name;
    if (typeof name !== 'string') throw new BorrowerNameError('Informe o nome da loja.');
    const borrower = borrowers.create(name);
    signIn(res, borrower).status(201).json(borrower);
  });
  router.post('/sign-in', (req, res) => {
    const id: unknown = (req.body as { id?: unknown } | undefined)?.id;
    const borrower = typeof id === 'string' ? borrowers.get(id) : undefined;
    if (!borrower) {
      res.status(404).json({ error: 'unknown_borrower', detail: 'Loja não encontrada.' });
      return;
    }
    signIn(res, borrower).json(borrower);
  });
  router.post('/sign-out', (_req, res) => {
    res.clearCookie(SIGN_IN_COOKIE, { path: '/' }).status(204).end();
  });
  return router;
}
