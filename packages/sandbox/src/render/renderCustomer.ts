import { type Customer, formatCnpj, formatCpf, type KycItem } from '../contract.ts';
import type { CustomerRecord, KycItemRecord } from '../state/records.ts';

/** A KYC item on the wire. */
export function renderKycItem(item: KycItemRecord): KycItem {
  return {
    kind: item.kind,
    type: item.type,
    description: item.description,
    status: item.status,
    message: item.message,
    uploaded_at: item.uploadedAt,
  };
}

/** A customer on the wire: CPF and CNPJ formatted, every nullable key present. */
export function renderCustomer(customer: CustomerRecord): Customer {
  return {
    id: customer.id,
    status: customer.status,
    cpf: formatCpf(customer.cpf),
    cnpj: customer.cnpj === null ? null : formatCnpj(customer.cnpj),
    name: customer.name,
    email: customer.email,
    phone: customer.phone,
    trading_name: customer.tradingName,
    external_id: customer.externalId,
    kyc: customer.kyc.map(renderKycItem),
    created_at: customer.createdAt,
    updated_at: customer.updatedAt,
  };
}
