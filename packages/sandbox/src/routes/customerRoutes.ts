import type { Hono } from 'hono';
import { type CustomerStatus, normalizeCpf } from '../contract.ts';
import { ApiError, validationFailed } from '../http/ApiError.ts';
import { FieldReader } from '../http/FieldReader.ts';
import { pageInOrder, paginate, readPageRequest } from '../http/paginate.ts';
import { created, jsonBody, param, query, resource } from '../http/routing.ts';
import type { SandboxEnv } from '../http/SandboxEnv.ts';
import { afterKycChange, emitCustomerCreated, emitKycUpdated } from '../lifecycle/customerLifecycle.ts';
import { documentItem, kycProfile } from '../lifecycle/kycProfile.ts';
import { requireCustomer } from '../lookups.ts';
import { renderCustomer } from '../render/renderCustomer.ts';
import type { SandboxCore } from '../SandboxCore.ts';
import type { CustomerRecord } from '../state/records.ts';
import { registrationKey } from '../state/SandboxState.ts';
import { readCnpj, readCpf, readEmail, readPhone } from './customerFields.ts';

const STATUSES: readonly CustomerStatus[] = ['pending_kyc', 'under_review', 'active'];
const SORTS = ['created_at', 'updated_at', 'name'] as const;

/**
 * The registration a new one repeats: the same company (CNPJ) when one is given, otherwise the
 * same person (CPF) registered without a company.
 */
function findRegistration(core: SandboxCore, cpf: string, cnpj: string | null): CustomerRecord | undefined {
  return core.state.customers.findFirst('registration', registrationKey(cpf, cnpj));
}

function conflict(existing: CustomerRecord): ApiError {
  return new ApiError(
    409,
    'customer_already_exists',
    `${existing.cnpj === null ? 'This CPF' : 'This CNPJ'} is already registered as ${existing.id} with another external_id.`,
  );
}

function compareBy(sort: (typeof SORTS)[number], order: 'asc' | 'desc') {
  const direction = order === 'asc' ? 1 : -1;
  return (a: CustomerRecord, b: CustomerRecord): number => {
    if (sort === 'name' && a.name !== b.name) {
      // Customers without a name go last whichever the direction.
      if (a.name === null) return 1;
      if (b.name === null) return -1;
      return direction * a.name.localeCompare(b.name, 'pt-BR');
    }
    const [left, right] = sort === 'updated_at' ? [a.updatedAt, b.updatedAt] : [a.createdAt, b.createdAt];
    if (left !== right) return direction * (left < right ? -1 : 1);
    return direction * (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };
}

/** Customer registration, listing, retrieval and corrections. */
export function customerRoutes(app: Hono<SandboxEnv>, core: SandboxCore): void {
  resource(app, '/customers', {
    POST: (c) => {
      const fields = new FieldReader(jsonBody(c));
      const cpf = readCpf(fields, 'cpf', true);
      const cnpj = readCnpj(fields, 'cnpj', true) ?? null;
      const name = fields.string('name', { maxLength: 200 }) ?? null;
      const email = readEmail(fields, 'email') ?? null;
      const phone = readPhone(fields, 'phone') ?? null;
      const tradingName = fields.string('trading_name', { maxLength: 200, nullable: true }) ?? null;
      const externalId = fields.string('external_id', { maxLength: 255 }) ?? null;
      fields.done();
      if (cpf === undefined) throw new Error('cpf passed validation without a value.');

      const existing = findRegistration(core, cpf, cnpj);
      if (existing !== undefined) {
        if (existing.externalId !== externalId) throw conflict(existing);
        return c.json(renderCustomer(existing), 200);
      }
      const now = core.timestamp();
      const customer: CustomerRecord = {
        id: core.newId('cust_'),
        status: 'pending_kyc',
        cpf,
        cnpj,
        name,
        email,
        phone,
        tradingName,
        externalId,
        kyc: kycProfile(cnpj !== null),
        offerDue: false,
        createdAt: now,
        updatedAt: now,
      };
      core.state.customers.set(customer.id, customer);
      core.changed();
      emitCustomerCreated(core, customer);
      return created(c, renderCustomer(customer), `/customers/${customer.id}`);
    },
    GET: (c) => {
      const params = query(c);
      const page = readPageRequest(params);
      const filters = new FieldReader(Object.fromEntries(params));
      const cpf = readCpf(filters, 'cpf', false);
      const status = filters.oneOf('status', STATUSES);
      const sort = filters.oneOf('sort', SORTS) ?? 'created_at';
      const order = filters.oneOf('order', ['asc', 'desc'] as const) ?? 'desc';
      filters.done();
      const externalId = params.get('external_id');
      const { customers } = core.state;
      // The narrowest index the filters allow, then the rest of the filters on its records.
      const candidates =
        cpf !== undefined
          ? customers.find('cpf', cpf)
          : externalId !== null
            ? customers.find('externalId', externalId)
            : customers.ordered;
      const keep = (customer: CustomerRecord) =>
        (cpf === undefined || customer.cpf === cpf) &&
        (externalId === null || customer.externalId === externalId) &&
        (status === undefined || customer.status === status);
      const find = (id: string) => customers.get(id);
      // Creation order is kept by the table; other orders change with the records, so they sort.
      const { data, has_more } =
        sort === 'created_at'
          ? pageInOrder(candidates, page, { find, keep, order })
          : paginate([...candidates].filter(keep).sort(compareBy(sort, order)), page, {
              find,
              compare: compareBy(sort, order),
            });
      return c.json({ data: data.map(renderCustomer), has_more });
    },
  });

  resource(app, '/customers/:customer_id', {
    GET: (c) => c.json(renderCustomer(requireCustomer(core, param(c, 'customer_id')))),
    PATCH: (c) => {
      const customer = requireCustomer(core, param(c, 'customer_id'));
      const body = jsonBody(c);
      const fields = new FieldReader(body);
      for (const immutable of ['cpf', 'external_id'] as const) {
        if (!fields.has(immutable)) continue;
        const current = immutable === 'cpf' ? customer.cpf : customer.externalId;
        const sent = body[immutable];
        const same =
          immutable === 'cpf' ? typeof sent === 'string' && normalizeCpf(sent) === current : sent === current;
        if (!same)
          fields.fail(
            immutable,
            'immutable_field',
            `The ${immutable} field cannot change after registration.`,
          );
      }
      const changes = {
        cnpj: readCnpj(fields, 'cnpj', false),
        name: fields.string('name', { maxLength: 200 }),
        email: readEmail(fields, 'email'),
        phone: readPhone(fields, 'phone'),
        trading_name: fields.string('trading_name', { maxLength: 200, nullable: true }),
      };
      fields.done();
      const sent = (Object.keys(changes) as Array<keyof typeof changes>).filter(
        (key) => changes[key] !== undefined,
      );
      if (sent.length === 0 && !fields.has('cpf') && !fields.has('external_id')) {
        throw validationFailed([
          {
            param: 'body',
            code: 'missing_required_field',
            detail: 'Send at least one of cnpj, name, email, phone, trading_name.',
          },
        ]);
      }
      let requirementAdded = false;
      if (changes.cnpj !== undefined && changes.cnpj !== null && changes.cnpj !== customer.cnpj) {
        const other = findRegistration(core, customer.cpf, changes.cnpj);
        if (other !== undefined && other.id !== customer.id) throw conflict(other);
        customer.cnpj = changes.cnpj;
        core.state.customers.set(customer.id, customer);
        if (customer.status !== 'active' && !customer.kyc.some((item) => item.type === 'ccmei')) {
          customer.kyc.unshift(documentItem('ccmei'));
          requirementAdded = true;
          if (customer.status === 'under_review') customer.status = 'pending_kyc';
        }
      }
      if (changes.name !== undefined && changes.name !== null) customer.name = changes.name;
      if (changes.email !== undefined) customer.email = changes.email;
      if (changes.phone !== undefined) customer.phone = changes.phone;
      if (changes.trading_name !== undefined) customer.tradingName = changes.trading_name;

      // A corrected field answers the reviewer's request for it: back to review.
      let resubmitted = false;
      for (const item of customer.kyc) {
        const corrected = item.kind === 'data' && sent.includes(item.type as keyof typeof changes);
        if (corrected && (item.status === 'pending_correction' || item.status === 'rejected')) {
          item.status = 'submitted';
          item.message = null;
          resubmitted = true;
        }
      }
      if (resubmitted) afterKycChange(core, customer);
      else {
        customer.updatedAt = core.timestamp();
        core.changed();
        if (requirementAdded) emitKycUpdated(core, customer);
      }
      return c.json(renderCustomer(customer));
    },
  });
}
