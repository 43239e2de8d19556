import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { CustomerRegistration } from '../customer-registration/CustomerRegistration.tsx';
import { type DinieStoryParameters, dinieLoader, withDinie } from '../storybook/withDinie.tsx';
import { contrastRatio, parseColor, type Rgb } from './contrast.ts';
import { DinieTheme } from './DinieTheme.tsx';

const meta = {
  title: 'Theming/DinieTheme',
  component: DinieTheme,
  loaders: [dinieLoader],
  decorators: [withDinie],
  // The decorator renders the <DinieTheme> under test, from `parameters.dinie`.
  render: () => <CustomerRegistration company="hidden" />,
} satisfies Meta<typeof DinieTheme>;
export default meta;

type Story = StoryObj<typeof meta>;

const themeRoot = (canvasElement: HTMLElement) => canvasElement.querySelector('.dinie-theme') as HTMLElement;

/** The primary button's text reaches WCAG AA on its fill, once the colours have settled. */
async function expectReadableButton(canvasElement: HTMLElement) {
  const button = within(canvasElement).getByRole('button', { name: 'Continuar' });
  await waitFor(() => expect(button.getAnimations()).toHaveLength(0));
  const style = getComputedStyle(button);
  const ratio = contrastRatio(parseColor(style.color) as Rgb, parseColor(style.backgroundColor) as Rgb);
  await expect(ratio).toBeGreaterThanOrEqual(4.5);
}

/**
 * A partner's brand through `appearance`: the tokens are written on the theme element through
 * the CSSOM (allowed by `style-src 'self'`), and the derived tokens follow them.
 */
export const CustomAppearance: Story = {
  parameters: {
    dinie: {
      // A light brand (no `darkVariables`): its primary is not meant for a dark background.
      colorScheme: 'light',
      appearance: {
        variables: {
          colorPrimary: '#6d28d9',
          borderRadius: '2px',
          fontFamily: 'Georgia, "Times New Roman", serif',
          spacingUnit: '0.3rem',
        },
      },
    } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement }) => {
    const root = themeRoot(canvasElement);
    await expect(root.style.getPropertyValue('--dinie-color-primary')).toBe('#6d28d9');
    const button = within(canvasElement).getByRole('button', { name: 'Continuar' });
    const style = getComputedStyle(button);
    await expect(style.backgroundColor).toBe('rgb(109, 40, 217)');
    await expect(style.borderTopLeftRadius).toBe('2px');
    await expect(style.fontFamily).toMatch(/^Georgia/);
    // No stylesheet of ours was injected to do it.
    await expect(root.querySelector('style')).toBeNull();
  },
};

/**
 * The same brand in the dark scheme: the violet would read 2.4:1 as text on the dark background,
 * so it is lightened, and the text on it follows; axe checks the contrast.
 */
export const CustomAppearanceDark: Story = {
  parameters: {
    dinie: {
      colorScheme: 'dark',
      appearance: { variables: { colorPrimary: '#6d28d9' } },
    } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement }) => {
    const root = themeRoot(canvasElement);
    const primary = root.style.getPropertyValue('--dinie-color-primary');
    await expect(primary).toMatch(/^#[0-9a-f]{6}$/);
    await expect(primary).not.toBe('#6d28d9');
    await expectReadableButton(canvasElement);
  },
};

/** The README's `colorPrimary: '#0b5fff'` in the dark scheme: 3.33:1 button text before. */
export const ReadmePrimaryDark: Story = {
  parameters: {
    dinie: {
      colorScheme: 'dark',
      appearance: { variables: { colorPrimary: '#0b5fff' } },
    } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement }) => {
    await expectReadableButton(canvasElement);
  },
};

/** `darkVariables` apply only in the dark scheme. */
export const DarkVariables: Story = {
  parameters: {
    dinie: {
      colorScheme: 'dark',
      appearance: { variables: { colorPrimary: '#6d28d9' }, darkVariables: { colorPrimary: '#c4b5fd' } },
    } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement }) => {
    const root = themeRoot(canvasElement);
    await expect(root).toHaveAttribute('data-color-scheme', 'dark');
    await expect(root.style.getPropertyValue('--dinie-color-primary')).toBe('#c4b5fd');
    const button = within(canvasElement).getByRole('button', { name: 'Continuar' });
    await expect(getComputedStyle(button).backgroundColor).toBe('rgb(196, 181, 253)');
  },
};

/** Importing the stylesheet leaves the host page alone: no `color-scheme` and no tokens on `:root`. */
export const HostPageUntouched: Story = {
  parameters: { dinie: { colorScheme: 'dark' } satisfies DinieStoryParameters },
  play: async ({ canvasElement }) => {
    const host = getComputedStyle(document.documentElement);
    await expect(host.colorScheme).toBe('normal');
    await expect(host.getPropertyValue('--dinie-color-background')).toBe('');
    await expect(getComputedStyle(document.body).getPropertyValue('--dinie-color-primary')).toBe('');
    await expect(getComputedStyle(themeRoot(canvasElement)).colorScheme).toBe('dark');
  },
};

/**
 * Dark chosen by the host page on its `<html>`, the theme left on `auto`: the tokens switch in
 * CSS, and `darkVariables` follow the scheme the root actually has, not the system's.
 */
export const DarkFromHost: Story = {
  parameters: {
    dinie: {
      colorScheme: 'auto',
      appearance: { variables: { colorPrimary: '#6d28d9' }, darkVariables: { colorPrimary: '#c4b5fd' } },
    } satisfies DinieStoryParameters,
  },
  beforeEach: () => {
    document.documentElement.setAttribute('data-color-scheme', 'dark');
    return () => document.documentElement.removeAttribute('data-color-scheme');
  },
  play: async ({ canvasElement }) => {
    const root = themeRoot(canvasElement);
    await expect(root).not.toHaveAttribute('data-color-scheme');
    await expect(getComputedStyle(root).colorScheme).toBe('dark');
    await expect(getComputedStyle(document.documentElement).colorScheme).toBe('normal');
    await expect(root.style.getPropertyValue('--dinie-color-primary')).toBe('#c4b5fd');
    const button = within(canvasElement).getByRole('button', { name: 'Continuar' });
    await expect(getComputedStyle(button).backgroundColor).toBe('rgb(196, 181, 253)');
  },
};

/** The built-in dark scheme: every token of tokens.css switches. */
export const Dark: Story = {
  parameters: { dinie: { colorScheme: 'dark' } satisfies DinieStoryParameters },
  play: async ({ canvasElement }) => {
    const root = themeRoot(canvasElement);
    await expect(getComputedStyle(root).getPropertyValue('--dinie-color-background').trim()).toBe('#12151b');
    await expect(getComputedStyle(root).colorScheme).toBe('dark');
  },
};

/** English copy and `lang="en"` on the theme element, for screen readers' pronunciation. */
export const English: Story = {
  parameters: { dinie: { locale: 'en' } satisfies DinieStoryParameters },
  play: async ({ canvasElement }) => {
    await expect(themeRoot(canvasElement)).toHaveAttribute('lang', 'en');
    await expect(within(canvasElement).getByRole('heading', { name: 'Sign up' })).toBeVisible();
  },
};
