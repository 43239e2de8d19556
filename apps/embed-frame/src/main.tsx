import '@dinie-embed/ui/styles.css';
import './frame.css';
import { createRoot } from 'react-dom/client';
import { EmbedFrame } from './EmbedFrame.tsx';
import { connectToHost } from './hostConnection.ts';
import { observeHeight } from './observeHeight.ts';

const NONCE_PLACEHOLDER = 'DINIE_CSP_NONCE';
const TITLES = { 'pt-BR': 'Crédito Dinie', en: 'Dinie credit' } as const;

// Whoever serves the page writes a fresh nonce here; left as the placeholder, there is none.
const written = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce;
const nonce = written && written !== NONCE_PLACEHOLDER ? written : undefined;

const container = document.getElementById('root');
if (!container) throw new Error('The embed frame page has no #root.');

const connection = connectToHost(window);
// A render error (e.g. an unknown appearance variable) reaches the host's onError; the next
// update renders the journey again.
const root = createRoot(container, {
  onUncaughtError: (error) => connection.fail(error instanceof Error ? error.message : String(error)),
});

connection.subscribe(() => {
  const settings = connection.settings();
  if (settings === null) return;
  const locale = settings.locale ?? 'pt-BR';
  document.documentElement.lang = locale;
  document.title = TITLES[locale];
  root.render(<EmbedFrame settings={settings} connection={connection} nonce={nonce} />);
});
observeHeight(container, connection.resize);
