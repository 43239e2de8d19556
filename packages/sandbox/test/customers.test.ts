import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBorrower, makeCpf } from './support/brazilianIds.ts';
import { expectProblem } from './support/expectProblem.ts';
import { documentForm, PDF, PNG } from './support/files.ts';
import { registerCustomer } from './support/journeySteps.ts';
import { checkResponse } from './support/openapiValidator.ts';
import { startTestSandbox, type TestSandbox } from './support/testSandbox.ts';

let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox({ autoApproveKyc: false });
});

afterAll(async () => {
  await sandbox.close();
  expect(sandbox.errors).toEqual([]);
});

const post = (json: unknown) => sandbox.call('POST', '/customers', { json });

describe('POST /customers validation', () => {
  it('requires a CPF with valid check digits', async () => {
    expectProblem(await post({}), 422, 'missing_required_field', 'cpf');
    expectProblem(await post({ cpf: '529.982.247-24' }), 422, 'invalid_cpf', 'cpf');
    expectProblem(await post({ cpf: '111.111.111-11' }), 422, 'invalid_cpf', 'cpf');
    expectProblem(await post({ cpf: 52998224725 }), 422, 'invalid_type', 'cpf');
  });

  it('checks the CNPJ (numeric or alphanumeric), e-mail and phone', async () => {
    const { cpf } = freshBorrower();
    expectProblem(await post({ cpf, cnpj: '11.222.333/0001-80' }), 422, 'invalid_cnpj', 'cnpj');
    expectProblem(await post({ cpf, email: 'not an email' }), 422, 'invalid_email', 'email');
    expectProblem(await post({ cpf, phone: '+1 212 555 0100' }), 422, 'invalid_phone', 'phone');
    expectProblem(await post({ cpf, name: '' }), 422, 'invalid_value', 'name');
    expectProblem(await post({ cpf, name: 'x'.repeat(201) }), 422, 'too_long', 'name');
    const alnum = await post({ cpf, cnpj: '12abc34501de35' });
    expect(alnum.status).toBe(201);
    expect(alnum.body.cnpj).toBe('12.ABC.345/01DE-35');
  });

  it('lists every offending field at once', async () => {
    const answer = await post({ cpf: 'x', cnpj: 'y', email: 'z', phone: 'w', external_id: 7 });
    expectProblem(answer, 422, 'invalid_cpf');
    expect(answer.body.errors.map((error: { param: string }) => error.param)).toEqual([
      'cpf',
      'cnpj',
      'email',
      'phone',
      'external_id',
    ]);
  });

  it('refuses bodies that are not a JSON object', async () => {
    const raw = (body: string, contentType = 'application/json') =>
      sandbox.call('POST', '/customers', { body, headers: { 'content-type': contentType } });
    expectProblem(await raw('{"cpf":'), 400, 'malformed_body');
    expectProblem(await raw('[1,2]'), 400, 'malformed_body');
    expectProblem(await raw('null'), 400, 'malformed_body');
    expectProblem(await raw(''), 400, 'malformed_body');
    expectProblem(await raw('cpf=1', 'application/x-www-form-urlencoded'), 400, 'invalid_content_type');
  });

  it('ignores unknown fields', async () => {
    const answer = await post({ cpf: freshBorrower().cpf, favourite_colour: 'blue' });
    expect(answer.status).toBe(201);
    expect(answer.body).not.toHaveProperty('favourite_colour');
    expect(answer.body).toMatchObject({
      cnpj: null,
      name: null,
      email: null,
      phone: null,
      trading_name: null,
      external_id: null,
    });
    expect(answer.body.kyc.map((item: { type: string }) => item.type)).toEqual([
      'cnh',
      'selfie',
      'biometrics',
    ]);
  });

  it('is idempotent on CPF/CNPJ + external_id; another external_id is a 409', async () => {
    const borrower = freshBorrower();
    const first = await post({ ...borrower, external_id: 'a' });
    expect(first.status).toBe(201);
    const same = await post({
      cpf: borrower.cpf.replace(/\D/g, ''),
      cnpj: borrower.cnpj.replace(/\D/g, ''),
      external_id: 'a',
    });
    expect(same.status).toBe(200);
    expect(same.body.id).toBe(first.body.id);
    expectProblem(await post({ ...borrower, external_id: 'b' }), 409, 'customer_already_exists');
    expectProblem(await post({ ...borrower }), 409, 'customer_already_exists');
  });
});

describe('GET /customers', () => {
  it('filters by cpf, external_id and status, and sorts', async () => {
    const cpf = makeCpf(424242);
    const created = await post({ cpf, name: 'Zuleica', external_id: 'filter-me' });
    expect(created.status).toBe(201);
    const byCpf = await sandbox.call('GET', `/customers?cpf=${cpf.replace(/\D/g, '')}`);
    expect(byCpf.body.data.map((c: { id: string }) => c.id)).toEqual([created.body.id]);
    const byExternal = await sandbox.call('GET', '/customers?external_id=filter-me');
    expect(byExternal.body.data).toHaveLength(1);
    const active = await sandbox.call('GET', '/customers?status=active');
    expect(active.body.data).toEqual([]);
    const byName = await sandbox.call('GET', '/customers?sort=name&order=desc&limit=1');
    expect(byName.body.data[0].name).toBe('Zuleica');
    expect(checkResponse('listCustomers', 200, byName.body)).toEqual([]);
  });

  it('pages newest first with limit and starting_after', async () => {
    const ids = [];
    for (let index = 0; index < 3; index += 1) ids.push((await registerCustomer(sandbox)).id);
    const first = await sandbox.call('GET', '/customers?limit=2');
    expect(first.body.data.map((c: { id: string }) => c.id)).toEqual([ids[2], ids[1]]);
    expect(first.body.has_more).toBe(true);
    const second = await sandbox.call('GET', `/customers?limit=1&starting_after=${ids[1]}`);
    expect(second.body.data.map((c: { id: string }) => c.id)).toEqual([ids[0]]);
  });

  it('keeps a filtered cursor valid after its customer leaves the filter', async () => {
    const ids = [];
    for (let index = 0; index < 3; index += 1) ids.push((await registerCustomer(sandbox)).id);
    const first = await sandbox.call('GET', '/customers?status=pending_kyc&limit=1');
    expect(first.body.data.map((c: { id: string }) => c.id)).toEqual([ids[2]]);
    const approved = await sandbox.call('POST', `/test_helpers/customers/${ids[2]}/kyc/approve`);
    expect(approved.body.status).toBe('active');
    const next = await sandbox.call('GET', `/customers?status=pending_kyc&limit=2&starting_after=${ids[2]}`);
    expect(next.status, JSON.stringify(next.body)).toBe(200);
    expect(next.body.data.map((c: { id: string }) => c.id)).toEqual([ids[1], ids[0]]);
    const byUpdate = await sandbox.call(
      'GET',
      `/customers?status=active&sort=updated_at&order=asc&starting_after=${ids[1]}`,
    );
    expect(byUpdate.body.data.map((c: { id: string }) => c.id)).toContain(ids[2]);
  });

  it('refuses bad paging and filters', async () => {
    expectProblem(await sandbox.call('GET', '/customers?limit=0'), 422, 'out_of_range', 'limit');
    expectProblem(await sandbox.call('GET', '/customers?limit=101'), 422, 'out_of_range', 'limit');
    expectProblem(await sandbox.call('GET', '/customers?limit=ten'), 422, 'out_of_range', 'limit');
    expectProblem(
      await sandbox.call('GET', '/customers?starting_after=cust_nope'),
      400,
      'invalid_cursor',
      'starting_after',
    );
    expectProblem(await sandbox.call('GET', '/customers?status=happy'), 422, 'invalid_value', 'status');
    expectProblem(await sandbox.call('GET', '/customers?sort=cpf'), 422, 'invalid_value', 'sort');
    expectProblem(await sandbox.call('GET', '/customers?cpf=123'), 422, 'invalid_cpf', 'cpf');
  });

  it('answers 404 customer_not_found for unknown and malformed ids', async () => {
    expectProblem(
      await sandbox.call('GET', '/customers/cust_00000000000000000000000000000000'),
      404,
      'customer_not_found',
    );
    expectProblem(await sandbox.call('GET', '/customers/banana'), 404, 'customer_not_found');
  });
});

describe('PATCH /customers/{id}', () => {
  it('corrects data; cpf and external_id never change', async () => {
    const customer = await registerCustomer(sandbox, { external_id: 'patch-me' });
    const path = `/customers/${customer.id}`;
    const updated = await sandbox.call('PATCH', path, {
      json: { email: 'novo@example.com', phone: '(11) 98765-4321' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ email: 'novo@example.com', phone: '+5511987654321' });
    expect(checkResponse('updateCustomer', 200, updated.body)).toEqual([]);
    expectProblem(
      await sandbox.call('PATCH', path, { json: { cpf: makeCpf(1) } }),
      422,
      'immutable_field',
      'cpf',
    );
    expectProblem(
      await sandbox.call('PATCH', path, { json: { external_id: 'other' } }),
      422,
      'immutable_field',
      'external_id',
    );
    expect(
      (await sandbox.call('PATCH', path, { json: { external_id: 'patch-me', name: 'Same' } })).status,
    ).toBe(200);
    expectProblem(await sandbox.call('PATCH', path, { json: {} }), 422, 'missing_required_field');
    expectProblem(await sandbox.call('PATCH', path, { json: { email: 'x' } }), 422, 'invalid_email', 'email');
    expectProblem(await sandbox.call('PATCH', path, { json: { name: null } }), 422, 'invalid_type', 'name');
  });

  it('resubmits a field a reviewer asked to correct, back to review', async () => {
    const customer = await registerCustomer(sandbox);
    const reject = await sandbox.call('POST', `/test_helpers/customers/${customer.id}/kyc/reject`, {
      json: { type: 'email', status: 'pending_correction', message: 'E-mail não confirmado.' },
    });
    expect(reject.status).toBe(200);
    const item = reject.body.kyc.find((entry: { type: string }) => entry.type === 'email');
    expect(item).toMatchObject({
      kind: 'data',
      status: 'pending_correction',
      message: 'E-mail não confirmado.',
    });
    const fixed = await sandbox.call('PATCH', `/customers/${customer.id}`, {
      json: { email: 'certo@example.com' },
    });
    expect(fixed.body.kyc.find((entry: { type: string }) => entry.type === 'email')).toMatchObject({
      status: 'submitted',
      message: null,
    });
  });
});

describe('POST /customers/{id}/documents', () => {
  it('refuses what is not a usable upload', async () => {
    const customer = await registerCustomer(sandbox);
    const path = `/customers/${customer.id}/documents`;
    expectProblem(await sandbox.call('POST', path, { json: { type: 'cnh' } }), 400, 'invalid_content_type');
    const broken = await sandbox.call('POST', path, {
      body: '--xyz\r\nContent-Disposition: form-data; name="type"\r\n\r\ncnh',
      headers: { 'content-type': 'multipart/form-data; boundary=abc' },
    });
    expectProblem(broken, 400, 'malformed_body');
    const noFile = new FormData();
    noFile.set('type', 'cnh');
    expectProblem(await sandbox.call('POST', path, { form: noFile }), 400, 'missing_file', 'file');
    expectProblem(
      await sandbox.call('POST', path, { form: documentForm('cnh', new Uint8Array(0)) }),
      400,
      'missing_file',
    );
    const text = documentForm('cnh', new TextEncoder().encode('hello'), 'text/plain', 'cnh.txt');
    expectProblem(await sandbox.call('POST', path, { form: text }), 400, 'invalid_content_type', 'file');
    expectProblem(
      await sandbox.call('POST', path, { form: documentForm('cnh', PNG, 'application/pdf') }),
      400,
      'invalid_content_type',
      'file',
    );
    const noType = new FormData();
    noType.set('file', new Blob([PDF], { type: 'application/pdf' }), 'x.pdf');
    expectProblem(await sandbox.call('POST', path, { form: noType }), 422, 'missing_required_field', 'type');
    expectProblem(
      await sandbox.call('POST', path, { form: documentForm('passport') }),
      422,
      'invalid_document_type',
      'type',
    );
    expectProblem(
      await sandbox.call('POST', path, { form: documentForm('biometrics') }),
      422,
      'invalid_document_type',
      'type',
    );
    expectProblem(
      await sandbox.call('POST', '/customers/cust_00000000000000000000000000000000/documents', {
        form: documentForm('cnh'),
      }),
      404,
      'customer_not_found',
    );
  });

  it('refuses files over the size limit with 413', async () => {
    const customer = await registerCustomer(sandbox);
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(PDF);
    const answer = await sandbox.call('POST', `/customers/${customer.id}/documents`, {
      form: documentForm('cnh', big),
    });
    expectProblem(answer, 413, 'file_too_large', 'file');
    const huge = new Uint8Array(12 * 1024 * 1024);
    const whole = await sandbox.call('POST', `/customers/${customer.id}/documents`, {
      form: documentForm('cnh', huge),
    });
    expectProblem(whole, 413, 'payload_too_large');
  });

  it('takes a rejected document again, but not an approved one', async () => {
    const customer = await registerCustomer(sandbox);
    const path = `/customers/${customer.id}/documents`;
    expect((await sandbox.call('POST', path, { form: documentForm('cnh') })).status).toBe(201);
    const rejected = await sandbox.call('POST', `/test_helpers/customers/${customer.id}/kyc/reject`, {
      json: { type: 'cnh', status: 'rejected', message: 'Documento ilegível.' },
    });
    expect(rejected.body.kyc.find((item: { type: string }) => item.type === 'cnh')).toMatchObject({
      status: 'rejected',
      message: 'Documento ilegível.',
    });
    const again = await sandbox.call('POST', path, { form: documentForm('cnh') });
    expect(again.status).toBe(201);
    await sandbox.call('POST', `/test_helpers/customers/${customer.id}/kyc/approve`);
    expectProblem(
      await sandbox.call('POST', path, { form: documentForm('cnh') }),
      409,
      'document_already_approved',
    );
  });
});

describe('POST /customers/{id}/biometrics', () => {
  it('opens one session at a time, expiring on the sandbox clock', async () => {
    const customer = await registerCustomer(sandbox);
    const path = `/customers/${customer.id}/biometrics`;
    const first = await sandbox.call('POST', path);
    expect(first.status).toBe(200);
    expectProblem(await sandbox.call('POST', path), 409, 'session_already_active');
    sandbox.server.sandbox.clock.advance(1);
    const page = await fetch(first.body.session_url);
    expect(page.status).toBe(410);
    const second = await sandbox.call('POST', path, { json: {} });
    expect(second.status).toBe(200);
    expect(second.body.session_url).not.toBe(first.body.session_url);
    const helper = await sandbox.call('POST', `/test_helpers/customers/${customer.id}/biometrics/complete`);
    expect(helper.body.kyc.find((item: { type: string }) => item.type === 'biometrics').status).toBe(
      'submitted',
    );
    expectProblem(await sandbox.call('POST', path), 409, 'biometrics_already_completed');
    expectProblem(await sandbox.call('POST', '/customers/nope/biometrics'), 404, 'customer_not_found');
    expect((await fetch(`${sandbox.server.url}/sandbox/biometrics/dinie_bsc_test_unknown`)).status).toBe(404);
  });
});
