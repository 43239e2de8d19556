import type { Loan, LoanCreateRequest, Operations, Transaction } from '../../types.ts';
import type { PagePromise } from '../PagePromise.ts';
import { paginate } from '../paginate.ts';
import type { RequestOptions } from '../RequestOptions.ts';
import type { Transport } from '../transport.ts';
import { pathParam } from '../url.ts';
import { bearerJson } from './bearerJson.ts';

/** Paging of `GET /loans/{loan_id}/transactions`. */
export type TransactionListParams = NonNullable<Operations['listTransactions']['parameters']['query']>;

/** `client.loans`: loans originated from a simulation, and their installments. */
export interface LoansResource {
  /**
   * `POST /loans`: contracts the terms of the offer's latest simulation. The loan starts in
   * `processing`; follow it with `loan.*` webhooks or {@link LoansResource.get}.
   */
  create(body: LoanCreateRequest, options?: RequestOptions): Promise<Loan>;
  /** `GET /loans/{loan_id}`: the loan; `signing_url`, `ccb_number` and the like fill in as it advances. */
  get(loanId: string, options?: RequestOptions): Promise<Loan>;
  /** `GET /loans/{loan_id}/transactions`: one transaction per installment. */
  listTransactions(
    loanId: string,
    params?: TransactionListParams,
    options?: RequestOptions,
  ): PagePromise<Transaction>;
}

/** Builds `client.loans` on a transport. */
export function createLoansResource(transport: Transport): LoansResource {
  const loanPath = (loanId: string): string => `/loans/${pathParam('loanId', loanId)}`;

  return {
    async create(body, options) {
      return bearerJson<Loan>(transport, 'POST', '/loans', options, body);
    },
    async get(loanId, options) {
      return bearerJson<Loan>(transport, 'GET', loanPath(loanId), options);
    },
    listTransactions(loanId, params, options) {
      return paginate<Transaction>(transport, `${loanPath(loanId)}/transactions`, params, options);
    },
  };
}
