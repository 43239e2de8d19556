import express, { type Request, type Response, Router } from 'express';
import type { BorrowerDirectory } from './borrowers.ts';
import type { PartnerApi } from './partnerApi.ts';
import { signedInBorrower } from './signIn.ts';

/** What the panel shows of the signed-in borrower, read as the partner. */
export interface PanelState {
  customer: { id: string; status: string; kyc: Array<{ type: string; status: string }> } | null;
  offer: { id: string; status: string } | null;
  loan: { id: string; status: string; nextInstallment: { due_date: string; amount: string } | null } | null;
  /** The sandbox clock's day (`YYYY-MM-DD`). */
  today: string;
}

/** The panel's buttons, each one sandbox test helper acting for the signed-in borrower. */
export const PANEL_ACTIONS = [
  'approve-kyc',
  'complete-biometrics',
  'expire-offer',
  'sign',
  'pay',
  'advance-clock',
] as const;

/** One of {@link PANEL_ACTIONS}. */
export type PanelAction = (typeof PANEL_ACTIONS)[number];

/**
 * `/demo/sandbox/…`: the reviewer's panel that drives the local sandbox's test helpers (approve
 * KYC, complete biometrics, expire the offer, sign, pay an installment, advance the clock) so every
 * state can be walked by hand. Mounted only when the demo runs against the sandbox.
 */
export function sandboxPanel(partner: PartnerApi, borrowers: BorrowerDirectory): Router {
  const router = Router();
  router.use(express.json({ limit: '4kb' }));

  const stateOf = async (req: Request): Promise<PanelState> => {
    const borrower = signedInBorrower(req, borrowers);
    const customers = await partner.client.customers.list({ external_id: borrower.id, limit: 1 });
    const customer = customers.data[0] ?? null;
    const offers = customer
      ? await partner.client.customers.listCreditOffers(customer.id, { limit: 1 })
      : { data: [] };
    const offer = offers.data[0] ?? null;
    const loan = borrower.loanId ? await partner.client.loans.get(borrower.loanId) : null;
    const installments = loan ? await partner.client.loans.listTransactions(loan.id, { limit: 100 }) : null;
    const next = installments?.data.find((t) => t.status !== 'paid') ?? null;
    const clock = (await partner.call('GET', '/test_helpers/clock')) as { today: string };
    return {
      customer: customer
        ? {
            id: customer.id,
            status: customer.status,
            kyc: customer.kyc.map((item) => ({ type: item.type, status: item.status })),
          }
        : null,
      offer: offer ? { id: offer.id, status: offer.status } : null,
      loan: loan
        ? {
            id: loan.id,
            status: loan.status,
            nextInstallment: next ? { due_date: next.due_date, amount: next.amount_remaining } : null,
          }
        : null,
      today: clock.today,
    };
  };

  router.get('/state', async (req, res) => {
    res.json(await stateOf(req));
  });

  router.post('/:action', async (req: Request<{ action: string }>, res: Response) => {
    const action = req.params.action as PanelAction;
    if (!PANEL_ACTIONS.includes(action)) {
      res.status(404).json({ error: 'unknown_action', detail: `Ações: ${PANEL_ACTIONS.join(', ')}.` });
      return;
    }
    const state = await stateOf(req);
    const need = <T>(value: T | null, what: string): T => {
      if (value === null) throw new PanelConflict(what);
      return value;
    };
    switch (action) {
      case 'approve-kyc':
        await partner.call(
          'POST',
          `/test_helpers/customers/${need(state.customer, 'customer').id}/kyc/approve`,
        );
        break;
      case 'complete-biometrics':
        await partner.call(
          'POST',
          `/test_helpers/customers/${need(state.customer, 'customer').id}/biometrics/complete`,
        );
        break;
      case 'expire-offer':
        await partner.call('POST', `/test_helpers/credit-offers/${need(state.offer, 'offer').id}/expire`);
        break;
      case 'sign':
        await partner.call('POST', `/test_helpers/loans/${need(state.loan, 'loan').id}/sign`);
        break;
      case 'pay':
        await partner.call('POST', `/test_helpers/loans/${need(state.loan, 'loan').id}/pay`);
        break;
      case 'advance-clock': {
        const days = Number((req.body as { days?: unknown } | undefined)?.days ?? 30);
        if (!Number.isInteger(days) || days < 1 || days > 3650) {
          res.status(422).json({ error: 'invalid_days', detail: 'Avance de 1 a 3650 dias.' });
          return;
        }
        await partner.call('POST', '/test_helpers/clock/advance', { days });
        break;
      }
    }
    res.json(await stateOf(req));
  });
  return router;
}

const MISSING: Record<string, string> = {
  customer: 'Este cliente ainda não se cadastrou na Dinie.',
  offer: 'Este cliente ainda não tem oferta de crédito.',
  loan: 'Este cliente ainda não contratou um empréstimo.',
};

/** The panel's action needs something the borrower does not have yet (409). */
export class PanelConflict extends Error {
  override readonly name = 'PanelConflict';
  constructor(readonly missing: string) {
    super(MISSING[missing] ?? `Missing ${missing}.`);
  }
}
