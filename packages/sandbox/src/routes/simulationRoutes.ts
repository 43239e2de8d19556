import { iofRatesFor, simulateLoan } from '@dinie-embed/api/credit';
import type { Hono } from 'hono';
import { fromCents } from '../contract.ts';
import { ApiError, type FieldError, validationFailed } from '../http/ApiError.ts';
import { FieldReader } from '../http/FieldReader.ts';
import { jsonBody, param, resource } from '../http/routing.ts';
import type { SandboxEnv } from '../http/SandboxEnv.ts';
import { requireCustomer, requireOffer } from '../lookups.ts';
import { renderSimulation } from '../render/renderSimulation.ts';
import type { SandboxCore } from '../SandboxCore.ts';
import type { OfferRecord, SimulationRecord } from '../state/records.ts';

/** Most installments any simulation prices, whatever the offer says. */
const MAX_INSTALLMENTS = 600;

/**
 * Checks that an offer can still be simulated or contracted.
 *
 * @throws {ApiError} 422 `offer_expired`, 409 `offer_already_accepted`.
 */
export function requireOpenOffer(offer: OfferRecord): void {
  if (offer.status === 'expired') {
    throw new ApiError(422, 'offer_expired', `Credit offer ${offer.id} expired at ${offer.validUntil}.`, {
      param: 'credit_offer_id',
    });
  }
  if (offer.status === 'accepted') {
    throw new ApiError(409, 'offer_already_accepted', `Credit offer ${offer.id} already has a loan.`);
  }
}

function termErrors(offer: OfferRecord, requestedCents: number, installmentCount: number): FieldError[] {
  const errors: FieldError[] = [];
  if (requestedCents < offer.minCents || requestedCents > offer.approvedCents) {
    errors.push({
      param: 'requested_amount',
      code: 'amount_out_of_range',
      detail: `The requested_amount must be between ${fromCents(offer.minCents)} and ${fromCents(offer.approvedCents)}.`,
    });
  }
  const [min, max] =
    offer.installments !== null
      ? [offer.installments, offer.installments]
      : [offer.minInstallments ?? 1, offer.maxInstallments ?? 1];
  if (installmentCount < min || installmentCount > max) {
    errors.push({
      param: 'installment_count',
      code: 'invalid_installment_count',
      detail:
        min === max
          ? `This offer takes exactly ${min} installments.`
          : `The installment_count must be between ${min} and ${max}.`,
    });
  }
  return errors;
}

/** `POST /credit-offers/{id}/simulations`: prices a loan; the newest simulation is the one to contract. */
export function simulationRoutes(app: Hono<SandboxEnv>, core: SandboxCore): void {
  resource(app, '/credit-offers/:credit_offer_id/simulations', {
    POST: (c) => {
      const offer = requireOffer(core, param(c, 'credit_offer_id'));
      const fields = new FieldReader(jsonBody(c));
      const requestedCents = fields.money('requested_amount', { required: true });
      const installmentCount = fields.integer('installment_count', {
        required: true,
        min: 1,
        max: MAX_INSTALLMENTS,
      });
      fields.done();
      if (requestedCents === undefined || installmentCount == null)
        throw new Error('Validated fields went missing.');
      requireOpenOffer(offer);
      const errors = termErrors(offer, requestedCents, installmentCount);
      if (errors.length > 0) throw validationFailed(errors);

      const customer = requireCustomer(core, offer.customerId);
      // A company borrower (CNPJ) on R$ 30,000 or less pays the Simples Nacional / MEI IOF rate.
      const borrower = customer.cnpj === null ? 'pj' : 'simples';
      const disbursementDate = core.today();
      const result = simulateLoan({
        requestedCents,
        installmentCount,
        monthlyRatePercent: offer.interestRatePercent,
        feeCents: core.options.feeCents,
        disbursementDate,
        iof: iofRatesFor(borrower, requestedCents),
        iofMode: core.options.iofMode,
      });
      const simulation: SimulationRecord = {
        id: core.newId('sim_'),
        creditOfferId: offer.id,
        customerId: offer.customerId,
        disbursementDate,
        result,
        createdAt: core.timestamp(),
      };
      core.state.simulations.set(simulation.id, simulation);
      offer.latestSimulationId = simulation.id;
      core.changed();
      // No Location: the reference has no route that reads one simulation back.
      return c.json(renderSimulation(simulation), 201);
    },
  });
}
