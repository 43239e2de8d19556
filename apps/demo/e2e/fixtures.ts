import { randomInt } from 'node:crypto';

/** Check digit of the CPF/CNPJ modulo-11 scheme over `digits` with `weights`. */
function checkDigit(digits: number[], weights: number[]): number {
  const sum = digits.reduce((total, digit, index) => total + digit * (weights[index] ?? 0), 0);
  const rest = sum % 11;
  return rest < 2 ? 0 : 11 - rest;
}

/** A random valid CPF as a borrower types it (digits only; the form masks it). */
export function randomCpf(): string {
  const base = Array.from({ length: 9 }, () => randomInt(10));
  if (base.every((digit) => digit === base[0])) base[0] = (base[0] ?? 0) === 9 ? 0 : (base[0] ?? 0) + 1;
  const first = checkDigit(base, [10, 9, 8, 7, 6, 5, 4, 3, 2]);
  const second = checkDigit([...base, first], [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
  return [...base, first, second].join('');
}

/** A random valid numeric CNPJ (digits only). */
export function randomCnpj(): string {
  const base = [...Array.from({ length: 8 }, () => randomInt(10)), 0, 0, 0, 1];
  const first = checkDigit(base, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  const second = checkDigit([...base, first], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  return [...base, first, second].join('');
}

/** A shop owner with fresh documents, so borrowers of parallel tests never collide at Dinie. */
export function shopOwner(shop: string) {
  return {
    shop,
    cpf: randomCpf(),
    cnpj: randomCnpj(),
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
