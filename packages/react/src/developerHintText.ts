/** The console message for a `fetchSessionToken` that failed: what the components call, and the likely causes. */
export function sessionFailedHint(baseUrl: string, error: unknown): string {
  return `Dinie Embed: fetchSessionToken() failed (${describe(error)}), so no request can be made. The components call the partner's proxy at "${baseUrl}" (POST ${join(baseUrl, 'session')}, GET ${join(baseUrl, 'customers')}, …). Likely causes: @dinie-embed/proxy is not mounted at "${baseUrl}" on your server, the server is not running, or in development the dev server does not forward "${baseUrl}" to it (Vite: \`server: { proxy: { '${baseUrl}': 'http://127.0.0.1:3000' } }\`). See "A React front end" in the README.`;
}

function join(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path}`;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
