import {
  type CreditOfferStatus,
  type CustomerStatus,
  formatBRL,
  type LoanStatus,
  toCents,
} from '@dinie-embed/api';
import { type PanelAction, type PanelState, panelAction, panelState } from './demoApi.ts';

const BUTTONS: Array<{ action: PanelAction; label: string }> = [
  { action: 'approve-kyc', label: 'Aprovar KYC' },
  { action: 'complete-biometrics', label: 'Concluir biometria' },
  { action: 'expire-offer', label: 'Expirar oferta' },
  { action: 'sign', label: 'Assinar como o cliente' },
  { action: 'pay', label: 'Pagar a próxima parcela' },
  { action: 'advance-clock', label: 'Avançar 30 dias' },
];

// Dinie's status names, in the reviewer's language, with the API's own name beside for reference.
const STATUS: Record<CustomerStatus | CreditOfferStatus | LoanStatus, string> = {
  pending_kyc: 'aguardando documentos',
  under_review: 'em análise',
  active: 'ativo',
  available: 'disponível',
  accepted: 'contratada',
  expired: 'expirada',
  processing: 'em processamento',
  contract_generated: 'contrato gerado',
  awaiting_signatures: 'aguardando assinatura',
  signed: 'assinado',
  disbursing: 'em desembolso',
  finished: 'quitado',
  cancelled: 'cancelado',
  error: 'com erro',
};
const label = (status: string) => `${STATUS[status as keyof typeof STATUS] ?? status} (${status})`;

/** Dispatched on `window` for each journey event, so that the panel shows the new state at once. */
export const JOURNEY_EVENT = 'demo:journey-event';

/**
 * The reviewer's panel beside the journey: the borrower's state as the partner reads it from the
 * sandbox, and one button per test helper. Plain DOM, so the script-tag page can use it too.
 */
export function mountSandboxPanel(host: HTMLElement): () => void {
  const panel = document.createElement('section');
  panel.className = 'panel';
  panel.setAttribute('aria-labelledby', 'panel-title');
  const title = document.createElement('h2');
  title.id = 'panel-title';
  title.textContent = 'Painel do sandbox';
  const hint = document.createElement('p');
  hint.className = 'panel-hint';
  hint.textContent = 'Faz o papel da Dinie e do cliente: aprova, assina, paga e passa o tempo.';
  const facts = document.createElement('dl');
  facts.className = 'panel-facts';
  const buttons = document.createElement('div');
  buttons.className = 'panel-buttons';
  const status = document.createElement('p');
  status.className = 'panel-status';
  status.setAttribute('role', 'status');
  panel.append(title, hint, facts, buttons, status);
  host.append(panel);

  const render = (state: PanelState) => {
    const rows: Array<[string, string]> = [
      ['Data do sandbox', state.today],
      ['Cliente', state.customer ? label(state.customer.status) : 'sem cadastro'],
      ['Oferta', state.offer ? label(state.offer.status) : '—'],
      [
        'Empréstimo',
        state.loan ? (state.loan.status === 'active' ? 'pagando (active)' : label(state.loan.status)) : '—',
      ],
    ];
    const next = state.loan?.nextInstallment;
    if (next) rows.push(['Próxima parcela', `${formatBRL(toCents(next.amount))} em ${next.due_date}`]);
    facts.replaceChildren(
      ...rows.flatMap(([term, value]) => {
        const dt = document.createElement('dt');
        dt.textContent = term;
        const dd = document.createElement('dd');
        dd.textContent = value;
        return [dt, dd];
      }),
    );
  };
  const refresh = () => panelState().then(render, (error: Error) => (status.textContent = error.message));

  for (const { action, label } of BUTTONS) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        render(await panelAction(action, action === 'advance-clock' ? { days: 30 } : undefined));
        status.textContent = `${label}: feito.`;
      } catch (error) {
        status.textContent = `${label}: ${(error as Error).message}`;
      } finally {
        button.disabled = false;
      }
    });
    buttons.append(button);
  }
  void refresh();
  // Every few seconds, and at once when the journey reports a step (see `eventLogger`).
  const timer = window.setInterval(refresh, 3000);
  window.addEventListener(JOURNEY_EVENT, refresh);
  return () => {
    window.clearInterval(timer);
    window.removeEventListener(JOURNEY_EVENT, refresh);
    panel.remove();
  };
}
