import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { ptBR } from './pt-BR.ts';

/** Every text of a locale, functions called with a sample argument. */
function texts(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function')
    return [[path, String((value as (...args: string[]) => unknown)('X', 'Y'))]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => texts(child, path ? `${path}.${key}` : key));
  }
  return [];
}

describe('the copy the review asked to fix', () => {
  const pt = texts(ptBR);

  it('names the borrower’s phone one way only: celular', () => {
    expect(pt.filter(([, text]) => /aparelho|dispositivo/i.test(text))).toEqual([]);
  });

  it('says a CPF or CNPJ with wrong digits "não é válido", never "não existe"', () => {
    const documents = pt.filter(([path]) => /fields\.(cpf|cnpj)\.errors/.test(path));
    expect(documents.length).toBeGreaterThan(0);
    expect(documents.filter(([, text]) => /não existe/.test(text))).toEqual([]);
  });

  it('labels a data correction without "Novo valor para"', () => {
    expect(ptBR.kyc.correction.label('E-mail')).toBe('E-mail correto');
    expect(en.kyc.correction.label('E-mail')).toBe('Correct e-mail');
  });

  it('says "Correção solicitada"', () => {
    expect(ptBR.kyc.status.pending_correction).toBe('Correção solicitada');
  });

  it('hints at every file type the CCMEI upload accepts', () => {
    expect(ptBR.kyc.items.ccmei?.hint).toMatch(/PDF.*JPG.*PNG/);
    expect(en.kyc.items.ccmei?.hint).toMatch(/PDF.*JPG.*PNG/);
  });

  it('announces the upload button once: "Escolher arquivo (CNH)"', () => {
    expect(`${ptBR.upload.chooseButton} ${ptBR.upload.inputLabel('CNH')}`).toBe('Escolher arquivo (CNH)');
  });

  it('says what comes next on approval instead of promising offers it cannot show', () => {
    expect(ptBR.review.activeBody).not.toMatch(/já pode ver/);
    expect(ptBR.review.activeBody).toMatch(/próximo passo/);
  });
});
