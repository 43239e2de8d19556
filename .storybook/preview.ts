import type { Preview } from '@storybook/react-vite';

/** Every story is checked by axe; a violation fails the story test. */
const preview: Preview = {
  parameters: {
    a11y: { test: 'error' },
    layout: 'padded',
  },
};

export default preview;
