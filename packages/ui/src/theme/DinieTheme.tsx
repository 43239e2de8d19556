import { setNonce } from 'get-nonce';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import {
  type Locale,
  loadedMessages,
  loadLocale,
  type MessageOverrides,
  resolveMessages,
} from '../i18n/locales.ts';
import { ptBR } from '../i18n/pt-BR.ts';
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
  /**
   * Language of every text: `pt-BR` (default) or `en`. pt-BR renders at once; another locale's copy
   * loads on first use (call `loadLocale` early to have it at once): meanwhile the theme renders
   * its element empty, or keeps the previous language on screen when the locale changes.
   */
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
 * The copy of a locale other than pt-BR is a chunk of its own, loaded the first time it is asked
 * for: until it arrives, the children are not rendered (a first render) or keep the language
 * they had (a switch), so no text ever shows in a language the host did not choose.
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
  const shown = useShownLocale(locale);
  const value = useMemo(
    () => ({
      appearance,
      colorScheme,
      locale: shown ?? locale,
      messages: resolveMessages((shown && loadedMessages(shown)) || ptBR, messages),
    }),
    [appearance, colorScheme, locale, shown, messages],
  );
  return (
    <ThemeContext.Provider value={value}>
      <ThemeRoot className={className} busy={shown === null}>
        {shown === null ? null : children}
      </ThemeRoot>
    </ThemeContext.Provider>
  );
}

/**
 * The locale whose copy is on screen: `locale` as soon as its copy is loaded; while it loads, the
 * locale shown before, or `null` on a first render. A copy that fails to load falls back to pt-BR.
 */
function useShownLocale(locale: Locale): Locale | null {
  const [settled, setSettled] = useState<Locale | null>(null);
  const ready = loadedMessages(locale) !== undefined;
  useEffect(() => {
    if (loadedMessages(locale) !== undefined) {
      setSettled(locale);
      return;
    }
    let current = true;
    loadLocale(locale).then(
      () => {
        if (current) setSettled(locale);
      },
      (error: unknown) => {
        console.error(`<DinieTheme> could not load the ${locale} copy; showing pt-BR.`, error);
        if (current) setSettled('pt-BR');
      },
    );
    return () => {
      current = false;
    };
  }, [locale]);
  return ready ? locale : settled;
}

function ThemeRoot({
  className,
  busy,
  children,
}: {
  className: string | undefined;
  busy: boolean;
  children?: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const scope = useThemeScope(ref);
  return (
    <div
      ref={ref}
      className={withClassName('dinie-theme', className)}
      aria-busy={busy || undefined}
      {...scope}
    >
      {children}
    </div>
  );
}
