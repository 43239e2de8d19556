import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentForm, FILES, registration } from './fixtures.ts';
import { BORROWER_HEADER, eventually, type Stack, startStack } from './stack.ts';

let stack: Stack;
const registered: Array<{ cpf: string; cnpj: string }> = [];
const sessionTokens: string[] = [];

beforeAll(async () => {
  stack = await startStack({
    proxy: {
      // A careless partner: its errors carry whatever it had at hand.
      authorize: async (req) => {
        const borrower = req.get(BORROWER_HEADER);
        if (borrower === 'careless') {
          throw new Error(
            `lookup failed for ${req.get('authorization')} cpf ${registered[0]?.cpf} secret ${stack.clientSecret}`,
          );
        }
        return borrower ? { externalId: borrower } : null;
      },
      onEvent: (event) => {
        const data = event.data as { cpf?: string; cnpj?: string };
        if (event.type === 'customer.created')
          throw new Error(`CRM rejected ${data.cpf} / ${data.cnpj} (${JSON.stringify(data)})`);
      },
      limits: { requestsPerMinutePerIp: 1000, requestsPerMinutePerSession: 1000 },
    },
  });

  // A bit of everything: sessions, registration, reads, uploads, errors, webhooks, a careless partner.
  for (const borrower of ['secrets-a', 'secrets-b']) {
    const session = await stack.session(borrower);
    sessionTokens.push(session.token);
    const form = registration();
    registered.push({ cpf: form.cpf, cnpj: form.cnpj });
    const created = await stack.call(session.token, 'POST', '/customers', { json: form });
    const customer = (await created.json()) as { id: string };
    await stack.call(session.token, 'GET', `/customers/${customer.id}`);
    await stack.call(session.token, 'GET', `/customers?cpf=${encodeURIComponent(form.cpf)}`);
    await stack.call(session.token, 'POST', `/customers/${customer.id}/documents`, {
      body: documentForm('cnh', FILES.jpeg, 'image/jpeg'),
    });
    await stack.call(session.token, 'POST', `/customers/${customer.id}/documents`, {
      body: documentForm('cnh', FILES.png, 'application/pdf'),
    });
    await stack.call(session.token, 'PATCH', `/customers/${customer.id}`, {
      json: { cpf: form.cpf.replace(/\d$/, '0') },
    });
    await stack.call(session.token, 'POST', '/customers', { json: { ...form, cnpj: '11.111.111/1111-11' } });
    await stack.call(session.token, 'GET', '/loans/ln_00000000000000000000000000000000');
    await stack.call(session.token, 'GET', '/auth/credentials');
  }
  await stack.call('not-a-token', 'GET', '/customers');
  await stack.call(sessionTokens[0] as string, 'POST', '/session', {
    headers: { [BORROWER_HEADER]: 'careless' },
  });
  const forged = JSON.stringify({ type: 'customer.active', data: { cpf: registered[0]?.cpf } });
  await fetch(`${stack.proxyUrl}/webhooks`, {
    method: 'POST',
    headers: {
      'webhook-id': 'evt_forged',
      'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
      'webhook-signature': new Webhook(`whsec_${Buffer.from('attacker key').toString('base64')}`).sign(
        'evt_forged',
        new Date(),
        forged,
      ),
    },
    body: forged,
  });
  await eventually(() => {
    expect(
      stack.logs.filter((entry) => entry.msg.startsWith('webhook dispatch failed')).length,
    ).toBeGreaterThanOrEqual(2);
  });
});
afterAll(async () => {
  await stack?.close();
});

/** Values of the partner that must never leave the proxy. */
function partnerSecrets(): string[] {
  const basic = Buffer.from(`${stack.clientId}:${stack.clientSecret}`).toString('base64');
  return [
    stack.clientSecret,
    stack.sessionSecret,
    stack.webhookSecret,
    stack.webhookSecret.replace(/^whsec_/, ''),
    basic,
    ...stack.accessTokens,
    ...stack.accessTokens.map((token) => token.replace(/^dinie_at_/, '')),
  ];
}

const digits = (value: string) => value.replace(/\D/g, '');

describe('no secret leaves the proxy', () => {
  it('had real material to scan', () => {
    expect(stack.accessTokens.length).toBeGreaterThan(0);
    expect(stack.responses.length).toBeGreaterThan(20);
    expect(stack.logs.length).toBeGreaterThan(40);
  });

  it('never puts a partner secret or access token in a response body or header', () => {
    for (const response of stack.responses) {
      const text = `${JSON.stringify(response.headers)}\n${response.body}`;
      for (const secret of partnerSecrets()) expect(text).not.toContain(secret);
    }
  });

  it('never writes a secret, a token, a CPF or a CNPJ to a log line', () => {
    const forbidden = [
      ...partnerSecrets(),
      ...sessionTokens,
      ...registered.flatMap(({ cpf, cnpj }) => [cpf, cnpj, digits(cpf), digits(cnpj)]),
    ];
    for (const entry of stack.logs) {
      const line = JSON.stringify(entry);
      for (const value of forbidden) expect(line, `log line ${line}`).not.toContain(value);
    }
    // The careless partner's error was logged, with its secrets blanked out.
    const careless = stack.logs.find((entry) => JSON.stringify(entry).includes('lookup failed for'));
    expect(JSON.stringify(careless)).toMatch(
      /lookup failed for \[redacted\] cpf \[redacted\] secret \[redacted\]/,
    );
  });

  it('answers errors without stack traces or internals', () => {
    for (const response of stack.responses.filter((entry) => entry.status >= 400)) {
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).not.toMatch(/\bat .+:\d+:\d+|node_modules|Error:/);
    }
  });
});
