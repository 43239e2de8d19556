import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DinieTheme } from './DinieTheme.tsx';
import { useMessages } from './ThemeContext.ts';

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

  it('speaks the chosen locale, with the host overrides laid over it', () => {
    render(
      <DinieTheme locale="en" messages={{ registration: { title: 'Open your account' } }}>
        <Title />
      </DinieTheme>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent('Open your account');
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
