import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkResponse } from './support/openapiValidator.ts';
import { startTestSandbox, type TestSandbox } from './support/testSandbox.ts';

/*
 * The reference's curl examples, copied as the reference prints them, run by bash and curl against
 * the local sandbox: only the host changes, `https://api.dinie.com.br` → the local base URL.
 * `--silent --write-out` is appended to read the status; nothing else is touched.
 */

const EXAMPLES = {
  createToken: `curl -X POST https://api.dinie.com.br/v3/auth/token \\
  -u "$DINIE_CLIENT_ID:$DINIE_CLIENT_SECRET" \\
  -H "Content-Type: application/x-www-form-urlencoded" \\
  -d "grant_type=client_credentials"`,
  createCredential: `curl -X POST https://api.dinie.com.br/v3/auth/credentials \\
  -H "Authorization: Bearer $DINIE_API_TOKEN" \\
  -H "Content-Type: application/json" \\
  -d '{
    "name": "Chave de Produção",
    "expires_at": "2027-03-04T00:00:00Z"
  }'`,
  listCredentials: `curl https://api.dinie.com.br/v3/auth/credentials \\
  -H "Authorization: Bearer $DINIE_API_TOKEN"`,
  revokeCredential: `curl -X DELETE https://api.dinie.com.br/v3/auth/credentials/dinie_ci_550e8400e29b41d4a716446655440000 \\
  -H "Authorization: Bearer $DINIE_API_TOKEN"`,
};

/** The reference's example response bodies' keys, to compare shapes with. */
const EXAMPLE_KEYS = {
  createToken: ['access_token', 'expires_in', 'token_type'],
  createCredential: [
    'client_id',
    'client_secret',
    'created_at',
    'expires_at',
    'id',
    'last_used_at',
    'name',
    'status',
    'updated_at',
  ],
  credential: ['client_id', 'created_at', 'expires_at', 'id', 'last_used_at', 'name', 'status', 'updated_at'],
};

const CLIENT_ID = 'dinie_ci_550e8400e29b41d4a716446655440000';
const CLIENT_SECRET = 'dinie_cs_test_a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6';
const run = promisify(execFile);
let sandbox: TestSandbox;
const env: Record<string, string> = {};

async function curl(example: string): Promise<{ status: number; body: string }> {
  const command = `${example.replaceAll('https://api.dinie.com.br', sandbox.server.url)} --silent --show-error --write-out '\\n%{http_code}'`;
  const { stdout } = await run('bash', ['-c', command], { env: { ...process.env, ...env } });
  const cut = stdout.lastIndexOf('\n');
  return { status: Number(stdout.slice(cut + 1)), body: stdout.slice(0, cut) };
}

beforeAll(async () => {
  // The reference's examples are dated March 2026; so is this sandbox's clock.
  sandbox = await startTestSandbox({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    startAt: '2026-03-04T10:00:00Z',
  });
  Object.assign(env, { DINIE_CLIENT_ID: CLIENT_ID, DINIE_CLIENT_SECRET: CLIENT_SECRET });
});

afterAll(async () => {
  await sandbox.close();
  expect(sandbox.errors).toEqual([]);
});

describe("the reference's curl examples", () => {
  it('POST /auth/token', async () => {
    const { status, body } = await curl(EXAMPLES.createToken);
    expect(status).toBe(200);
    const token = JSON.parse(body);
    expect(Object.keys(token).sort()).toEqual(EXAMPLE_KEYS.createToken);
    expect(checkResponse('createToken', 200, token)).toEqual([]);
    env.DINIE_API_TOKEN = token.access_token;
  });

  it('POST /auth/credentials', async () => {
    const { status, body } = await curl(EXAMPLES.createCredential);
    expect(status).toBe(201);
    const credential = JSON.parse(body);
    expect(Object.keys(credential).sort()).toEqual(EXAMPLE_KEYS.createCredential);
    expect(credential).toMatchObject({
      name: 'Chave de Produção',
      status: 'active',
      expires_at: '2027-03-04T00:00:00Z',
      last_used_at: null,
    });
    expect(checkResponse('createCredential', 201, credential)).toEqual([]);
  });

  it('GET /auth/credentials', async () => {
    const { status, body } = await curl(EXAMPLES.listCredentials);
    expect(status).toBe(200);
    const list = JSON.parse(body);
    expect(list.has_more).toBe(false);
    expect(list.data).toHaveLength(2);
    for (const credential of list.data)
      expect(Object.keys(credential).sort()).toEqual(EXAMPLE_KEYS.credential);
    expect(checkResponse('listCredentials', 200, list)).toEqual([]);
  });

  it('DELETE /auth/credentials/{client_id}', async () => {
    const { status, body } = await curl(EXAMPLES.revokeCredential);
    expect(status).toBe(204);
    expect(body).toBe('');
    // The token was issued before the revocation: it keeps working until it expires.
    const list = await curl(EXAMPLES.listCredentials);
    expect(list.status).toBe(200);
    expect(JSON.parse(list.body).data.find((item: { id: string }) => item.id === CLIENT_ID).status).toBe(
      'revoked',
    );
    expect((await curl(EXAMPLES.createToken)).status).toBe(401);
  });
});
