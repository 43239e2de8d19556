import { setNonce } from 'get-nonce';
import { type ReactNode, useMemo, useRef } from 'react';
import { type Locale, type MessageOverrides, resolveMessages } from '../i18n/locales.ts';
import { withClassName } from '../primitives/withClassName.ts';
import type { Appearance } from './appearance.ts';
import { type ColorScheme, ThemeContext } from './ThemeContext.ts';
import { useThemeScope } from './useThemeScope.ts';

/** Props of {@link DinieTheme}. */
export interface DinieThemeProps {
  /** Design tokens to override; see {@link Appearance}. */
  appearance?: Appearance | undefined;
  /** `light`, `dark`, or `auto` to follow the system (default). */
  colorScheme?: ColorScheme | undefined;
  /** Language of every text: `pt-BR` (default) or `en`. */
  locale?: Locale | undefined;
  /** Texts to replace in the chosen locale, e.g. `{ registration: { title: 'Abra sua conta' } }`. */
  messages?: MessageOverrides | undefined;
  /**
   * The nonce of your Content-Security-Policy, for the one `<style>` element that the scroll lock
   * of an open dialog adds; needed when `style-src` allows neither it nor `'unsafe-inline'`.
   */
  nonce?: string | undefined;
  /** Extra class names for the wrapper element. */
  className?: string | undefined;
  /** The Dinie components to theme. */
  children?: ReactNode;
}

/**
 * Sets the language, colour scheme and design tokens of the Dinie components inside it. It
 * renders one `<div class="dinie-theme">` that carries the tokens as CSS custom properties,
 * written through the CSSOM so that it works under `style-src 'self'`. Pass a stable (memoised
 * or module-level) `appearance` object to avoid rewriting the tokens on every render.
 *
 * @example
 * <DinieTheme locale="en" colorScheme="dark" appearance={{ variables: { colorPrimary: '#6d28d9' } }}>
 *   <Onboarding />
 * </DinieTheme>
 */
export function DinieTheme({
  appearance,
  colorScheme = 'auto',
  locale = 'pt-BR',
  messages,
  nonce,
  className,
  children,
}: DinieThemeProps) {
  // Set while rendering, before any dialog below can mount and inject its style element; the
  // scroll lock reads this page-wide value when it does.
  if (nonce !== undefined) setNonce(nonce);
  const value = useMemo(
    () => ({ appearance, colorScheme, locale, messages: resolveMessages(locale, messages) }),
    [appearance, colorScheme, locale, messages],
  );
  return (
    <ThemeContext.Provider value={value}>
      <ThemeRoot className={className}>{children}</ThemeRoot>
    </ThemeContext.Provider>
  );
}

function ThemeRoot({ className, children }: { className: string | undefined; children?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const scope = useThemeScope(ref);
  return (
    <div ref={ref} className={withClassName('dinie-theme', className)} {...scope}>
      {children}
    </div>
  );
}
