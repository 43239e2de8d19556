import { DinieProvider } from '@dinie-embed/react';
import { CreditJourney, DinieTheme } from '@dinie-embed/ui';
import { type ReactElement, StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@dinie-embed/ui/styles.css';
import { type Borrower, type DemoMe, fetchSessionToken, requireSignIn } from './demoApi.ts';
import { eventLogger } from './eventLog.ts';
import { Shell } from './Shell.tsx';
import { mountSandboxPanel } from './sandboxPanel.ts';
import './demo.css';

// The nonce of this page's Content-Security-Policy, for the one <style> the dialogs' scroll lock
// adds. Read from the property: Chromium hides a nonce from the attribute.
const written = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce;
const nonce = written && written !== 'DEMO_CSP_NONCE' ? written : undefined;

/** The React integration: the partner wraps its page in `<DinieProvider>` and drops the journey in. */
function CreditPage({ me, borrower }: { me: DemoMe; borrower: Borrower }): ReactElement {
  const panelHost = useRef<HTMLDivElement>(null);
  const events = useRef<HTMLOListElement>(null);
  const [log, setLog] = useState<ReturnType<typeof eventLogger> | null>(null);
  useEffect(() => {
    if (events.current) setLog(() => eventLogger(events.current as HTMLOListElement));
  }, []);
  useEffect(() => {
    if (me.mode !== 'sandbox' || !panelHost.current) return;
    return mountSandboxPanel(panelHost.current);
  }, [me.mode]);

  return (
    <Shell shopName={borrower.name} current="react">
      <h1>Crédito para {borrower.name}</h1>
      <div className="workspace">
        <div className="journey">
          <DinieProvider baseUrl="/dinie" fetchSessionToken={fetchSessionToken} sessionKey={borrower.id}>
            <DinieTheme locale="pt-BR" nonce={nonce}>
              {/* The loan the partner learnt from its webhooks, so a new visit opens at it. */}
              <CreditJourney loanId={borrower.loanId ?? undefined} onEvent={(event) => log?.(event)} />
            </DinieTheme>
          </DinieProvider>
        </div>
        <aside ref={panelHost} aria-label="Ferramentas de teste" />
      </div>
      <section aria-labelledby="events-title" className="card events">
        <h2 id="events-title">Eventos da jornada</h2>
        <ol id="events" ref={events} />
      </section>
    </Shell>
  );
}

function App(): ReactElement | null {
  const [signedIn, setSignedIn] = useState<{ me: DemoMe; borrower: Borrower } | null>(null);
  useEffect(() => {
    void requireSignIn().then(setSignedIn);
  }, []);
  return signedIn ? <CreditPage {...signedIn} /> : null;
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
