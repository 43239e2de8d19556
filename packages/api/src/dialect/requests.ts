import type { CredentialCreateRequest, LoanCreateRequest, SimulationRequest } from '../types.ts';
import { moneyFromSdk, moneyToSdk, orNull, timestampFromSdk, timestampToSdk } from './scalars.ts';
import type { SdkCredentialCreateRequest, SdkLoanCreateRequest, SdkSimulationRequest } from './sdkTypes.ts';

/*
 * Request bodies, both ways. Only three documented bodies differ from the SDKs': the simulation
 * (money type), the loan (money type and two names) and the credential (`expires_at`). Customer,
 * webhook endpoint and rotation bodies have the same keys in both dialects.
 */

/** A documented simulation request in the SDK dialect. */
export function simulationRequestToSdk(body: SimulationRequest): SdkSimulationRequest {
  return { requested_amount: moneyToSdk(body.requested_amount), installment_count: body.installment_count };
}

/** An SDK simulation request in the documented model. */
export function simulationRequestFromSdk(body: SdkSimulationRequest): SimulationRequest {
  return { requested_amount: moneyFromSdk(body.requested_amount), installment_count: body.installment_count };
}

/** A documented loan request in the SDK dialect (`installments` → `installment_count`, `installments_value` → `installment_amount`). */
export function loanCreateRequestToSdk(body: LoanCreateRequest): SdkLoanCreateRequest {
  return {
    credit_offer_id: body.credit_offer_id,
    simulation_id: body.simulation_id,
    installment_count: body.installments,
    installment_amount: moneyToSdk(body.installments_value),
    first_due_date: body.first_due_date,
  };
}

/** An SDK loan request in the documented model. */
export function loanCreateRequestFromSdk(body: SdkLoanCreateRequest): LoanCreateRequest {
  return {
    credit_offer_id: body.credit_offer_id,
    simulation_id: body.simulation_id,
    installments: body.installment_count,
    installments_value: moneyFromSdk(body.installment_amount),
    first_due_date: body.first_due_date,
  };
}

/** A documented credential request in the SDK dialect (`expires_at` in Unix seconds). */
export function credentialCreateRequestToSdk(body: CredentialCreateRequest): SdkCredentialCreateRequest {
  return {
    name: body.name,
    ...(body.expires_at === undefined ? {} : { expires_at: orNull(body.expires_at, timestampToSdk) }),
  };
}

/** An SDK credential request in the documented model. */
export function credentialCreateRequestFromSdk(body: SdkCredentialCreateRequest): CredentialCreateRequest {
  return {
    name: body.name,
    ...(body.expires_at === undefined ? {} : { expires_at: orNull(body.expires_at, timestampFromSdk) }),
  };
}
