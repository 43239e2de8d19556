import type { Hono } from 'hono';
import { fromCents } from '../contract.ts';
import { ApiError, type FieldError, notFound } from '../http/ApiError.ts';
import { FieldReader } from '../http/FieldReader.ts';
import { paginate, readPageRequest } from '../http/paginate.ts';
import { created, jsonBody, param, query, resource } from '../http/routing.ts';
import type { SandboxEnv } from '../http/SandboxEnv.ts';
import { installmentsOf, prepareContract, scheduleLoanStep } from '../lifecycle/loanLifecycle.ts';
import { ID_PATTERNS, requireLoan, requireOffer } from '../lookups.ts';
import { renderLoan } from '../render/renderLoan.ts';
import { renderTransaction } from '../render/renderTransaction.ts';
import type { SandboxCore } from '../SandboxCore.ts';
import type { LoanRecord, SimulationRecord } from '../state/records.ts';
import { requireOpenOffer } from './simulationRoutes.ts';

const mismatch = (errors: FieldError[]) =>
  new ApiError(422, 'simulation_mismatch', errors[0]?.detail ?? 'The terms differ from the simulation.', {
    param: errors[0]?.param ?? 'simulation_id',
    errors,
  });

/** Renders a loan with its simulation. */
export function loanView(core: SandboxCore, loan: LoanRecord) {
  const simulation = core.state.simulations.get(loan.simulationId);
  if (simulation === undefined) throw new Error(`Loan ${loan.id} lost its simulation.`);
  return renderLoan(loan, simulation, loan.origin);
}

/** Loan origination, retrieval and installments. */
export function loanRoutes(app: Hono<SandboxEnv>, core: SandboxCore): void {
  resource(app, '/loans', {
    POST: (c) => {
      const fields = new FieldReader(jsonBody(c));
      const sdk = c.env.dialect === 'sdk';
      // Either spelling in either dialect; a missing field is named in the caller's.
      const countName = fields.spelling(
        sdk ? ['installment_count', 'installments'] : ['installments', 'installment_count'],
      );
      const valueName = fields.spelling(
        sdk ? ['installment_amount', 'installments_value'] : ['installments_value', 'installment_amount'],
      );
      const offerId = fields.id('credit_offer_id', ID_PATTERNS.creditOffer, { required: true });
      const simulationId = fields.id('simulation_id', ID_PATTERNS.simulation, { required: true });
      const installments = fields.integer(countName, { required: true, min: 1, max: 600 });
      const installmentsValue = fields.money(valueName, { required: true });
      const firstDueDate = fields.date('first_due_date', { required: true });
      fields.done();
      if (offerId === undefined || simulationId === undefined) throw new Error('Validated ids went missing.');

      const offer = requireOffer(core, offerId);
      const simulation: SimulationRecord | undefined = core.state.simulations.get(simulationId);
      if (simulation === undefined) throw notFound('simulation', simulationId);
      if (simulation.creditOfferId !== offer.id) {
        throw mismatch([
          {
            param: 'simulation_id',
            code: 'simulation_mismatch',
            detail: `Simulation ${simulationId} belongs to another offer.`,
          },
        ]);
      }
      const customer = core.state.customers.get(offer.customerId);
      if (customer?.status !== 'active') {
        throw new ApiError(422, 'kyc_incomplete', `Customer ${offer.customerId} has not completed KYC.`, {
          param: 'credit_offer_id',
        });
      }
      requireOpenOffer(offer);
      if (offer.latestSimulationId !== simulation.id) {
        throw mismatch([
          {
            param: 'simulation_id',
            code: 'simulation_mismatch',
            detail:
              offer.latestSimulationId === null
                ? 'This simulation was spent on a loan that did not go ahead; simulate the offer again and contract the new simulation.'
                : `Only the offer's latest simulation (${offer.latestSimulationId}) can be contracted.`,
          },
        ]);
      }
      const { result } = simulation;
      const errors: FieldError[] = [];
      if (installments !== result.schedule.length) {
        errors.push({
          param: countName,
          code: 'simulation_mismatch',
          detail: `The simulation has ${result.schedule.length} installments.`,
        });
      }
      if (installmentsValue !== result.installmentCents) {
        errors.push({
          param: valueName,
          code: 'simulation_mismatch',
          detail: `The simulation's ${valueName} is ${fromCents(result.installmentCents)}.`,
        });
      }
      if (firstDueDate !== result.firstDueDate) {
        errors.push({
          param: 'first_due_date',
          code: 'simulation_mismatch',
          detail: `The simulation's first_due_date is ${result.firstDueDate}.`,
        });
      }
      if (errors.length > 0) throw mismatch(errors);

      const now = core.timestamp();
      const loan: LoanRecord = {
        id: core.newId('ln_'),
        creditOfferId: offer.id,
        simulationId: simulation.id,
        customerId: offer.customerId,
        status: 'processing',
        origin: c.env.origin,
        ccbNumber: null,
        signingCode: null,
        disbursementMethod: null,
        error: null,
        createdAt: now,
        updatedAt: now,
      };
      core.state.loans.set(loan.id, loan);
      offer.status = 'accepted';
      offer.updatedAt = now;
      core.changed();
      core.emit('loan.created', {
        id: loan.id,
        credit_offer_id: loan.creditOfferId,
        customer_id: loan.customerId,
        status: 'processing',
        requested_amount: fromCents(result.requestedCents),
        number_of_installments: result.schedule.length,
      });
      // The SDKs' loan is born awaiting signatures with its contract: generate it now.
      if (sdk) prepareContract(core, loan);
      else scheduleLoanStep(core, loan);
      return created(c, loanView(core, loan), `/loans/${loan.id}`);
    },
  });

  resource(app, '/loans/:loan_id', {
    GET: (c) => c.json(loanView(core, requireLoan(core, param(c, 'loan_id')))),
  });

  resource(app, '/loans/:loan_id/transactions', {
    GET: (c) => {
      const loan = requireLoan(core, param(c, 'loan_id'));
      const page = readPageRequest(query(c));
      // Installments read in due order, the order the reference lists them in.
      const { data, has_more } = paginate(installmentsOf(core, loan.id), page);
      const today = core.today();
      return c.json({ data: data.map((tx) => renderTransaction(tx, today)), has_more });
    },
  });
}
