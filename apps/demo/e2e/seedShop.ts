import { generateCnpj, generateCpf } from '@brazilian-utils/brazilian-utils';
import { SAMPLE_PDF } from './fixtures.ts';

/** A shop signed up at a running demo and brought to an available credit offer over HTTP. */
export interface SeededShop {
  /** The partner's sign-in cookie (`name=value`), for a browser context or a fetch. */
  cookie: { name: string; value: string };
  customerId: string;
  offerId: string;
}

async function ok(response: Response, what: string): Promise<Response> {
  if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`);
  return response;
}

/** A shop signed up at a running demo whose borrower has registered and sent nothing yet. */
export interface RegisteredShop {
  /** The partner's sign-in cookie (`name=value`), for a browser context or a fetch. */
  cookie: { name: string; value: string };
  customerId: string;
  /** The session token's `Authorization` header, for calls through the proxy. */
  auth: { authorization: string };
}

/**
 * Does over HTTP what a shop's browser does first: signs up and registers the borrower through the
 * proxy. For benchmarks and tests that start at the documents step.
 */
export async function seedRegisteredShop(demoUrl: string, shop: string): Promise<RegisteredShop> {
  const signUp = await ok(
    await fetch(`${demoUrl}/demo/borrowers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: shop }),
    }),
    'sign-up',
  );
  const [pair = ''] = (signUp.headers.get('set-cookie') ?? '').split(';');
  const [name = '', ...rest] = pair.split('=');
  const cookie = { name, value: rest.join('=') };
  const headers = { cookie: pair };
  const session = (await (
    await ok(await fetch(`${demoUrl}/dinie/session`, { method: 'POST', headers }), 'session')
  ).json()) as { token: string };
  const auth = { authorization: `Bearer ${session.token}` };

  const customer = (await (
    await ok(
      await fetch(`${demoUrl}/dinie/customers`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({
          cpf: generateCpf(),
          cnpj: generateCnpj(),
          name: 'Maria Aparecida Souza',
          email: 'maria@loja.com.br',
          phone: '+5511987654321',
          trading_name: shop,
        }),
      }),
      'registration',
    )
  ).json()) as { id: string };
  return { cookie, customerId: customer.id, auth };
}

/**
 * Does over HTTP what a shop's browser and the sandbox panel do: signs up, registers through the
 * proxy, uploads the documents, completes the biometrics, and waits until Dinie offers credit.
 * For benchmarks and tests that start at the offer; the end-to-end tests walk these steps on screen.
 */
export async function seedShopWithOffer(demoUrl: string, shop: string): Promise<SeededShop> {
  const { cookie, customerId, auth } = await seedRegisteredShop(demoUrl, shop);
  const headers = { cookie: `${cookie.name}=${cookie.value}` };
  for (const type of ['ccmei', 'cnh', 'selfie']) {
    const form = new FormData();
    form.set('type', type);
    form.set('file', new Blob([new Uint8Array(SAMPLE_PDF)], { type: 'application/pdf' }), `${type}.pdf`);
    await ok(
      await fetch(`${demoUrl}/dinie/customers/${customerId}/documents`, {
        method: 'POST',
        headers: auth,
        body: form,
      }),
      `upload ${type}`,
    );
  }
  await ok(
    await fetch(`${demoUrl}/demo/sandbox/complete-biometrics`, { method: 'POST', headers }),
    'biometrics',
  );

  // Review and offer are automatic steps of the sandbox; poll the partner's view until the offer is there.
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const state = (await (
      await ok(await fetch(`${demoUrl}/demo/sandbox/state`, { headers }), 'state')
    ).json()) as {
      offer: { id: string; status: string } | null;
    };
    if (state.offer?.status === 'available') return { cookie, customerId, offerId: state.offer.id };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('No credit offer became available for the seeded shop.');
}
