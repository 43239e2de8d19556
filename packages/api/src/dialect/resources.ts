import { annualEquivalent, monthlyEquivalent } from '../credit/cet.ts';
import { roundPercent } from '../credit/rounding.ts';
import { fromCents } from '../money.ts';
import type {
  BiometricsSession,
  Credential,
  CreditOffer,
  Customer,
  CustomerStatus,
  Loan,
  LoanStatus,
  Simulation,
  Transaction,
  WebhookEndpoint,
  WebhookSecretRotation,
} from '../types.ts';
import { kycFromSdk, kycToSdk } from './kyc.ts';
import { centsOf, moneyFromSdk, moneyToSdk, orNull, timestampFromSdk, timestampToSdk } from './scalars.ts';
import type {
  SdkBiometricsSession,
  SdkCredential,
  SdkCreditOffer,
  SdkCustomer,
  SdkCustomerStatus,
  SdkLoan,
  SdkLoanStatus,
  SdkSimulation,
  SdkTransaction,
  SdkWebhookEndpoint,
  SdkWebhookSecretRotation,
} from './sdkTypes.ts';

/*
 * Resources, both ways. Money through integer cents, instants through Unix seconds, renamed keys,
 * and the statuses the two dialects count differently. Every function is pure.
 */

/** SDK loan status of each documented one (§10.4 of the contract notes). */
export const LOAN_STATUS_TO_SDK: Readonly<Record<LoanStatus, SdkLoanStatus>> = {
  processing: 'awaiting_signatures',
  contract_generated: 'awaiting_signatures',
  awaiting_signatures: 'awaiting_signatures',
  signed: 'processing',
  disbursing: 'processing',
  active: 'active',
  finished: 'finished',
  cancelled: 'cancelled',
  error: 'error',
};

/**
 * Documented loan status of each SDK one. Lossy where the SDK has one name for several documented
 * phases: `awaiting_signatures` stays `awaiting_signatures` (the CCB exists and waits to be
 * signed; the SDK generates it at creation), and `processing` (every signature in, money on its
 * way) reads as `disbursing`.
 */
export const LOAN_STATUS_FROM_SDK: Readonly<Record<SdkLoanStatus, LoanStatus>> = {
  awaiting_signatures: 'awaiting_signatures',
  processing: 'disbursing',
  active: 'active',
  finished: 'finished',
  cancelled: 'cancelled',
  error: 'error',
};

/**
 * Documented customer status of each SDK one. `creating` is the moment before `pending_kyc`;
 * `denied` (a permanent refusal) has no documented value and reads as `under_review`, the state
 * in which a documented customer who will never be approved stays.
 */
export const CUSTOMER_STATUS_FROM_SDK: Readonly<Record<SdkCustomerStatus, CustomerStatus>> = {
  creating: 'pending_kyc',
  pending_kyc: 'pending_kyc',
  under_review: 'under_review',
  active: 'active',
  denied: 'under_review',
};

/** Percent with two decimals of a rate given in percent, compounded `(1 + r)^12 − 1`. */
function annualPercent(monthlyPercent: number): number {
  return roundPercent(annualEquivalent(monthlyPercent / 100));
}

/** Percent with two decimals of a rate given in percent, `(1 + r)^(1/12) − 1`. */
function monthlyPercent(annualPercentValue: number): number {
  return roundPercent(monthlyEquivalent(annualPercentValue / 100));
}

/** A documented customer in the SDK dialect (its KYC list as requirements). */
export function customerToSdk(customer: Customer): SdkCustomer {
  return {
    id: customer.id,
    status: customer.status,
    cpf: customer.cpf,
    cnpj: customer.cnpj,
    name: customer.name,
    email: customer.email,
    phone: customer.phone,
    trading_name: customer.trading_name,
    external_id: customer.external_id,
    kyc: kycToSdk(customer.kyc, customer),
    created_at: timestampToSdk(customer.created_at),
    updated_at: timestampToSdk(customer.updated_at),
  };
}

/** An SDK customer in the documented model. */
export function customerFromSdk(customer: SdkCustomer): Customer {
  return {
    id: customer.id,
    status: CUSTOMER_STATUS_FROM_SDK[customer.status] ?? customer.status,
    cpf: customer.cpf,
    cnpj: customer.cnpj ?? null,
    name: customer.name ?? null,
    email: customer.email ?? null,
    phone: customer.phone ?? null,
    trading_name: customer.trading_name ?? null,
    external_id: customer.external_id ?? null,
    kyc: kycFromSdk(customer.kyc ?? []),
    created_at: timestampFromSdk(customer.created_at),
    updated_at: timestampFromSdk(customer.updated_at),
  };
}

function term(offer: { installments?: number; min_installments?: number; max_installments?: number }) {
  return offer.installments !== undefined
    ? { installments: offer.installments }
    : { min_installments: offer.min_installments ?? 1, max_installments: offer.max_installments ?? 1 };
}

/** A documented credit offer in the SDK dialect (a range offer has no `installments` key). */
export function creditOfferToSdk(offer: CreditOffer, externalId?: string | null): SdkCreditOffer {
  return {
    id: offer.id,
    customer_id: offer.customer_id,
    ...(externalId === undefined ? {} : { external_id: externalId }),
    status: offer.status,
    approved_amount: moneyToSdk(offer.approved_amount),
    min_amount: moneyToSdk(offer.min_amount),
    monthly_interest_rate: offer.interest_rate,
    ...term(offer),
    due_date_rule: offer.due_date_rule ?? null,
    valid_until: timestampToSdk(offer.valid_until),
    created_at: timestampToSdk(offer.created_at),
    updated_at: timestampToSdk(offer.updated_at),
  };
}

/** An SDK credit offer in the documented model. */
export function creditOfferFromSdk(offer: SdkCreditOffer): CreditOffer {
  return {
    id: offer.id,
    customer_id: offer.customer_id,
    status: offer.status,
    approved_amount: moneyFromSdk(offer.approved_amount),
    min_amount: moneyFromSdk(offer.min_amount),
    interest_rate: offer.monthly_interest_rate,
    ...term(offer),
    due_date_rule: offer.due_date_rule ?? null,
    valid_until: timestampFromSdk(offer.valid_until),
    created_at: timestampFromSdk(offer.created_at),
    updated_at: timestampFromSdk(offer.updated_at),
  };
}

/**
 * A documented simulation in the SDK dialect. `principal_amount` is the sum of the installments
 * less the interest (exact in cents); the annual interest rate and the monthly CET are the
 * equivalents of the documented monthly rate and annual CET, rounded to two decimals.
 */
export function simulationToSdk(simulation: Simulation): SdkSimulation {
  const principalCents = centsOf(simulation.total_loan_amount) - centsOf(simulation.interest_amount);
  return {
    id: simulation.id,
    credit_offer_id: simulation.credit_offer_id,
    requested_amount: moneyToSdk(simulation.requested_amount),
    principal_amount: moneyToSdk(fromCents(principalCents)),
    interest_amount: moneyToSdk(simulation.interest_amount),
    fee_amount: moneyToSdk(simulation.fees_amount),
    iof_amount: moneyToSdk(simulation.iof_amount),
    total_amount: moneyToSdk(simulation.total_loan_amount),
    monthly_interest_rate: simulation.interest_percentage,
    annual_interest_rate: annualPercent(simulation.interest_percentage),
    monthly_cet_rate: monthlyPercent(simulation.cet_percentage),
    annual_cet_rate: simulation.cet_percentage,
    installment_count: simulation.number_of_installments,
    installment_amount: moneyToSdk(simulation.installments_value),
    first_due_date: simulation.first_due_date,
    created_at: timestampToSdk(simulation.created_at),
  };
}

/**
 * An SDK simulation in the documented model. The SDK finances fees and IOF into the principal,
 * so the borrower receives the requested amount: that is the documented `amount`.
 */
export function simulationFromSdk(simulation: SdkSimulation): Simulation {
  return {
    id: simulation.id,
    credit_offer_id: simulation.credit_offer_id,
    requested_amount: moneyFromSdk(simulation.requested_amount),
    amount: moneyFromSdk(simulation.requested_amount),
    interest_amount: moneyFromSdk(simulation.interest_amount),
    fees_amount: moneyFromSdk(simulation.fee_amount),
    iof_amount: moneyFromSdk(simulation.iof_amount),
    total_loan_amount: moneyFromSdk(simulation.total_amount),
    interest_percentage: simulation.monthly_interest_rate,
    cet_percentage: simulation.annual_cet_rate,
    number_of_installments: simulation.installment_count,
    installments_value: moneyFromSdk(simulation.installment_amount),
    first_due_date: simulation.first_due_date,
    created_at: timestampFromSdk(simulation.created_at),
  };
}

/**
 * A documented loan in the SDK dialect. The financed principal is the requested amount plus the
 * fee and IOF (both financed), known once the contract prices them; `signing_url` is kept only
 * while the SDK status is `awaiting_signatures`.
 */
export function loanToSdk(loan: Loan): SdkLoan {
  const status = LOAN_STATUS_TO_SDK[loan.status];
  const priced = loan.iof !== null && loan.service_fee !== null;
  const principalCents = priced
    ? centsOf(loan.requested_amount) + centsOf(loan.service_fee ?? '0') + centsOf(loan.iof ?? '0')
    : null;
  return {
    id: loan.id,
    credit_offer_id: loan.credit_offer_id,
    simulation_id: loan.simulation_id,
    customer_id: loan.customer_id,
    status,
    requested_amount: moneyToSdk(loan.requested_amount),
    principal_amount: orNull(principalCents, (cents) => moneyToSdk(fromCents(cents))),
    iof_amount: orNull(loan.iof, moneyToSdk),
    monthly_interest_rate: loan.interest_rate,
    annual_interest_rate: orNull(loan.interest_rate, annualPercent),
    monthly_cet_rate: orNull(loan.cet, monthlyPercent),
    annual_cet_rate: loan.cet,
    total_amount: moneyToSdk(loan.total_amount),
    installment_amount: moneyToSdk(loan.installments_value),
    installment_count: loan.number_of_installments,
    first_due_date: loan.first_due_date,
    ccb_number: loan.ccb_number,
    disbursement_method: loan.disbursement_method,
    signing_url: status === 'awaiting_signatures' ? loan.signing_url : null,
    created_at: timestampToSdk(loan.created_at),
    updated_at: timestampToSdk(loan.updated_at),
  };
}

/**
 * An SDK loan in the documented model. `net_amount` (what reached the borrower) is the requested
 * amount once disbursed; `service_fee` is what the principal holds beyond the requested amount
 * and the IOF.
 */
export function loanFromSdk(loan: SdkLoan): Loan {
  const status = LOAN_STATUS_FROM_SDK[loan.status] ?? loan.status;
  const disbursed = status === 'active' || status === 'finished';
  const feeCents =
    loan.principal_amount === null || loan.iof_amount === null
      ? null
      : centsOf(loan.principal_amount) - centsOf(loan.requested_amount) - centsOf(loan.iof_amount);
  return {
    id: loan.id,
    credit_offer_id: loan.credit_offer_id,
    simulation_id: loan.simulation_id,
    customer_id: loan.customer_id,
    status,
    requested_amount: moneyFromSdk(loan.requested_amount),
    net_amount: disbursed ? moneyFromSdk(loan.requested_amount) : null,
    iof: orNull(loan.iof_amount, moneyFromSdk),
    service_fee: orNull(feeCents, (cents) => fromCents(Math.max(0, cents))),
    interest_rate: loan.monthly_interest_rate,
    cet: loan.annual_cet_rate,
    total_amount: moneyFromSdk(loan.total_amount),
    installments_value: moneyFromSdk(loan.installment_amount),
    number_of_installments: loan.installment_count,
    first_due_date: loan.first_due_date,
    ccb_number: loan.ccb_number,
    disbursement_method: loan.disbursement_method,
    signing_url: loan.signing_url,
    created_at: timestampFromSdk(loan.created_at),
    updated_at: timestampFromSdk(loan.updated_at),
  };
}

const TRANSACTION_MONEY = [
  'amount_due',
  'amount_paid',
  'amount_remaining',
  'principal',
  'interest',
  'fees',
] as const;

/** A documented installment in the SDK dialect (same keys, numbers and seconds). */
export function transactionToSdk(tx: Transaction): SdkTransaction {
  const money = Object.fromEntries(TRANSACTION_MONEY.map((key) => [key, moneyToSdk(tx[key])]));
  return {
    ...tx,
    ...(money as Pick<SdkTransaction, (typeof TRANSACTION_MONEY)[number]>),
    paid_at: orNull(tx.paid_at, timestampToSdk),
    created_at: timestampToSdk(tx.created_at),
    updated_at: timestampToSdk(tx.updated_at),
  };
}

/** An SDK installment in the documented model. */
export function transactionFromSdk(tx: SdkTransaction): Transaction {
  const money = Object.fromEntries(TRANSACTION_MONEY.map((key) => [key, moneyFromSdk(tx[key])]));
  return {
    ...tx,
    ...(money as Pick<Transaction, (typeof TRANSACTION_MONEY)[number]>),
    paid_at: orNull(tx.paid_at, timestampFromSdk),
    created_at: timestampFromSdk(tx.created_at),
    updated_at: timestampFromSdk(tx.updated_at),
  };
}

/** A documented webhook endpoint in the SDK dialect (a `null` description is `""`; `secret` kept). */
export function webhookEndpointToSdk(endpoint: WebhookEndpoint & { secret?: string }): SdkWebhookEndpoint {
  return {
    ...endpoint,
    events: [...endpoint.events],
    description: endpoint.description ?? '',
    created_at: timestampToSdk(endpoint.created_at),
    updated_at: timestampToSdk(endpoint.updated_at),
  };
}

/** An SDK webhook endpoint in the documented model (an empty description is `null`; `secret` kept). */
export function webhookEndpointFromSdk(endpoint: SdkWebhookEndpoint): WebhookEndpoint & { secret?: string } {
  return {
    ...endpoint,
    events: [...endpoint.events] as WebhookEndpoint['events'],
    description: endpoint.description === '' ? null : endpoint.description,
    created_at: timestampFromSdk(endpoint.created_at),
    updated_at: timestampFromSdk(endpoint.updated_at),
  };
}

/** A documented secret rotation in the SDK dialect. */
export function secretRotationToSdk(rotation: WebhookSecretRotation): SdkWebhookSecretRotation {
  return { ...rotation, previous_secret_expires_at: timestampToSdk(rotation.previous_secret_expires_at) };
}

/** An SDK secret rotation in the documented model. */
export function secretRotationFromSdk(rotation: SdkWebhookSecretRotation): WebhookSecretRotation {
  return { ...rotation, previous_secret_expires_at: timestampFromSdk(rotation.previous_secret_expires_at) };
}

/** A documented biometrics session in the SDK dialect. */
export function biometricsSessionToSdk(session: BiometricsSession): SdkBiometricsSession {
  return { session_url: session.session_url, expires_at: timestampToSdk(session.expires_at) };
}

/** An SDK biometrics session in the documented model. */
export function biometricsSessionFromSdk(session: SdkBiometricsSession): BiometricsSession {
  return { session_url: session.session_url, expires_at: timestampFromSdk(session.expires_at) };
}

/** A documented credential in the SDK dialect (`client_secret` kept when present). */
export function credentialToSdk(credential: Credential & { client_secret?: string }): SdkCredential {
  return {
    ...credential,
    expires_at: orNull(credential.expires_at, timestampToSdk),
    created_at: timestampToSdk(credential.created_at),
    updated_at: timestampToSdk(credential.updated_at),
    last_used_at: orNull(credential.last_used_at, timestampToSdk),
  };
}

/** An SDK credential in the documented model (`client_secret` kept when present). */
export function credentialFromSdk(credential: SdkCredential): Credential & { client_secret?: string } {
  return {
    ...credential,
    expires_at: orNull(credential.expires_at, timestampFromSdk),
    created_at: timestampFromSdk(credential.created_at),
    updated_at: timestampFromSdk(credential.updated_at),
    last_used_at: orNull(credential.last_used_at, timestampFromSdk),
  };
}
