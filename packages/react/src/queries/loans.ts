import type { Loan, LoanCreateRequest, Transaction } from '@dinie-embed/api';
import { mutationOptions, queryOptions, skipToken } from '@tanstack/react-query';
import { createSubmission, type Submission } from './createSubmission.ts';
import { dinieClientOf } from './dinieClientOf.ts';
import { FRESH_FOR_MS } from './freshness.ts';
import { creditOfferKeys, loanKeys } from './queryKeys.ts';
import { isSettledLoan } from './settledLoan.ts';

/** One page holds every installment of a loan; Dinie's maximum page size. */
const TRANSACTIONS_PAGE_SIZE = 100;

/** `queryOptions` of loans. */
export const loanQueries = {
  /** One loan by id; `signing_url`, `ccb_number` and the amounts fill in as it advances. */
  detail: (loanId: string) =>
    queryOptions({
      queryKey: loanKeys.detail(loanId),
      queryFn: ({ client, signal }) =>
        dinieClientOf(client, 'loanQueries.detail(id)').loans.get(loanId, { signal }),
      // A settled loan never changes: a remount or a refocus need not ask again.
      staleTime: (query) => (isSettledLoan(query.state.data) ? Number.POSITIVE_INFINITY : FRESH_FOR_MS),
    }),
  /** The installments of a loan, in Dinie's order; empty until the loan is `active`. */
  transactions: (loanId: string) =>
    queryOptions({
      queryKey: loanKeys.transactions(loanId),
      staleTime: FRESH_FOR_MS,
      queryFn: async ({ client, signal }): Promise<Transaction[]> => {
        const page = await dinieClientOf(client, 'loanQueries.transactions(id)').loans.listTransactions(
          loanId,
          { limit: TRANSACTIONS_PAGE_SIZE },
          { signal },
        );
        return page.data;
      },
    }),
  /**
   * The id of the loan made from an offer, as this page learnt it. Dinie has no endpoint to look
   * it up, so this is filled by `loanMutations.create()` and `loan.created` events, never fetched.
   */
  idForOffer: (creditOfferId: string) =>
    queryOptions<string>({
      queryKey: loanKeys.forOffer(creditOfferId),
      queryFn: skipToken,
      staleTime: Number.POSITIVE_INFINITY,
    }),
};

/** `mutationOptions` of loans. */
export const loanMutations = {
  /**
   * Contracts the offer's latest simulation. Repeats of the same terms share one
   * `Idempotency-Key`, so a double click on "contract" creates one loan.
   *
   * @param submission - the logical submission to use; a hook keeps one per component.
   */
  create: (submission: Submission<LoanCreateRequest> = createSubmission()) =>
    mutationOptions({
      mutationKey: [...loanKeys.all, 'create'] as const,
      mutationFn: (request: LoanCreateRequest, { client }): Promise<Loan> =>
        submission.submit(request, (idempotencyKey) =>
          dinieClientOf(client, 'loanMutations.create()').loans.create(request, { idempotencyKey }),
        ),
      onSuccess: (loan, _request, _result, { client }) => {
        client.setQueryData(loanKeys.detail(loan.id), loan);
        client.setQueryData(loanKeys.forOffer(loan.credit_offer_id), loan.id);
        return Promise.all([
          // Dinie moves a new loan on by itself (contract generated, awaiting signatures), and its
          // events can arrive before this answer is stored, when there is no query yet for them to
          // refetch. The answer shows at once, but the first component that shows the loan reads
          // it again, so a page is never left on a status the stream has already moved past.
          client.invalidateQueries({ queryKey: loanKeys.detail(loan.id) }),
          // The offer is `accepted` now.
          client.invalidateQueries({ queryKey: creditOfferKeys.all }),
        ]);
      },
    }),
};
