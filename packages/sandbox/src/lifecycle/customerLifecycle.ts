import type { KycItemStatus } from '../contract.ts';
import { renderCustomer, renderKycItem } from '../render/renderCustomer.ts';
import type { SandboxCore } from '../SandboxCore.ts';
import type { CustomerRecord } from '../state/records.ts';
import { CORRECTABLE_FIELDS } from './kycProfile.ts';
import { mintOffer } from './offerLifecycle.ts';

const DONE: ReadonlySet<KycItemStatus> = new Set(['submitted', 'approved']);

function touch(core: SandboxCore, customer: CustomerRecord): void {
  customer.updatedAt = core.timestamp();
  core.changed();
}

/** Sends `customer.kyc_updated` with the whole `kyc` list as it is now. */
export function emitKycUpdated(core: SandboxCore, customer: CustomerRecord): void {
  core.emit('customer.kyc_updated', {
    id: customer.id,
    status: customer.status,
    external_id: customer.externalId,
    kyc: customer.kyc.map(renderKycItem),
  });
}

/** Sends `customer.created` with the whole new customer. */
export function emitCustomerCreated(core: SandboxCore, customer: CustomerRecord): void {
  core.emit('customer.created', { ...renderCustomer(customer) });
}

/**
 * After a KYC item changed: reports it, and once nothing is left to submit starts the review
 * (`under_review`), which the automatic reviewer finishes after a step.
 */
export function afterKycChange(core: SandboxCore, customer: CustomerRecord): void {
  touch(core, customer);
  emitKycUpdated(core, customer);
  if (customer.status === 'pending_kyc' && customer.kyc.every((item) => DONE.has(item.status))) {
    customer.status = 'under_review';
    core.emit('customer.under_review', {
      id: customer.id,
      status: 'under_review',
      external_id: customer.externalId,
    });
    scheduleReview(core, customer.id);
  }
}

/** Queues the automatic review of a customer under review, when the sandbox reviews by itself. */
export function scheduleReview(core: SandboxCore, customerId: string): void {
  if (!core.options.autoApproveKyc) return;
  core.step(() => {
    const customer = core.state.customers.get(customerId);
    if (customer?.status === 'under_review') approveKyc(core, customer);
  });
}

/**
 * Approves every KYC item and activates the customer, firing what the review would:
 * `customer.under_review` if it had not started, `customer.kyc_updated`, `customer.active`; the
 * offer follows after a step. An active customer is left as it is.
 */
export function approveKyc(core: SandboxCore, customer: CustomerRecord): void {
  if (customer.status === 'active') return;
  if (customer.status === 'pending_kyc') {
    customer.status = 'under_review';
    core.emit('customer.under_review', {
      id: customer.id,
      status: 'under_review',
      external_id: customer.externalId,
    });
  }
  for (const item of customer.kyc) {
    item.status = 'approved';
    item.message = null;
  }
  for (const document of core.state.documents.find('customer', customer.id)) {
    if (document.status === 'submitted') {
      document.status = 'approved';
      document.updatedAt = core.timestamp();
    }
  }
  touch(core, customer);
  emitKycUpdated(core, customer);
  customer.status = 'active';
  customer.offerDue = true;
  core.emit('customer.active', { id: customer.id, status: 'active', external_id: customer.externalId });
  scheduleOffer(core, customer.id);
}

/** Queues the offer an activated customer is owed. */
export function scheduleOffer(core: SandboxCore, customerId: string): void {
  core.step(() => mintOffer(core, customerId));
}

/**
 * A reviewer's verdict on one item: `rejected` or `pending_correction`, with a message. A data
 * field (`email`, `phone`…) not yet in the list is added as a `kind: data` item. The customer
 * goes back to `pending_kyc` until the item is submitted again, even from `active` (a reviewer
 * reopening KYC): its offers stay, but no loan can be created until it is active again.
 */
export function rejectKycItem(
  core: SandboxCore,
  customer: CustomerRecord,
  type: string,
  status: 'rejected' | 'pending_correction',
  message: string | null,
): void {
  let item = customer.kyc.find((candidate) => candidate.type === type);
  if (item === undefined) {
    item = {
      kind: 'data',
      type,
      description: CORRECTABLE_FIELDS[type] ?? type,
      status,
      message,
      uploadedAt: null,
    };
    customer.kyc.push(item);
  }
  item.status = status;
  item.message = message;
  for (const document of core.state.documents.find('customer', customer.id)) {
    if (document.type === type && document.status !== 'rejected') {
      document.status = 'rejected';
      document.updatedAt = core.timestamp();
    }
  }
  customer.status = 'pending_kyc';
  touch(core, customer);
  emitKycUpdated(core, customer);
}

/** Picks up where a restored customer was: a review under way, an offer still owed. */
export function resumeCustomer(core: SandboxCore, customer: CustomerRecord): void {
  if (customer.status === 'under_review') scheduleReview(core, customer.id);
  if (customer.status === 'active' && customer.offerDue) scheduleOffer(core, customer.id);
}
