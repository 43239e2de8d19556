#!/usr/bin/env node
import { DIALECT_BASE_PATHS } from './contract.ts';
import { startSandboxServer } from './server.ts';

/**
 * `pnpm sandbox`: a local Dinie on 127.0.0.1. Reads PORT (default 4010),
 * DINIE_SANDBOX_CLIENT_ID / DINIE_SANDBOX_CLIENT_SECRET (generated and printed when unset),
 * DINIE_SANDBOX_STEP_MS (delay of automatic steps, default 1500) and DINIE_SANDBOX_DATA (a JSON
 * file that keeps the state between runs).
 */
async function main(): Promise<void> {
  const env = process.env;
  const port = env.PORT === undefined ? 4010 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got ${JSON.stringify(env.PORT)}.`);
  }
  const stepMs = env.DINIE_SANDBOX_STEP_MS === undefined ? undefined : Number(env.DINIE_SANDBOX_STEP_MS);
  if (stepMs !== undefined && !(stepMs >= 0)) {
    throw new Error(
      `DINIE_SANDBOX_STEP_MS must be a number of milliseconds ≥ 0, got ${JSON.stringify(env.DINIE_SANDBOX_STEP_MS)}.`,
    );
  }
  const server = await startSandboxServer({
    port,
    ...(env.HOST === undefined ? {} : { host: env.HOST }),
    ...(env.DINIE_SANDBOX_CLIENT_ID === undefined ? {} : { clientId: env.DINIE_SANDBOX_CLIENT_ID }),
    ...(env.DINIE_SANDBOX_CLIENT_SECRET === undefined
      ? {}
      : { clientSecret: env.DINIE_SANDBOX_CLIENT_SECRET }),
    ...(stepMs === undefined ? {} : { stepMs }),
    ...(env.DINIE_SANDBOX_DATA === undefined || env.DINIE_SANDBOX_DATA === ''
      ? {}
      : { dataFile: env.DINIE_SANDBOX_DATA }),
  });
  const { clientId, clientSecret } = await server.sandbox.credentials;
  const baseUrl = `${server.url}${DIALECT_BASE_PATHS.docs}`;
  const sdkBaseUrl = `${server.url}${DIALECT_BASE_PATHS.sdk}`;
  console.log(`Dinie sandbox (API 2026-03-01) listening on ${baseUrl}

  API reference (docs dialect): ${baseUrl}
  official SDKs (sdk dialect):  ${sdkBaseUrl}   (also any request with the SDKs' headers)

  DINIE_BASE_URL=${baseUrl}
  DINIE_CLIENT_ID=${clientId}
  DINIE_CLIENT_SECRET=${clientSecret}
${env.DINIE_SANDBOX_DATA ? `  state kept in ${env.DINIE_SANDBOX_DATA}\n` : ''}
Try it:
  curl -X POST ${baseUrl}/auth/token \\
    -u "${clientId}:${clientSecret}" \\
    -H "Content-Type: application/x-www-form-urlencoded" \\
    -d "grant_type=client_credentials"
`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
