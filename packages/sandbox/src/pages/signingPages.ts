import type { Hono } from 'hono';
import { formatBRL, formatDate, formatPercent } from '../contract.ts';
import type { SandboxEnv } from '../http/SandboxEnv.ts';
import { signLoan } from '../lifecycle/loanLifecycle.ts';
import type { SandboxCore } from '../SandboxCore.ts';
import type { LoanRecord } from '../state/records.ts';
import { actionForm, escapeHtml, htmlPage, seeOther } from './htmlPage.ts';

const PATH = '/sandbox/signing/:code';

function findLoan(core: SandboxCore, code: string): LoanRecord | undefined {
  return core.state.loans.findFirst('signingCode', code);
}

function summary(core: SandboxCore, loan: LoanRecord): string {
  const simulation = core.state.simulations.get(loan.simulationId);
  if (simulation === undefined) return '';
  const { result } = simulation;
  const rows: Array<[string, string]> = [
    ['CCB', loan.ccbNumber ?? '—'],
    ['Valor recebido', formatBRL(result.amountReceivedCents)],
    ['Parcelas', `${result.schedule.length} × ${formatBRL(result.installmentCents)}`],
    ['Primeiro vencimento', formatDate(result.firstDueDate)],
    ['Juros', formatPercent(result.monthlyRatePercent, { suffix: 'a.m.' })],
    ['IOF', formatBRL(result.iofCents)],
    ['Tarifa de cadastro', formatBRL(result.feeCents)],
    ['Total a pagar', formatBRL(result.totalCents)],
    ['CET', formatPercent(result.cetAnnualPercent, { suffix: 'a.a.' })],
  ];
  const items = rows
    .map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('');
  return `<dl>${items}</dl>`;
}

/**
 * The contract signing page a `signing_url` opens: the CCB's terms and one button that signs it,
 * standing in for ClickSign.
 */
export function signingPages(app: Hono<SandboxEnv>, core: SandboxCore): void {
  app.get(PATH, (c) => {
    const loan = findLoan(core, c.req.param('code'));
    if (loan === undefined)
      return htmlPage('Contrato não encontrado', '<p>Este link de assinatura não existe.</p>', 404);
    if (loan.status === 'contract_generated' || loan.status === 'awaiting_signatures') {
      return htmlPage(
        'Assinatura do contrato',
        `<p>Confira as condições da sua Cédula de Crédito Bancário antes de assinar.</p>
${summary(core, loan)}
${actionForm(`/sandbox/signing/${c.req.param('code')}/sign`, 'Assinar contrato')}`,
      );
    }
    if (loan.status === 'cancelled' || loan.status === 'error') {
      return htmlPage(
        'Contrato indisponível',
        '<p>Este contrato foi cancelado e não pode mais ser assinado.</p>',
        410,
      );
    }
    return htmlPage(
      'Contrato assinado',
      `<p role="status">Contrato assinado. O valor será enviado por Pix.</p>${summary(core, loan)}`,
    );
  });

  app.post(`${PATH}/sign`, (c) => {
    const code = c.req.param('code');
    const loan = findLoan(core, code);
    if (loan === undefined)
      return htmlPage('Contrato não encontrado', '<p>Este link de assinatura não existe.</p>', 404);
    if (loan.status === 'contract_generated' || loan.status === 'awaiting_signatures') signLoan(core, loan);
    return seeOther(`/sandbox/signing/${code}`);
  });
}
