import type { Hono } from 'hono';
import { ApiError } from '../http/ApiError.ts';
import type { SandboxEnv } from '../http/SandboxEnv.ts';
import { completeBiometrics, sessionOpen } from '../lifecycle/biometrics.ts';
import type { SandboxCore } from '../SandboxCore.ts';
import { actionForm, escapeHtml, htmlPage, seeOther } from './htmlPage.ts';

const PATH = '/sandbox/biometrics/:code';

/**
 * The biometrics capture page a `session_url` opens: where a real session would film the
 * borrower's face, the sandbox offers one button that completes the `biometrics` KYC item.
 */
export function biometricsPages(app: Hono<SandboxEnv>, core: SandboxCore): void {
  app.get(PATH, (c) => {
    const session = core.state.biometrics.get(c.req.param('code'));
    if (session === undefined) {
      return htmlPage(
        'Sessão não encontrada',
        '<p>Este link de captura não existe. Gere uma nova sessão.</p>',
        404,
      );
    }
    if (session.status === 'completed') {
      return htmlPage(
        'Captura concluída',
        '<p role="status">Sua biometria foi enviada para análise. Você já pode fechar esta página.</p>',
      );
    }
    if (!sessionOpen(session, core.timestamp())) {
      return htmlPage(
        'Sessão expirada',
        '<p>Este link de captura expirou. Volte ao aplicativo e gere uma nova sessão.</p>',
        410,
      );
    }
    return htmlPage(
      'Captura biométrica',
      `<p>Numa sessão real, a câmera registraria seu rosto agora. No sandbox, basta concluir.</p>
<p>Sessão válida até <time datetime="${escapeHtml(session.expiresAt)}">${escapeHtml(session.expiresAt)}</time>.</p>
${actionForm(`/sandbox/biometrics/${session.code}/complete`, 'Concluir captura')}`,
    );
  });

  app.post(`${PATH}/complete`, (c) => {
    const session = core.state.biometrics.get(c.req.param('code'));
    if (session === undefined) {
      return htmlPage('Sessão não encontrada', '<p>Este link de captura não existe.</p>', 404);
    }
    if (session.status === 'open') {
      if (!sessionOpen(session, core.timestamp())) {
        return htmlPage('Sessão expirada', '<p>Este link de captura expirou.</p>', 410);
      }
      const customer = core.state.customers.get(session.customerId);
      if (customer === undefined)
        return htmlPage('Sessão não encontrada', '<p>O cliente não existe mais.</p>', 404);
      try {
        completeBiometrics(core, customer);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        return htmlPage('Captura indisponível', `<p>${escapeHtml(error.detail)}</p>`, error.status);
      }
    }
    return seeOther(`/sandbox/biometrics/${session.code}`);
  });
}
