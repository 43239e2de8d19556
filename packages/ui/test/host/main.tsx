import './host.css';
import { DinieProvider } from '@dinie-embed/react';
import { DinieTheme, Onboarding } from '@dinie-embed/ui';
import '@dinie-embed/ui/styles.css';
import { createRoot } from 'react-dom/client';
import { createStorySandbox } from '../../src/storybook/createStorySandbox.ts';

// The host's stylesheet comes first, as in Vite's template; the sandbox answers in the page.
const sandbox = createStorySandbox();

const root = document.getElementById('root');
if (!root) throw new Error('The fixture page has no #root.');
createRoot(root).render(
  <DinieProvider baseUrl={sandbox.baseUrl} fetch={sandbox.fetch} fetchSessionToken={sandbox.sessionToken}>
    <DinieTheme locale="pt-BR" colorScheme="light">
      <Onboarding />
    </DinieTheme>
  </DinieProvider>,
);
