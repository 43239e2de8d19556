import { randomInt } from 'node:crypto';

/** Check digit of the CPF/CNPJ modulo-11 scheme over `digits` with `weights`. */
function checkDigit(digits: number[], weights: number[]): number {
  const sum = digits.reduce((total, digit, index) => total + digit * (weights[index] ?? 0), 0);
  const rest = sum % 11;
  return rest < 2 ? 0 : 11 - rest;
}

/** A random valid CPF, formatted (`123.456.789-09`). */
export function randomCpf(): string {
  const base = Array.from({ length: 9 }, () => randomInt(10));
  if (base.every((digit) => digit === base[0])) base[0] = (base[0] ?? 0) === 9 ? 0 : (base[0] ?? 0) + 1;
  const first = checkDigit(base, [10, 9, 8, 7, 6, 5, 4, 3, 2]);
  const second = checkDigit([...base, first], [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
  const d = [...base, first, second].join('');
  return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`;
}

/** A random valid numeric CNPJ, formatted (`12.345.678/0001-95`). */
export function randomCnpj(): string {
  const base = [...Array.from({ length: 8 }, () => randomInt(10)), 0, 0, 0, 1];
  const first = checkDigit(base, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  const second = checkDigit([...base, first], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  const d = [...base, first, second].join('');
  return `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}/${d.slice(8, 12)}-${d.slice(12)}`;
}

/** A registration body for a new company borrower. */
export function registration() {
  return {
    cpf: randomCpf(),
    cnpj: randomCnpj(),
    name: 'Maria Silva',
    email: 'maria@example.com',
    phone: '+5511987654321',
    trading_name: 'Loja da Maria',
  };
}

/** The smallest files of each accepted type: their first bytes are what the type is read from. */
export const FILES = {
  pdf: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(200, 0x20), Buffer.from('\n%%EOF\n')]),
  jpeg: Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
    Buffer.alloc(200, 1),
    Buffer.from([0xff, 0xd9]),
  ]),
  png: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 2)]),
} as const;

/** A multipart body with a `type` field and a `file`. */
export function documentForm(type: string, file: Buffer = FILES.pdf, mime = 'application/pdf'): FormData {
  const form = new FormData();
  form.set('type', type);
  form.set('file', new Blob([new Uint8Array(file)], { type: mime }), `${type}.${mime.split('/')[1]}`);
  return form;
}
