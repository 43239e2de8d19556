import type { EmbedInstance, EmbedOptions } from '@dinie-embed/embed';
import { fetchSessionToken, requireSignIn } from './demoApi.ts';
import { eventLogger } from './eventLog.ts';
import { mountSandboxPanel } from './sandboxPanel.ts';
import './demo.css';

declare global {
  /** What the loader's script tag (`/dinie/embed/dinie-embed.js`) defines. */
  var DinieEmbed: { mount(element: HTMLElement, options: EmbedOptions): EmbedInstance } | undefined;
}

// The script-tag page: the loader defines `window.DinieEmbed`; this file is the few lines a
// partner writes, kept out of the HTML so that the page runs under a strict CSP.
const { me, borrower } = await requireSignIn();
const title = document.getElementById('title');
if (title) title.textContent = `Crédito para ${borrower.name}`;
const panel = document.getElementById('panel');
if (me.mode === 'sandbox' && panel) mountSandboxPanel(panel);
const events = document.getElementById('events') as HTMLOListElement;
const target = document.getElementById('dinie-credit') as HTMLElement;

if (!globalThis.DinieEmbed) {
  const notice = document.createElement('p');
  notice.className = 'notice';
  notice.textContent = 'O script do embed não carregou: rode `pnpm demo`, que o constrói.';
  target.append(notice);
} else {
  globalThis.DinieEmbed.mount(target, {
    frameUrl: '/dinie/embed/',
    fetchSessionToken,
    locale: 'pt-BR',
    ...(borrower.loanId ? { loanId: borrower.loanId } : {}),
    onEvent: eventLogger(events),
    // Time from navigation start to a journey ready to use (read by `pnpm bench`).
    onReady: () => document.documentElement.setAttribute('data-embed-ready-ms', String(performance.now())),
    onError: (error) => {
      const problem = document.createElement('p');
      problem.className = 'notice';
      problem.setAttribute('role', 'alert');
      problem.textContent = `O embed falhou (${error.code}): ${error.message}`;
      target.append(problem);
    },
  });
}
