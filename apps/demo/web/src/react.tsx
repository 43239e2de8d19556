import { DinieProvider } from '@dinie-embed/react';
import { DinieTheme, Onboarding } from '@dinie-embed/ui';
import { type ReactElement, StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@dinie-embed/ui/styles.css';
import { type Borrower, type DemoMe, fetchSessionToken, requireSignIn } from './demoApi.ts';
import { Shell } from './Shell.tsx';
import { mountSandboxPanel } from './sandboxPanel.ts';
import './demo.css';

/** The React integration: the partner wraps its page in `<DinieProvider>` and drops the journey in. */
function CreditPage({ me, borrower }: { me: DemoMe; borrower: Borrower }): ReactElement {
  const panelHost = useRef<HTMLDivElement>(null);
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
            <DinieTheme locale="pt-BR">
              <Onboarding />
            </DinieTheme>
          </DinieProvider>
        </div>
        <aside ref={panelHost} aria-label="Ferramentas de teste" />
      </div>
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
