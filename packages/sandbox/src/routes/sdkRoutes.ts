import type { Context, Hono } from 'hono';
import { kycToSdk, sdkEvidenceOf, timestampToSdk } from '../contract.ts';
import { ApiError, validationFailed } from '../http/ApiError.ts';
import { ACCESS_TOKEN_PREFIX } from '../http/authenticate.ts';
import { FieldReader } from '../http/FieldReader.ts';
import { jsonBody, param, resource } from '../http/routing.ts';
import type { SandboxEnv } from '../http/SandboxEnv.ts';
import { randomHex } from '../ids.ts';
import { recordCapture, sessionOpen } from '../lifecycle/biometrics.ts';
import { afterKycChange } from '../lifecycle/customerLifecycle.ts';
import { requireCustomer } from '../lookups.ts';
import { renderKycItem } from '../render/renderCustomer.ts';
import type { SandboxCore } from '../SandboxCore.ts';
import type { BankAccountRecord, CustomerRecord, KycItemRecord } from '../state/records.ts';
import { readKycFile, readUpload, recordDocument } from './kycRoutes.ts';

/** The banks `GET /banks` lists (COMPE codes), enough to fill a bank-account form. */
export const BANKS: ReadonlyArray<{ id: string; name: string }> = [
  { id: '001', name: 'Banco do Brasil' },
  { id: '033', name: 'Banco Santander' },
  { id: '077', name: 'Banco Inter' },
  { id: '104', name: 'Caixa Econômica Federal' },
  { id: '237', name: 'Banco Bradesco' },
  { id: '260', name: 'Nu Pagamentos' },
  { id: '290', name: 'PagSeguro' },
  { id: '323', name: 'Mercado Pago' },
  { id: '336', name: 'Banco C6' },
  { id: '341', name: 'Itaú Unibanco' },
];

const DONE = new Set(['submitted', 'approved']);

function renderBankAccount(c: Context<SandboxEnv>, account: BankAccountRecord) {
  return {
    id: account.id,
    bank_id: account.bankId,
    kind: account.kind,
    branch: account.branch,
    number: account.number,
    digit: account.digit,
    bank_name: BANKS.find((bank) => bank.id === account.bankId)?.name ?? account.bankId,
    updated_at: c.env.dialect === 'sdk' ? timestampToSdk(account.updatedAt) : account.updatedAt,
  };
}

function digits(fields: FieldReader, name: string, max: number): string | undefined {
  const value = fields.string(name, { required: true, maxLength: max });
  if (value == null) return undefined;
  if (!/^\d+$/.test(value))
    return fields.fail(name, 'invalid_format', `The ${name} field takes digits only.`);
  return value;
}

function readBankAccount(body: Record<string, unknown>) {
  const wrapped = body.bank_account;
  if (typeof wrapped !== 'object' || wrapped === null || Array.isArray(wrapped)) {
    throw validationFailed([
      {
        param: 'bank_account',
        code: 'missing_required_field',
        detail: 'Send the account wrapped: { "bank_account": { bank_id, kind, branch, number, digit } }.',
      },
    ]);
  }
  const fields = new FieldReader(wrapped as Record<string, unknown>);
  const bankId = digits(fields, 'bank_id', 3)?.padStart(3, '0');
  if (bankId !== undefined && !BANKS.some((bank) => bank.id === bankId)) {
    fields.fail('bank_id', 'invalid_value', `Bank ${bankId} is not one of GET /banks.`);
  }
  const kind = fields.oneOf('kind', ['checking', 'saving', 'payment'] as const, { required: true });
  const branch = digits(fields, 'branch', 4)?.padStart(4, '0');
  const number = digits(fields, 'number', 20);
  const digit = fields.string('digit', { required: true, maxLength: 1 })?.toUpperCase();
  if (digit != null && !/^[0-9X]$/.test(digit)) {
    fields.fail('digit', 'invalid_format', 'The digit field is one digit or X.');
  }
  if (fields.errors.length > 0) {
    throw validationFailed(
      fields.errors.map((error) => ({ ...error, param: `bank_account.${error.param}` })),
    );
  }
  return {
    bankId: bankId ?? '',
    kind: kind ?? 'checking',
    branch: branch ?? '',
    number: number ?? '',
    digit: digit ?? '',
  };
}

function requiredText(form: FormData, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  const missing = names.filter((name) => {
    const value = form.get(name);
    if (typeof value !== 'string' || value.trim() === '') return true;
    values[name] = value.trim();
    return false;
  });
  if (missing.length > 0) {
    throw validationFailed(
      missing.map((name) => ({
        param: name,
        code: 'missing_required_field',
        detail: `The ${name} field is required.`,
      })),
    );
  }
  return values;
}

function requirementsOf(customer: CustomerRecord) {
  return kycToSdk(customer.kyc.map(renderKycItem), customer);
}

function refuseApproved(customer: CustomerRecord, item: KycItemRecord): void {
  if (item.status === 'approved') {
    throw new ApiError(
      409,
      'document_already_approved',
      `The ${item.type} evidence of ${customer.id} is already approved.`,
    );
  }
}

/**
 * What only the SDKs describe, on the same state as everything else: banks, a customer's bank
 * account, KYC attachments (the selfie with a biometrics session token), the explicit KYC
 * review and the exchange of a biometrics bootstrap code for that token.
 */
export function sdkRoutes(app: Hono<SandboxEnv>, core: SandboxCore): void {
  resource(app, '/banks', {
    GET: (c) =>
      c.json({ data: BANKS.map((bank) => ({ ...bank, display_name: `${bank.id} - ${bank.name}` })) }),
  });

  resource(app, '/customers/:customer_id/bank-account', {
    GET: (c) => {
      const customer = requireCustomer(core, param(c, 'customer_id'));
      if (customer.bankAccount === undefined) {
        throw new ApiError(404, 'bank_account_not_found', `Customer ${customer.id} has no bank account yet.`);
      }
      return c.json(renderBankAccount(c, customer.bankAccount));
    },
    POST: (c) => {
      const customer = requireCustomer(core, param(c, 'customer_id'));
      const account = readBankAccount(jsonBody(c));
      customer.bankAccount = {
        id: customer.bankAccount?.id ?? core.newId('ba_'),
        ...account,
        updatedAt: core.timestamp(),
      };
      customer.updatedAt = core.timestamp();
      core.changed();
      return c.json(renderBankAccount(c, customer.bankAccount), 200);
    },
  });

  resource(app, '/customers/:customer_id/kyc-attachments', {
    POST: async (c) => {
      const customer = requireCustomer(core, param(c, 'customer_id'));
      const form = await readUpload(c);
      const sent = requiredText(form, ['requirement_id', 'evidence_type', 'attachment_type']);
      const requirements = requirementsOf(customer);
      const requirement = requirements.find((candidate) => candidate.requirement_id === sent.requirement_id);
      if (requirement === undefined) {
        throw validationFailed([
          {
            param: 'requirement_id',
            code: 'invalid_value',
            detail: `The requirement_id must be one of: ${requirements.map((r) => r.requirement_id).join(', ')}.`,
          },
        ]);
      }
      if (requirement.requirement_type === 'selfie') {
        throw new ApiError(
          403,
          'forbidden',
          'The selfie goes to POST /customers/{id}/kyc-attachments/selfie with a biometrics session token.',
        );
      }
      const accepted = customer.kyc.filter((item) => {
        const evidence = item.kind === 'document' ? sdkEvidenceOf(item.type) : undefined;
        return evidence?.requirementType === requirement.requirement_type;
      });
      const item = accepted.find((candidate) => {
        const evidence = sdkEvidenceOf(candidate.type);
        return (
          evidence?.evidenceType === sent.evidence_type && evidence?.attachmentType === sent.attachment_type
        );
      });
      if (item === undefined) {
        const combos = accepted.map((candidate) => {
          const evidence = sdkEvidenceOf(candidate.type);
          return `evidence_type ${evidence?.evidenceType} with attachment_type ${evidence?.attachmentType}`;
        });
        throw validationFailed([
          {
            param: 'attachment_type',
            code: 'invalid_attachment',
            detail: `${requirement.requirement_id} takes ${combos.join(' or ')}.`,
          },
        ]);
      }
      refuseApproved(customer, item);
      recordDocument(core, customer, item, await readKycFile(core, form));
      afterKycChange(core, customer);
      return c.json({ attachment_type: sent.attachment_type, submitted: true }, 201);
    },
  });

  resource(app, '/customers/:customer_id/kyc-attachments/selfie', {
    POST: async (c) => {
      const customer = requireCustomer(core, param(c, 'customer_id'));
      if (c.get('sessionCustomer') !== customer.id) {
        throw new ApiError(
          403,
          'forbidden',
          'The selfie takes the session token of a biometrics session (POST /biometrics/session-exchange).',
        );
      }
      const form = await readUpload(c);
      const sent = requiredText(form, ['requirement_id']);
      const requirement = requirementsOf(customer).find(
        (candidate) => candidate.requirement_type === 'selfie',
      );
      if (requirement === undefined || requirement.requirement_id !== sent.requirement_id) {
        throw validationFailed([
          {
            param: 'requirement_id',
            code: 'invalid_value',
            detail:
              requirement === undefined
                ? 'This customer owes no selfie.'
                : `The requirement_id is ${requirement.requirement_id}.`,
          },
        ]);
      }
      const upload = await readKycFile(core, form);
      // The SDKs' selfie is one requirement for the reference's selfie photo and biometrics capture.
      const items = customer.kyc.filter((item) => item.type === 'selfie' || item.type === 'biometrics');
      for (const item of items) refuseApproved(customer, item);
      for (const item of items) {
        if (item.type === 'selfie') recordDocument(core, customer, item, upload);
        else recordCapture(core, customer, item);
      }
      afterKycChange(core, customer);
      return c.json({ attachment_type: 'photo', submitted: true }, 201);
    },
  });

  resource(app, '/customers/:customer_id/kyc-review', {
    POST: (c) => {
      const customer = requireCustomer(core, param(c, 'customer_id'));
      jsonBody(c, true);
      // The sandbox starts the review by itself once everything is in; this confirms it.
      const missing = customer.kyc.filter((item) => !DONE.has(item.status));
      if (customer.status === 'pending_kyc' && missing.length > 0) {
        throw new ApiError(
          422,
          'kyc_incomplete',
          `Still to send: ${missing.map((item) => item.type).join(', ')}.`,
          {
            errors: missing.map((item) => ({
              param: item.type,
              code: item.status === 'pending' ? 'missing_required_field' : 'kyc_rejected',
              detail: item.message ?? `${item.description} is ${item.status}.`,
            })),
          },
        );
      }
      return c.body(null, 202);
    },
  });

  resource(app, '/biometrics/session-exchange', {
    POST: async (c) => {
      const fields = new FieldReader(jsonBody(c));
      const code = fields.string('code', { required: true, maxLength: 200 });
      fields.done();
      const session = code == null ? undefined : core.state.biometrics.get(code);
      if (session === undefined || session.exchanged === true || !sessionOpen(session, core.timestamp())) {
        throw new ApiError(401, 'invalid_code', 'The code is unknown, expired or was already exchanged.');
      }
      session.exchanged = true;
      core.changed();
      const issuedAt = Math.floor(core.options.now() / 1000);
      const ttl = Math.floor(core.options.tokenTtlSeconds);
      const jwt = await core.jwt.sign({
        sub: c.get('credential').id,
        iat: issuedAt,
        exp: issuedAt + ttl,
        jti: randomHex(16),
        cus: session.customerId,
      });
      return c.json(
        {
          access_token: `${ACCESS_TOKEN_PREFIX}${jwt}`,
          token_type: 'bearer',
          expires_in: ttl,
          customer_id: session.customerId,
        },
        200,
        { 'cache-control': 'no-store' },
      );
    },
  });
}
