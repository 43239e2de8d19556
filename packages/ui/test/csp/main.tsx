import { DinieProvider } from '@dinie-embed/react';
import { DinieTheme, Onboarding } from '@dinie-embed/ui';
import '@dinie-embed/ui/styles.css';
import { createRoot } from 'react-dom/client';
import { createStorySandbox } from '../../src/storybook/createStorySandbox.ts';

// An empty nonce means the host has none, so <DinieTheme> gets no `nonce` prop at all.
const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content || undefined;

// The sandbox answers in the page, so the journey needs no connection beyond this origin.
const sandbox = createStorySandbox();

const root = document.getElementById('root');
if (!root) throw new Error('The fixture page has no #root.');
createRoot(root).render(
  <DinieProvider baseUrl={sandbox.baseUrl} fetch={sandbox.fetch} fetchSessionToken={sandbox.sessionToken}>
    <DinieTheme nonce={nonce} locale="pt-BR" colorScheme="light">
      <Onboarding />
    </DinieTheme>
  </DinieProvider>,
);
