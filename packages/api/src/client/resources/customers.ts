import type {
  BiometricsSession,
  CreditOffer,
  Customer,
  CustomerCreateRequest,
  CustomerUpdateRequest,
  KycDocument,
  Operations,
} from '../../types.ts';
import type { PagePromise } from '../PagePromise.ts';
import { paginate } from '../paginate.ts';
import type { RequestOptions } from '../RequestOptions.ts';
import type { Transport } from '../transport.ts';
import { pathParam } from '../url.ts';
import { bearerJson } from './bearerJson.ts';
import type { UploadDocumentInput } from './documentUpload.ts';

/** Filters and paging of `GET /customers`. */
export type CustomerListParams = NonNullable<Operations['listCustomers']['parameters']['query']>;

/** Filter and paging of `GET /customers/{customer_id}/credit-offers`. */
export type CustomerCreditOfferListParams = NonNullable<
  Operations['listCustomerCreditOffers']['parameters']['query']
>;

/** What {@link CustomersResource.createWithResponse} resolves to. */
export interface CustomerCreateResult {
  /** The registered customer, new or existing. */
  customer: Customer;
  /**
   * `true` for a new customer (`201`); `false` when the same CPF/CNPJ and `external_id` were
   * already registered and Dinie returned that customer (`200`).
   */
  created: boolean;
  /** `X-Request-Id` of the answer. */
  requestId: string | undefined;
}

/** `client.customers`: borrowers, their KYC documents and biometrics, and their offers. */
export interface CustomersResource {
  /**
   * `POST /customers`: registers a borrower and resolves with it. Registering the same
   * CPF/CNPJ with the same `external_id` again resolves with the existing customer, so a retry
   * is safe; use {@link CustomersResource.createWithResponse} to tell the two apart.
   */
  create(body: CustomerCreateRequest, options?: RequestOptions): Promise<Customer>;
  /** Like {@link CustomersResource.create}, also telling whether the customer is new. */
  createWithResponse(body: CustomerCreateRequest, options?: RequestOptions): Promise<CustomerCreateResult>;
  /** `GET /customers`: lists and searches by `cpf`, `external_id`, `status`. */
  list(params?: CustomerListParams, options?: RequestOptions): PagePromise<Customer>;
  /** `GET /customers/{customer_id}`: the customer with its `kyc` list. */
  get(customerId: string, options?: RequestOptions): Promise<Customer>;
  /** `PATCH /customers/{customer_id}`: corrects data fields; only the keys sent change. */
  update(customerId: string, body: CustomerUpdateRequest, options?: RequestOptions): Promise<Customer>;
  /**
   * `POST /customers/{customer_id}/documents`: uploads one KYC document as multipart, reporting
   * progress to `onProgress` as far as the platform allows.
   */
  uploadDocument(
    customerId: string,
    input: UploadDocumentInput,
    options?: RequestOptions,
  ): Promise<KycDocument>;
  /** `POST /customers/{customer_id}/biometrics`: opens a capture session; send the customer to `session_url`. */
  createBiometricsSession(customerId: string, options?: RequestOptions): Promise<BiometricsSession>;
  /** `GET /customers/{customer_id}/credit-offers`: the customer's offers, optionally by `status`. */
  listCreditOffers(
    customerId: string,
    params?: CustomerCreditOfferListParams,
    options?: RequestOptions,
  ): PagePromise<CreditOffer>;
}

/** Builds `client.customers` on a transport. */
export function createCustomersResource(transport: Transport): CustomersResource {
  const customerPath = (customerId: string): string => `/customers/${pathParam('customerId', customerId)}`;

  async function createWithResponse(
    body: CustomerCreateRequest,
    options?: RequestOptions,
  ): Promise<CustomerCreateResult> {
    const response = await transport<Customer>({
      method: 'POST',
      path: '/customers',
      body: { kind: 'json', value: body },
      auth: 'bearer',
      options,
    });
    return { customer: response.data, created: response.status === 201, requestId: response.requestId };
  }

  return {
    async create(body, options) {
      return (await createWithResponse(body, options)).customer;
    },
    createWithResponse,
    list(params, options) {
      return paginate<Customer>(transport, '/customers', params, options);
    },
    async get(customerId, options) {
      return bearerJson<Customer>(transport, 'GET', customerPath(customerId), options);
    },
    async update(customerId, body, options) {
      return bearerJson<Customer>(transport, 'PATCH', customerPath(customerId), options, body);
    },
    async uploadDocument(customerId, input, options) {
      // Loaded with the first upload, beside the multipart sender: a page that reads never needs it.
      const { createDocumentUpload } = await import('./documentUpload.ts');
      const response = await transport<KycDocument>({
        method: 'POST',
        path: `${customerPath(customerId)}/documents`,
        body: createDocumentUpload(input),
        auth: 'bearer',
        options,
      });
      return response.data;
    },
    async createBiometricsSession(customerId, options) {
      return bearerJson<BiometricsSession>(
        transport,
        'POST',
        `${customerPath(customerId)}/biometrics`,
        options,
      );
    },
    listCreditOffers(customerId, params, options) {
      return paginate<CreditOffer>(transport, `${customerPath(customerId)}/credit-offers`, params, options);
    },
  };
}
