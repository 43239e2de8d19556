import type { Page } from 'playwright';

/** What `POST /dinie/session` answers the signed-in shop of a page. */
export interface PageSession {
  token: string;
  customer_id: string | null;
}

/** Asks the partner's proxy for a session as the page's own browser (its cookie, its origin). */
export function sessionOf(page: Page): Promise<PageSession> {
  return page.evaluate(async () => {
    const response = await fetch('/dinie/session', { method: 'POST', credentials: 'same-origin' });
    return (await response.json()) as PageSession;
  });
}

/** A proxy call from the page's browser with a given session token; answers status and JSON body. */
export function proxyGet(
  page: Page,
  token: string,
  path: string,
): Promise<{ status: number; body: unknown }> {
  return page.evaluate(
    async ({ token, path }) => {
      const response = await fetch(`/dinie${path}`, { headers: { authorization: `Bearer ${token}` } });
      return { status: response.status, body: (await response.json()) as unknown };
    },
    { token, path },
  );
}
