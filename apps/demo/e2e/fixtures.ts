import { randomInt } from 'node:crypto';
import { generateCnpj, generateCpf } from '@brazilian-utils/brazilian-utils';

/** A shop owner with fresh documents, so borrowers of parallel tests never collide at Dinie. */
export function shopOwner(shop: string) {
  return {
    shop,
    // Digits only, as a borrower types them; the form masks them.
    cpf: generateCpf(),
    cnpj: generateCnpj(),
    name: 'Maria Aparecida Souza',
    email: `contato+${randomInt(1e9)}@${shop.toLowerCase().replace(/[^a-z]+/g, '')}.com.br`,
    phone: '11987654321',
    tradingName: shop,
  };
}

/** Who registers in a test. */
export type ShopOwner = ReturnType<typeof shopOwner>;

/** The smallest PDF whose first bytes say it is one. */
export const SAMPLE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
