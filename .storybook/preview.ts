import type { Preview } from '@storybook/react-vite';
import '../packages/ui/src/styles/index.css';
import './preview.css';

/**
 * Every story is checked by axe; a violation fails the story test. The toolbar switches the
 * language and colour scheme of the stories that do not fix their own.
 */
const preview: Preview = {
  parameters: {
    a11y: { test: 'error' },
    layout: 'padded',
  },
  globalTypes: {
    locale: {
      description: 'Language of the components',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'pt-BR', title: 'Português (Brasil)' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    colorScheme: {
      description: 'Colour scheme of the components',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'pt-BR', colorScheme: 'light' },
};

export default preview;
