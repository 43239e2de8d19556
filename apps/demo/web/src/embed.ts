import { requireSignIn } from './demoApi.ts';
import { mountSandboxPanel } from './sandboxPanel.ts';
import './demo.css';

// The script-tag page: the loader (`/embed/loader.js`) defines `window.DinieEmbed`; this file is
// the few lines a partner writes, kept out of the HTML so the page runs under a strict CSP.
const { me, borrower } = await requireSignIn();
const title = document.getElementById('title');
if (title) title.textContent = `Crédito para ${borrower.name}`;
const panel = document.getElementById('panel');
if (me.mode === 'sandbox' && panel) mountSandboxPanel(panel);

const target = document.getElementById('dinie-credit');
if (target) {
  const notice = document.createElement('p');
  notice.className = 'notice';
  notice.textContent = 'O embed por script tag ainda não foi construído nesta cópia do projeto.';
  target.append(notice);
}
