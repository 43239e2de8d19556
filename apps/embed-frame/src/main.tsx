import '@dinie-embed/ui/styles.css';
import './frame.css';
import type { EmbedSettings } from '@dinie-embed/embed';
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
// The settings on screen, the ones shown before them, and whether a failure is being undone.
let shown: EmbedSettings | null = null;
let previous: EmbedSettings | null = null;
let recovering = false;

const root = createRoot(container, {
  // A render error (e.g. an unknown appearance variable) reaches the host's onError, and the
  // journey comes back once with the settings shown before; it resumes from the server's state.
  onUncaughtError(error) {
    connection.fail(error instanceof Error ? error.message : String(error));
    const back = previous;
    if (recovering || back === null) return;
    recovering = true;
    // After React has finished unmounting the failed tree.
    setTimeout(() => {
      shown = back;
      render(back);
    }, 0);
  },
});

function render(settings: EmbedSettings) {
  const locale = settings.locale ?? 'pt-BR';
  document.documentElement.lang = locale;
  document.title = TITLES[locale];
  root.render(<EmbedFrame settings={settings} connection={connection} nonce={nonce} />);
}

connection.subscribe(() => {
  const settings = connection.settings();
  if (settings === null) return;
  recovering = false;
  previous = shown;
  shown = settings;
  render(settings);
});
observeHeight(container, connection.resize);
