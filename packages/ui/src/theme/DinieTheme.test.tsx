import { render, screen } from '@testing-library/react';
import { type Context, useContext } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { DinieTheme } from './DinieTheme.tsx';
import { type ThemeContextValue, useMessages } from './ThemeContext.ts';

/** The theme and i18n modules afresh, so the English copy is not loaded yet. */
async function freshTheme() {
  vi.resetModules();
  const [{ DinieTheme }, { ThemeContext }, { loadLocale }] = await Promise.all([
    import('./DinieTheme.tsx'),
    import('./ThemeContext.ts'),
    import('../i18n/locales.ts'),
  ]);
  return { DinieTheme, ThemeContext, loadLocale };
}

/** The registration title, read from the context of freshly imported theme modules. */
function FreshTitle({ context }: { context: Context<ThemeContextValue> }) {
  return <h2>{useContext(context).messages.registration.title}</h2>;
}

function Title() {
  return <h2>{useMessages().registration.title}</h2>;
}

describe('<DinieTheme>', () => {
  it('writes the appearance as custom properties on its element', () => {
    const { container } = render(
      <DinieTheme colorScheme="dark" appearance={{ variables: { colorPrimary: '#6d28d9' } }}>
        <Title />
      </DinieTheme>,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveClass('dinie-theme');
    expect(root).toHaveAttribute('data-color-scheme', 'dark');
    expect(root.style.getPropertyValue('--dinie-color-primary')).toBe('#6d28d9');
  });

  it('renders no style attribute on the server, where a strict CSP would refuse it', () => {
    const html = renderToString(
      <DinieTheme appearance={{ variables: { colorPrimary: '#6d28d9' } }}>
        <Title />
      </DinieTheme>,
    );
    expect(html).not.toContain('style=');
    expect(html).toContain('lang="pt-BR"');
  });

  it('speaks the chosen locale, with the host overrides laid over it', async () => {
    render(
      <DinieTheme locale="en" messages={{ registration: { title: 'Open your account' } }}>
        <Title />
      </DinieTheme>,
    );
    expect(await screen.findByRole('heading')).toHaveTextContent('Open your account');
  });

  it('renders nothing in another language while the English copy loads, then English', async () => {
    const fresh = await freshTheme();
    const { container } = render(
      <fresh.DinieTheme locale="en">
        <FreshTitle context={fresh.ThemeContext} />
      </fresh.DinieTheme>,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveAttribute('lang', 'en');
    expect(root).toHaveAttribute('aria-busy', 'true');
    expect(root).toBeEmptyDOMElement();
    expect(await screen.findByRole('heading')).toHaveTextContent('Sign up');
    expect(root).not.toHaveAttribute('aria-busy');
  });

  it('renders English at once once the copy is loaded, on the server too', async () => {
    const fresh = await freshTheme();
    const tree = (
      <fresh.DinieTheme locale="en">
        <FreshTitle context={fresh.ThemeContext} />
      </fresh.DinieTheme>
    );
    expect(renderToString(tree)).not.toContain('<h2>');
    await fresh.loadLocale('en');
    expect(renderToString(tree)).toContain('<h2>Sign up</h2>');
    render(tree);
    expect(screen.getByRole('heading')).toHaveTextContent('Sign up');
  });

  it('keeps the current language on screen while a new one loads', async () => {
    const fresh = await freshTheme();
    const { rerender } = render(
      <fresh.DinieTheme locale="pt-BR">
        <FreshTitle context={fresh.ThemeContext} />
      </fresh.DinieTheme>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('Faça seu cadastro');
    rerender(
      <fresh.DinieTheme locale="en">
        <FreshTitle context={fresh.ThemeContext} />
      </fresh.DinieTheme>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('Faça seu cadastro');
    expect(await screen.findByText('Sign up')).toBeInTheDocument();
  });

  it('refuses a locale it does not speak, naming the ones it does', async () => {
    const { loadLocale } = await freshTheme();
    expect(() => loadLocale('fr' as 'en')).toThrow('Unknown locale "fr": use one of pt-BR, en.');
  });

  it('applies darkVariables when an ancestor chose dark and the theme is left on auto', () => {
    document.documentElement.setAttribute('data-color-scheme', 'dark');
    try {
      const { container } = render(
        <DinieTheme
          appearance={{ variables: { colorPrimary: '#6d28d9' }, darkVariables: { colorPrimary: '#c4b5fd' } }}
        >
          <Title />
        </DinieTheme>,
      );
      const root = container.firstElementChild as HTMLElement;
      expect(root).not.toHaveAttribute('data-color-scheme');
      expect(root.style.getPropertyValue('--dinie-color-primary')).toBe('#c4b5fd');
    } finally {
      document.documentElement.removeAttribute('data-color-scheme');
    }
  });
});
