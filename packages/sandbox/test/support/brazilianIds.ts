/** Valid CPFs and CNPJs made up for tests: every call with another seed gives another document. */

function checkDigit(digits: number[], weights: number[]): number {
  const sum = digits.reduce((total, digit, index) => total + digit * (weights[index] ?? 0), 0);
  const rest = sum % 11;
  return rest < 2 ? 0 : 11 - rest;
}

/** A valid CPF, formatted, derived from `seed`. */
export function makeCpf(seed: number): string {
  const base = String(100_000_000 + ((seed * 7919) % 800_000_000))
    .slice(0, 9)
    .split('')
    .map(Number);
  const first = checkDigit(base, [10, 9, 8, 7, 6, 5, 4, 3, 2]);
  const second = checkDigit([...base, first], [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
  const d = [...base, first, second].join('');
  return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`;
}

/** A valid numeric CNPJ, formatted, derived from `seed`. */
export function makeCnpj(seed: number): string {
  const root = String(10_000_000 + ((seed * 104_729) % 89_000_000)).slice(0, 8);
  const base = `${root}0001`.split('').map(Number);
  const first = checkDigit(base, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  const second = checkDigit([...base, first], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
  const d = [...base, first, second].join('');
  return `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}/${d.slice(8, 12)}-${d.slice(12)}`;
}

let counter = Math.floor(Math.random() * 1000);

/** A fresh CPF/CNPJ pair for one test. */
export function freshBorrower(): { cpf: string; cnpj: string } {
  counter += 1;
  return { cpf: makeCpf(counter), cnpj: makeCnpj(counter) };
}
