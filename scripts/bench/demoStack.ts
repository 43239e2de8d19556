import { startDemoServer } from '@dinie-embed/demo/server';

/*
 * A child process for the proxy benchmark: the demo's sandbox and partner app (the proxy with its
 * rate limits off) with one registered shop. It prints where to send load and with which tokens
 * as one JSON line, then serves until stdin closes, so the load generator never shares its CPU
 * time slice with the servers' event loop.
 */

const unlimited = {
  requestsPerMinutePerIp: Number.POSITIVE_INFINITY,
  requestsPerMinutePerSession: Number.POSITIVE_INFINITY,
  upstreamRequestsPerMinute: Number.POSITIVE_INFINITY,
  upstreamRequestsPerMinutePerBorrower: Number.POSITIVE_INFINITY,
};
const demo = await startDemoServer({
  port: 0,
  sandbox: { stepMs: 0, rateLimit: false },
  proxy: { limits: unlimited, logger: () => {} },
});
const sandbox = demo.sandbox;
if (!sandbox) throw new Error('The benchmark runs against the local sandbox.');

const signUp = await fetch(`${demo.url}/demo/borrowers`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ name: 'Empório Benchmark' }),
});
const cookie = (signUp.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
const session = (await (
  await fetch(`${demo.url}/dinie/session`, { method: 'POST', headers: { cookie } })
).json()) as { token: string };
const customer = (await (
  await fetch(`${demo.url}/dinie/customers`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      cpf: '529.982.247-25',
      cnpj: '11.222.333/0001-81',
      name: 'Maria Silva',
      email: 'maria@emporio.com.br',
      phone: '+5511987654321',
      trading_name: 'Empório Benchmark',
    }),
  })
).json()) as { id: string };

const { clientId, clientSecret } = await sandbox.sandbox.credentials;
const token = (await (
  await fetch(`${sandbox.url}/v3/auth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  })
).json()) as { access_token: string };

console.log(
  JSON.stringify({
    direct: { url: `${sandbox.url}/v3/customers/${customer.id}`, token: token.access_token },
    proxied: { url: `${demo.url}/dinie/customers/${customer.id}`, token: session.token },
  }),
);
process.stdin.resume();
process.stdin.on('end', () => {
  void demo.close().then(() => process.exit(0));
});
