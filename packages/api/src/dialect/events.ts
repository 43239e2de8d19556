import type { Customer, Loan, WebhookEvent, WebhookEventType } from '../types.ts';
import { kycFromSdk, kycToSdk } from './kyc.ts';
import {
  CUSTOMER_STATUS_FROM_SDK,
  creditOfferFromSdk,
  creditOfferToSdk,
  customerFromSdk,
  customerToSdk,
  LOAN_STATUS_FROM_SDK,
  LOAN_STATUS_TO_SDK,
  loanToSdk,
} from './resources.ts';
import { moneyFromSdk, moneyToSdk, timestampFromSdk, timestampToSdk } from './scalars.ts';
import type {
  SdkCreditOffer,
  SdkCustomer,
  SdkKycRequirement,
  SdkLoanStatus,
  SdkWebhookEvent,
  SdkWebhookEventType,
} from './sdkTypes.ts';

/*
 * Webhook events, both ways. The documented catalogue has 16 events and the SDKs' 15; they share
 * 11 names. Decisions:
 *
 * - docs `loan.contract_generated` and `loan.awaiting_signatures` have no SDK event (the SDK
 *   generates the contract with the loan): not sent to SDK receivers.
 * - docs `loan.signed` is the SDK's `loan.signature_received` (one signer: the borrower), and docs
 *   `loan.disbursing` its `loan.processing`.
 * - back to docs, SDK `loan.processing` (every signature in, money on its way) is `loan.signed`
 *   followed by `loan.disbursing`; `loan.signature_received` says nothing the documented model
 *   keeps (signatures are counted only as a whole) and reads as no event; SDK `loan.created`
 *   with a `signing_url` is `loan.created` followed by `loan.awaiting_signatures`;
 *   `customer.denied` has no documented event and reads as none. Events read from one SDK event
 *   share its `id` (the `webhook-id` that was verified).
 */

/** The SDK name of each documented event, or `null` when SDK receivers never get it. */
export const EVENT_TYPE_TO_SDK: Readonly<Record<WebhookEventType, SdkWebhookEventType | null>> = {
  'customer.created': 'customer.created',
  'customer.under_review': 'customer.under_review',
  'customer.kyc_updated': 'customer.kyc_updated',
  'customer.active': 'customer.active',
  'credit_offer.available': 'credit_offer.available',
  'credit_offer.expired': 'credit_offer.expired',
  'loan.created': 'loan.created',
  'loan.contract_generated': null,
  'loan.awaiting_signatures': null,
  'loan.signed': 'loan.signature_received',
  'loan.disbursing': 'loan.processing',
  'loan.active': 'loan.active',
  'loan.payment_received': 'loan.payment_received',
  'loan.finished': 'loan.finished',
  'loan.cancelled': 'loan.cancelled',
  'loan.error': 'loan.error',
};

/** The documented events an SDK event reads as (see the module notes), in order. */
export const EVENT_TYPES_FROM_SDK: Readonly<Record<SdkWebhookEventType, readonly WebhookEventType[]>> = {
  'customer.created': ['customer.created'],
  'customer.under_review': ['customer.under_review'],
  'customer.kyc_updated': ['customer.kyc_updated'],
  'customer.active': ['customer.active'],
  'customer.denied': [],
  'credit_offer.available': ['credit_offer.available'],
  'credit_offer.expired': ['credit_offer.expired'],
  'loan.created': ['loan.created', 'loan.awaiting_signatures'],
  'loan.signature_received': ['loan.signed'],
  'loan.processing': ['loan.signed', 'loan.disbursing'],
  'loan.active': ['loan.active'],
  'loan.payment_received': ['loan.payment_received'],
  'loan.finished': ['loan.finished'],
  'loan.cancelled': ['loan.cancelled'],
  'loan.error': ['loan.error'],
};

/** Whether `type` is one of the SDKs' 15 event names. */
export function isSdkEventType(type: unknown): type is SdkWebhookEventType {
  return typeof type === 'string' && Object.hasOwn(EVENT_TYPES_FROM_SDK, type);
}

/**
 * What a documented event's SDK form needs beyond its own payload: the customer and the loan as
 * they are (their ids, names and contract facts never change once set).
 */
export interface SdkEventContext {
  /** The customer the event is about (or the loan's customer). */
  customer?: Customer | undefined;
  /** The loan the event is about. */
  loan?: Loan | undefined;
}

type Data = Record<string, unknown>;

function sdkEventData(event: WebhookEvent, context: SdkEventContext): Data {
  const data = event.data as Data;
  const { customer, loan } = context;
  switch (event.type) {
    case 'customer.created': {
      const { created_at: _created, updated_at: _updated, ...rest } = customerToSdk(event.data);
      return rest;
    }
    case 'customer.kyc_updated':
      return {
        id: event.data.id,
        external_id: customer?.external_id ?? (data.external_id as string | null | undefined) ?? null,
        status: event.data.status,
        kyc: kycToSdk(event.data.kyc, { id: event.data.id, name: customer?.name ?? null }),
      };
    case 'credit_offer.available':
    case 'credit_offer.expired': {
      // The payload is the offer without its own timestamps.
      const at = event.timestamp;
      const {
        created_at: _c,
        updated_at: _u,
        ...offer
      } = creditOfferToSdk({ ...event.data, created_at: at, updated_at: at }, customer?.external_id ?? null);
      return offer;
    }
    case 'loan.created':
      return {
        id: event.data.id,
        credit_offer_id: event.data.credit_offer_id,
        customer_id: event.data.customer_id,
        status: 'awaiting_signatures',
        requested_amount: moneyToSdk(event.data.requested_amount),
        installment_count: event.data.number_of_installments,
        signing_url: loan?.signing_url ?? null,
      };
    case 'loan.signed':
      return {
        id: event.data.id,
        status: 'awaiting_signatures',
        signer: {
          name: customer?.name ?? '',
          cpf: customer?.cpf ?? '',
          signed_at: timestampToSdk(event.timestamp),
        },
        signatures_received: 1,
        signatures_required: 1,
      };
    case 'loan.disbursing':
      return {
        id: event.data.id,
        credit_offer_id: loan?.credit_offer_id ?? null,
        customer_id: loan?.customer_id ?? null,
        status: 'processing',
        ccb_number: loan?.ccb_number ?? null,
        disbursement_method: event.data.disbursement_method,
      };
    case 'loan.active':
      return {
        id: event.data.id,
        status: 'active',
        requested_amount: moneyToSdk(event.data.requested_amount),
        principal_amount: loan === undefined ? null : loanToSdk(loan).principal_amount,
      };
    case 'loan.payment_received':
      return {
        id: event.data.id,
        status: LOAN_STATUS_TO_SDK[event.data.status],
        payment: {
          amount: moneyToSdk(event.data.payment.amount),
          paid_at: timestampToSdk(event.data.payment.paid_at),
          installment_number: event.data.payment.installment_number,
        },
      };
    default:
      // customer.under_review, customer.active, loan.finished, loan.cancelled, loan.error: same keys.
      return { ...data };
  }
}

/**
 * A documented event as an SDK receiver gets it, or `null` for the two documented events the
 * SDKs do not know (they throw on unknown types). `context` fills the keys the SDK payload has
 * beyond the documented one; without it they are `null` (or empty).
 */
export function webhookEventToSdk(
  event: WebhookEvent,
  context: SdkEventContext = {},
): SdkWebhookEvent | null {
  const type = EVENT_TYPE_TO_SDK[event.type];
  if (type === null || type === undefined) return null;
  return {
    id: event.id,
    type,
    api_version: '2026-03-01',
    created_at: timestampToSdk(event.created_at),
    delivery_id: event.delivery_id,
    timestamp: timestampToSdk(event.timestamp),
    data: sdkEventData(event, context),
  };
}

/** An event payload that may lack its resource's timestamps, with the event's time in their place. */
function withTimes<T extends { created_at: number; updated_at: number }>(data: T, at: number): T {
  return { ...data, created_at: data.created_at ?? at, updated_at: data.updated_at ?? at };
}

function docsEventData(event: SdkWebhookEvent, type: WebhookEventType): Data {
  const data = event.data;
  switch (type) {
    case 'customer.created': {
      return { ...customerFromSdk(withTimes(data as unknown as SdkCustomer, event.timestamp)) };
    }
    case 'customer.kyc_updated':
      return {
        id: data.id,
        status: CUSTOMER_STATUS_FROM_SDK[data.status as SdkCustomer['status']] ?? data.status,
        external_id: data.external_id ?? null,
        kyc: kycFromSdk((data.kyc as SdkKycRequirement[] | undefined) ?? []),
      };
    case 'credit_offer.available':
    case 'credit_offer.expired': {
      const {
        created_at: _c,
        updated_at: _u,
        ...offer
      } = creditOfferFromSdk(withTimes(data as unknown as SdkCreditOffer, event.timestamp));
      return offer;
    }
    case 'loan.created':
      return {
        id: data.id,
        credit_offer_id: data.credit_offer_id,
        customer_id: data.customer_id,
        status: 'processing',
        requested_amount: moneyFromSdk(data.requested_amount as number),
        number_of_installments: data.installment_count,
      };
    case 'loan.awaiting_signatures':
      return { id: data.id, status: 'awaiting_signatures', signing_url: data.signing_url };
    case 'loan.signed':
      return { id: data.id, status: 'signed', ccb_number: data.ccb_number ?? null };
    case 'loan.disbursing':
      return { id: data.id, status: 'disbursing', disbursement_method: data.disbursement_method ?? null };
    case 'loan.active':
      return {
        id: data.id,
        status: 'active',
        requested_amount: moneyFromSdk(data.requested_amount as number),
        net_amount: moneyFromSdk(data.requested_amount as number),
      };
    case 'loan.payment_received': {
      const payment = data.payment as { amount: number; paid_at: number; installment_number: number };
      return {
        id: data.id,
        status: LOAN_STATUS_FROM_SDK[data.status as SdkLoanStatus] ?? data.status,
        payment: {
          amount: moneyFromSdk(payment.amount),
          paid_at: timestampFromSdk(payment.paid_at),
          installment_number: payment.installment_number,
        },
      };
    }
    case 'loan.error':
      return {
        id: data.id,
        status: 'error',
        error: data.error ?? { code: 'unknown_error', message: 'The loan failed.' },
      };
    default:
      return { ...data };
  }
}

/**
 * The documented events an SDK event reads as: usually one, none for `customer.denied` and a
 * partial `loan.signature_received`, two for `loan.processing` and for a `loan.created` that
 * carries its `signing_url`. Every event keeps the SDK event's `id`.
 *
 * @throws {TypeError} on an event type outside the SDK catalogue.
 */
export function webhookEventFromSdk(event: SdkWebhookEvent): WebhookEvent[] {
  if (!isSdkEventType(event.type)) {
    throw new TypeError(`Unknown SDK webhook event type ${JSON.stringify(event.type)}.`);
  }
  const data = event.data;
  const types = EVENT_TYPES_FROM_SDK[event.type].filter((type) => {
    if (event.type === 'loan.created' && type === 'loan.awaiting_signatures')
      return Boolean(data.signing_url);
    if (event.type === 'loan.signature_received') {
      // Only the last signature says the loan is signed, and only with its CCB number.
      return (
        typeof data.ccb_number === 'string' &&
        Number(data.signatures_received) >= Number(data.signatures_required)
      );
    }
    return true;
  });
  return types.map(
    (type) =>
      ({
        id: event.id,
        type,
        api_version: '2026-03-01',
        created_at: timestampFromSdk(event.created_at),
        timestamp: timestampFromSdk(event.timestamp),
        delivery_id: event.delivery_id,
        data: docsEventData(event, type),
      }) as WebhookEvent,
  );
}
