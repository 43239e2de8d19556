import type { Preview } from '@storybook/react-vite';
import '../packages/ui/src/styles/index.css';
import './preview.css';
import { pinStoryClock, releaseStoryClock } from '../packages/ui/src/storybook/storyClock.ts';

/** The two widths every story is reviewed at (see `.storybook/visual/`), also in the toolbar. */
const viewports = {
  desktop: { name: 'Desktop (1280)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
  phone: { name: 'Phone (390)', styles: { width: '390px', height: '844px' }, type: 'mobile' },
} as const;

/**
 * Every story is checked by axe; a violation fails the story test. The toolbar switches the
 * language and colour scheme of the stories that do not fix their own. The page's clock is pinned
 * for every story, so what a story shows is the same on every run.
 */
const preview: Preview = {
  parameters: {
    a11y: { test: 'error' },
    layout: 'padded',
    viewport: { options: viewports },
  },
  loaders: [pinStoryClock],
  beforeEach: releaseStoryClock,
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
  initialGlobals: {
    locale: 'pt-BR',
    colorScheme: 'light',
    viewport: { value: 'desktop', isRotated: false },
  },
};

export default preview;
