import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxServer } from '../src/server.ts';
import { customerWithOffer, loanRequest, simulate } from './support/journeySteps.ts';
import { startTestSandbox } from './support/testSandbox.ts';

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'dinie-sandbox-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('DINIE_SANDBOX_DATA persistence', () => {
  it('keeps its lookups and due times across a restart: by CPF, external_id, customer, offer expiry, keys', async () => {
    const dataFile = join(directory, 'lookups.json');
    const first = await startTestSandbox({ dataFile });
    const { customer, offer } = await customerWithOffer(first, { external_id: 'persisted-ref' });
    const keyed = await first.call('POST', '/webhooks/endpoints', {
      json: { url: 'https://partner.example.com/hook' },
      headers: { 'idempotency-key': 'restart-key' },
    });
    await first.close();

    const second = await startTestSandbox({ dataFile });
    const ids = async (path: string) =>
      (await second.call('GET', path, { token: first.token })).body.data.map(
        (item: { id: string }) => item.id,
      );
    expect(await ids(`/customers?cpf=${customer.cpf}`)).toEqual([customer.id]);
    expect(await ids('/customers?external_id=persisted-ref')).toEqual([customer.id]);
    expect(await ids(`/customers/${customer.id}/credit-offers`)).toEqual([offer.id]);
    second.server.sandbox.clock.advance(31);
    expect((await second.call('GET', `/credit-offers/${offer.id}`)).body.status).toBe('expired');
    const again = await second.call('POST', '/webhooks/endpoints', {
      json: { url: 'https://partner.example.com/hook' },
      headers: { 'idempotency-key': 'restart-key' },
      token: first.token,
    });
    // A day and more later, the stored answer is gone: the same key makes a new endpoint.
    expect(again.headers.get('idempotent-replayed')).toBeNull();
    expect(again.body.id).not.toBe(keyed.body.id);
    await second.close();
  });

  it('survives restarts: data, credentials, tokens, clock, idempotency, and work under way', async () => {
    const dataFile = join(directory, 'state.json');
    const first = await startTestSandbox({ dataFile });
    const ready = await customerWithOffer(first);
    const simulation = await simulate(first, ready.offer.id);
    first.server.sandbox.clock.advance(3);
    const today = (await first.call('GET', '/test_helpers/clock')).body.today;
    const replayKey = { 'idempotency-key': 'persisted-key' };
    const endpoint = await first.call('POST', '/webhooks/endpoints', {
      json: { url: 'https://partner.example.com/hook' },
      headers: replayKey,
    });
    await first.close();

    // Second life, with steps too slow to happen: the loan is saved while still processing.
    const second = await startTestSandbox({ dataFile, stepMs: 60_000 });
    expect(second.clientId).toBe(first.clientId);
    expect(second.clientSecret).toBe(first.clientSecret);
    expect(
      (await second.call('GET', `/customers/${ready.customer.id}`, { token: first.token })).body.status,
    ).toBe('active');
    const loan = await second.call('POST', '/loans', { json: loanRequest(simulation) });
    expect(loan.body.status).toBe('processing');
    await second.close();

    const third = await startTestSandbox({ dataFile });
    expect((await third.call('GET', '/test_helpers/clock')).body.today).toBe(today);
    const replay = await third.call('POST', '/webhooks/endpoints', {
      json: { url: 'https://partner.example.com/hook' },
      headers: replayKey,
      token: first.token,
    });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.id).toBe(endpoint.body.id);
    await third.settle();
    expect((await third.call('GET', `/loans/${loan.body.id}`)).body.status).toBe('awaiting_signatures');
    await third.close();

    const saved = JSON.parse(await readFile(dataFile, 'utf8'));
    expect(saved.version).toBe(1);
    expect(saved.loans).toHaveLength(1);
    expect([...first.errors, ...second.errors, ...third.errors]).toEqual([]);
  });

  it('refuses to start on a file that is not sandbox data', async () => {
    const dataFile = join(directory, 'broken.json');
    await writeFile(dataFile, '{"hello":');
    await expect(startSandboxServer({ port: 0, dataFile })).rejects.toThrow(/not a sandbox data file/);
    await writeFile(dataFile, '{"version":2}');
    await expect(startSandboxServer({ port: 0, dataFile })).rejects.toThrow(/Not a Dinie sandbox snapshot/);
  });
});
