import { expect, test } from 'vitest';
import { checkEvent, checkResponse, checkSchema } from './support/openapiValidator.ts';

// The contract checks of the other suites are only as strong as this validator: it must refuse
// what openapi.yaml forbids.

const customer = {
  id: 'cust_550e8400e29b41d4a716446655440000',
  status: 'pending_kyc',
  cpf: '529.982.247-25',
  cnpj: null,
  name: 'Maria Silva',
  email: 'maria@example.com',
  phone: '+5511987654321',
  trading_name: null,
  external_id: 'partner-ref-123',
  kyc: [],
  created_at: '2026-03-04T10:00:00Z',
  updated_at: '2026-03-04T10:00:00Z',
};

test('accepts a conforming customer and refuses each kind of deviation', () => {
  expect(checkSchema('Customer', customer)).toEqual([]);
  expect(checkResponse('getCustomer', 200, customer)).toEqual([]);
  const { email: _dropped, ...missingEmail } = customer;
  expect(checkSchema('Customer', missingEmail).join()).toMatch(/email/);
  expect(checkSchema('Customer', { ...customer, id: 'cus_123' }).join()).toMatch(/pattern/);
  expect(checkSchema('Customer', { ...customer, status: 'approved' }).join()).toMatch(/allowed values/);
  expect(checkSchema('Customer', { ...customer, created_at: 'yesterday' }).join()).toMatch(/format/);
});

test('checks problem bodies of referenced responses and undocumented statuses', () => {
  const problem = {
    type: 'https://api.dinie.com.br/errors/not-found',
    title: 'Not Found',
    status: 404,
    detail: 'No customer with that id.',
    code: 'customer_not_found',
  };
  expect(checkResponse('getCustomer', 404, problem)).toEqual([]);
  expect(checkResponse('getCustomer', 404, { detail: 'x' }).length).toBeGreaterThan(0);
  expect(checkResponse('getCustomer', 418, problem)).toEqual(['getCustomer: status 418 is not documented']);
});

test('an event must match exactly one event schema, by its type', () => {
  const event = {
    id: 'evt_550e8400e29b41d4a716446655440000',
    type: 'customer.active',
    api_version: '2026-03-01',
    created_at: '2026-03-04T10:00:00Z',
    timestamp: '2026-03-04T10:00:00Z',
    delivery_id: 'dlv_550e8400e29b41d4a716446655440000',
    data: { id: customer.id, status: 'active', external_id: null },
  };
  expect(checkEvent(event)).toEqual([]);
  expect(checkEvent({ ...event, type: 'customer.deleted' }).length).toBeGreaterThan(0);
  expect(checkEvent({ ...event, data: { ...event.data, status: 'pending_kyc' } }).length).toBeGreaterThan(0);
});
