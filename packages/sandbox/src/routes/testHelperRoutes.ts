import type { Hono } from 'hono';
import { ApiError, validationFailed } from '../http/ApiError.ts';
import { FieldReader } from '../http/FieldReader.ts';
import { jsonBody, param, resource } from '../http/routing.ts';
import type { SandboxEnv } from '../http/SandboxEnv.ts';
import { completeBiometrics } from '../lifecycle/biometrics.ts';
import { approveKyc, rejectKycItem } from '../lifecycle/customerLifecycle.ts';
import { CORRECTABLE_FIELDS } from '../lifecycle/kycProfile.ts';
import { cancelLoan, failLoan, payInstallment, signLoan } from '../lifecycle/loanLifecycle.ts';
import { expireOffer } from '../lifecycle/offerLifecycle.ts';
import { requireCustomer, requireLoan, requireOffer } from '../lookups.ts';
import { renderCreditOffer } from '../render/renderCreditOffer.ts';
import { renderCustomer } from '../render/renderCustomer.ts';
import type { SandboxCore } from '../SandboxCore.ts';
import { loanView } from './loanRoutes.ts';

/**
 * `/test_helpers/*`: what people and Dinie's back office would do, on demand — approve or reject
 * KYC, finish a capture, expire an offer, sign, cancel, fail or pay a loan, move the clock.
 * Bearer-authenticated like every operation; bodies are optional unless a field is required.
 */
export function testHelperRoutes(app: Hono<SandboxEnv>, core: SandboxCore): void {
  const customerHelper = (path: string, act: (customerId: string, body: FieldReader) => void) =>
    resource(app, `/test_helpers/customers/:customer_id/${path}`, {
      POST: (c) => {
        const customerId = param(c, 'customer_id');
        requireCustomer(core, customerId);
        act(customerId, new FieldReader(jsonBody(c, true)));
        return c.json(renderCustomer(requireCustomer(core, customerId)));
      },
    });

  customerHelper('kyc/approve', (id) => approveKyc(core, requireCustomer(core, id)));

  customerHelper('kyc/reject', (id, fields) => {
    const customer = requireCustomer(core, id);
    const type = fields.string('type', { required: true, maxLength: 64 });
    const status = fields.oneOf('status', ['rejected', 'pending_correction'] as const, { required: true });
    const message = fields.string('message', { maxLength: 500, nullable: true }) ?? null;
    if (type != null && !customer.kyc.some((item) => item.type === type) && !(type in CORRECTABLE_FIELDS)) {
      const known = [...customer.kyc.map((item) => item.type), ...Object.keys(CORRECTABLE_FIELDS)];
      fields.fail(
        'type',
        'invalid_value',
        `The type field must be one of: ${[...new Set(known)].join(', ')}.`,
      );
    }
    fields.done();
    rejectKycItem(core, customer, type ?? '', status ?? 'rejected', message);
  });

  customerHelper('biometrics/complete', (id) => completeBiometrics(core, requireCustomer(core, id)));

  resource(app, '/test_helpers/credit-offers/:credit_offer_id/expire', {
    POST: (c) => {
      const offer = requireOffer(core, param(c, 'credit_offer_id'));
      jsonBody(c, true);
      if (offer.status !== 'available') {
        throw new ApiError(
          409,
          'invalid_state',
          `Credit offer ${offer.id} is ${offer.status}; only available offers expire.`,
        );
      }
      expireOffer(core, offer);
      return c.json(renderCreditOffer(offer));
    },
  });

  const loanHelper = (path: string, act: (loanId: string, fields: FieldReader) => void) =>
    resource(app, `/test_helpers/loans/:loan_id/${path}`, {
      POST: (c) => {
        const loan = requireLoan(core, param(c, 'loan_id'));
        act(loan.id, new FieldReader(jsonBody(c, true)));
        return c.json(loanView(core, loan));
      },
    });

  loanHelper('sign', (id) => signLoan(core, requireLoan(core, id)));
  loanHelper('cancel', (id) => cancelLoan(core, requireLoan(core, id)));
  loanHelper('fail', (id, fields) => {
    const code = fields.string('code', { maxLength: 100 }) ?? 'disbursement_failed';
    const message = fields.string('message', { maxLength: 500 }) ?? 'Bank rejected the transfer.';
    fields.done();
    failLoan(core, requireLoan(core, id), { code, message });
  });
  loanHelper('pay', (id, fields) => {
    const amount = fields.money('amount');
    if (amount === 0)
      fields.fail('amount', 'amount_out_of_range', 'The amount field must be more than 0.00.');
    fields.done();
    payInstallment(core, requireLoan(core, id), amount);
  });

  resource(app, '/test_helpers/clock', {
    GET: (c) => c.json(clockView(core)),
  });
  resource(app, '/test_helpers/clock/advance', {
    POST: (c) => {
      const fields = new FieldReader(jsonBody(c, true));
      const days = fields.integer('days', { required: true, min: 0, max: 3650 });
      fields.done();
      if (days == null)
        throw validationFailed([
          { param: 'days', code: 'missing_required_field', detail: 'The days field is required.' },
        ]);
      core.clock.advance(days);
      return c.json(clockView(core));
    },
  });
}

function clockView(core: SandboxCore): { now: string; today: string } {
  return { now: core.timestamp(), today: core.today() };
}
