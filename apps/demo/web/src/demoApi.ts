import type { SessionToken } from '@dinie-embed/react';
import type { Borrower } from '../../server/borrowers.ts';
import type { PanelAction, PanelState } from '../../server/sandboxPanel.ts';
import type { DemoMe } from '../../server/signIn.ts';

export type { Borrower, DemoMe, PanelAction, PanelState };

/** The demo server refused a call; `message` is its pt-BR explanation. */
export class DemoApiError extends Error {
  override readonly name = 'DemoApiError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (response.status === 204) return undefined as T;
  const parsed = (await response.json().catch(() => null)) as { detail?: string } | null;
  if (!response.ok) throw new DemoApiError(response.status, parsed?.detail ?? `Erro ${response.status}.`);
  return parsed as T;
}

/** Who is signed in, and whether the demo runs on the sandbox. */
export const getMe = () => call<DemoMe>('GET', '/demo/me');
/** The shops that signed up, newest first. */
export const listBorrowers = () => call<{ data: Borrower[] }>('GET', '/demo/borrowers').then((r) => r.data);
/** Signs up a new shop and signs in as it. */
export const createBorrower = (name: string) => call<Borrower>('POST', '/demo/borrowers', { name });
/** Signs in as an existing shop. */
export const signIn = (id: string) => call<Borrower>('POST', '/demo/sign-in', { id });
/** Signs out. */
export const signOut = () => call<void>('POST', '/demo/sign-out');

/**
 * What the Dinie components call for a session: the partner's own endpoint, authenticated by the
 * partner's own cookie. The browser never sees a Dinie credential.
 */
export const fetchSessionToken = () => call<SessionToken>('POST', '/dinie/session');

/** The sandbox panel: the borrower's state as the partner sees it. */
export const panelState = () => call<PanelState>('GET', '/demo/sandbox/state');
/** Runs one sandbox test helper for the signed-in borrower. */
export const panelAction = (action: PanelAction, body?: { days: number }) =>
  call<PanelState>('POST', `/demo/sandbox/${action}`, body ?? {});

/** Sends the browser to the sign-in page when nobody is signed in; resolves with the borrower. */
export async function requireSignIn(): Promise<{ me: DemoMe; borrower: Borrower }> {
  const me = await getMe();
  if (!me.borrower) {
    window.location.assign('/');
    throw new DemoApiError(401, 'Entre com uma loja primeiro.');
  }
  return { me, borrower: me.borrower };
}
