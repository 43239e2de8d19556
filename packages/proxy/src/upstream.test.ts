import { describe, expect, it } from 'vitest';
import { textResponse } from './dinieCall.ts';
import { upstreamProblem } from './upstream.ts';

const problem = (status: number, body: unknown) =>
  upstreamProblem(
    textResponse(status, new Headers({ 'content-type': 'application/problem+json' }), JSON.stringify(body)),
    () => {},
  );

describe('upstreamProblem', () => {
  it('words every conflict itself, whatever Dinie said', async () => {
    const known = await problem(409, {
      code: 'customer_already_exists',
      detail: 'This CNPJ is already registered as cust_0123abcd with another external_id.',
    });
    expect(known.toBody()).toMatchObject({
      status: 409,
      code: 'customer_already_exists',
      detail: 'This CPF or CNPJ is already registered by another account of this partner.',
    });
    const other = await problem(409, { code: 'invalid_state', detail: 'Loan ln_99ff cannot be signed.' });
    expect(other.toBody()).toMatchObject({
      code: 'invalid_state',
      detail: expect.not.stringContaining('ln_'),
    });
  });

  it('masks resource ids in any other error text Dinie sends', async () => {
    const refused = await problem(422, {
      code: 'invalid_simulation',
      detail: 'Simulation sim_abc123 does not belong to offer co_def456.',
      errors: [{ param: 'simulation_id', detail: 'sim_abc123 belongs to cust_77', code: 'mismatch' }],
    });
    const text = JSON.stringify(refused.toBody());
    expect(text).not.toMatch(/\b(?:cust|co|sim|ln|tx)_/);
    expect(refused.toBody()).toMatchObject({
      detail: 'Simulation [id] does not belong to offer [id].',
      errors: [{ param: 'simulation_id', detail: '[id] belongs to [id]', code: 'mismatch' }],
    });
  });
});
