import { type RefObject, useEffect, useLayoutEffect } from 'react';
import { appearanceToProperties } from './appearance.ts';
import { useTheme } from './ThemeContext.ts';
import { useMediaQuery } from './useMediaQuery.ts';

// React 18 warns about layout effects on the server; both run nothing there.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** Attributes that make an element a theme root: tokens, colour scheme and language. */
export interface ThemeScopeAttributes {
  'data-color-scheme': 'light' | 'dark' | undefined;
  lang: string;
}

/**
 * Makes `ref`'s element a theme root. The appearance is written with `style.setProperty`, the
 * CSS Object Model, which a strict Content-Security-Policy (`style-src 'self'`) allows, unlike
 * `style` attributes in markup or injected `<style>` elements. Used by <DinieTheme> and by dialog
 * content, which is portalled out of the <DinieTheme> element.
 */
export function useThemeScope(ref: RefObject<HTMLElement | null>): ThemeScopeAttributes {
  const { appearance, colorScheme, locale } = useTheme();
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  const scheme = colorScheme === 'auto' ? (systemDark ? 'dark' : 'light') : colorScheme;

  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const properties = appearanceToProperties(appearance, scheme);
    for (const [property, value] of properties) element.style.setProperty(property, value);
    return () => {
      for (const [property] of properties) element.style.removeProperty(property);
    };
  }, [ref, appearance, scheme]);

  return { 'data-color-scheme': colorScheme === 'auto' ? undefined : colorScheme, lang: locale };
}
