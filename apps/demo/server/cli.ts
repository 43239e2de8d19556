import { startDemoServer } from './server.ts';

// `pnpm demo`: the one place that reads the environment and prints where to go.
const env = process.env;
const real =
  env.DINIE_BASE_URL && env.DINIE_CLIENT_ID && env.DINIE_CLIENT_SECRET
    ? {
        baseUrl: env.DINIE_BASE_URL,
        clientId: env.DINIE_CLIENT_ID,
        clientSecret: env.DINIE_CLIENT_SECRET,
        webhookSecret: env.DINIE_WEBHOOK_SECRET,
      }
    : undefined;
const stepMs = Number(env.DINIE_SANDBOX_STEP_MS ?? 1500);

const demo = await startDemoServer({
  port: Number(env.PORT ?? 3000),
  dinie: real,
  sandbox: { stepMs: Number.isFinite(stepMs) && stepMs >= 0 ? stepMs : 1500 },
});
console.log(
  real
    ? `Lojinha ERP (demo) against ${real.baseUrl}`
    : `Lojinha ERP (demo) against a local Dinie sandbox at ${demo.sandbox?.url}/v3`,
);
console.log(`\n  Open ${demo.url}\n`);

const stop = () => {
  demo.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
