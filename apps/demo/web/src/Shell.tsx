import type { ReactElement, ReactNode } from 'react';
import { signOut } from './demoApi.ts';

/** Props of {@link Shell}. */
export interface ShellProps {
  /** The signed-in shop's name, if any. */
  shopName?: string | undefined;
  /** Which page is open, for `aria-current`. */
  current: 'home' | 'react' | 'embed';
  children?: ReactNode;
}

const LINKS = [
  { href: '/', label: 'Início', page: 'home' },
  { href: '/react', label: 'Crédito (React)', page: 'react' },
  { href: '/embed', label: 'Crédito (script tag)', page: 'embed' },
] as const;

/** The partner ERP's chrome: its brand, its navigation, and who is signed in. */
export function Shell({ shopName, current, children }: ShellProps): ReactElement {
  return (
    <>
      <header className="topbar">
        <a className="brand" href="/">
          Lojinha ERP
        </a>
        <nav aria-label="Principal">
          {LINKS.map((link) => (
            <a key={link.href} href={link.href} aria-current={current === link.page ? 'page' : undefined}>
              {link.label}
            </a>
          ))}
          <a href="/storybook/">Storybook</a>
        </nav>
        {shopName ? (
          <div className="who">
            <span>{shopName}</span>
            <button type="button" onClick={() => signOut().then(() => window.location.assign('/'))}>
              Sair
            </button>
          </div>
        ) : null}
      </header>
      <main className="page">{children}</main>
    </>
  );
}
