/**
 * Tells the developer, once per provider and in the console, why the front end cannot reach the
 * proxy: the borrower only sees "something went wrong" and a retry, which says nothing about a
 * wrong `baseUrl` or a dev server that does not forward the mount. Every call goes through the
 * session token first, so a `fetchSessionToken` that fails is where an unreachable proxy shows.
 */
export interface DeveloperHints {
  /** `fetchSessionToken` failed. */
  sessionFailed(error: unknown): void;
}

/** The hints of one provider, which logs each at most once. */
export function createDeveloperHints(baseUrl: string): DeveloperHints {
  let told = false;
  const tell = (what: string) => {
    if (told) return;
    told = true;
    console.error(
      `Dinie Embed: ${what} The components call the partner's proxy at "${baseUrl}" (POST ${join(baseUrl, 'session')}, GET ${join(baseUrl, 'customers')}, …). Likely causes: @dinie-embed/proxy is not mounted at "${baseUrl}" on your server, the server is not running, or in development the dev server does not forward "${baseUrl}" to it (Vite: \`server: { proxy: { '${baseUrl}': 'http://127.0.0.1:3000' } }\`). See "A React front end" in the README.`,
    );
  };
  return {
    sessionFailed(error) {
      tell(`fetchSessionToken() failed (${describe(error)}), so no request can be made.`);
    },
  };
}

function join(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path}`;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
