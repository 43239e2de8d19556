import type { RefObject } from 'react';
import { appearanceToProperties } from './appearance.ts';
import { deriveContrast } from './deriveContrast.ts';
import { useTheme } from './ThemeContext.ts';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.ts';
import { useMediaQuery } from './useMediaQuery.ts';

/** Attributes that make an element a theme root: tokens, colour scheme and language. */
export interface ThemeScopeAttributes {
  'data-color-scheme': 'light' | 'dark' | undefined;
  lang: string;
}

/**
 * Makes `ref`'s element a theme root. The appearance is written, and every colour token then
 * checked for WCAG AA contrast and adjusted where needed (see `deriveContrast`), with `style.setProperty`, the
 * CSS Object Model, which a strict Content-Security-Policy (`style-src 'self'`) allows, unlike
 * `style` attributes in markup or injected `<style>` elements. Used by <DinieTheme> and by dialog
 * content, which is portalled out of the <DinieTheme> element.
 */
export function useThemeScope(ref: RefObject<HTMLElement | null>): ThemeScopeAttributes {
  const { appearance, colorScheme, locale } = useTheme();
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');

  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    let applied: string[] = [];
    const apply = () => {
      const scheme = colorScheme === 'auto' ? resolvedScheme(element, systemDark) : colorScheme;
      const properties = appearanceToProperties(appearance, scheme);
      for (const property of applied) element.style.removeProperty(property);
      for (const [property, value] of properties) element.style.setProperty(property, value);
      // Then whatever colour the host chose, by appearance or by its own CSS, stays readable.
      applied = [...properties.map(([property]) => property), ...deriveContrast(element)];
    };
    apply();
    // A host may switch its own `data-color-scheme` at any time; the tokens follow it in CSS.
    const observer = typeof MutationObserver === 'undefined' ? null : new MutationObserver(apply);
    observer?.observe(element.ownerDocument.documentElement, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-color-scheme'],
    });
    return () => {
      observer?.disconnect();
      for (const property of applied) element.style.removeProperty(property);
    };
  }, [ref, appearance, colorScheme, systemDark]);

  return { 'data-color-scheme': colorScheme === 'auto' ? undefined : colorScheme, lang: locale };
}

/**
 * The scheme tokens.css gives `element`: the nearest `data-color-scheme`, its own or an
 * ancestor's (the host's `<html>`), else the system's preference. Read from the attributes rather
 * than `getComputedStyle`, whose forced style pass before the properties are set would start
 * colour transitions from the default tokens.
 */
function resolvedScheme(element: HTMLElement, systemDark: boolean): 'light' | 'dark' {
  const chosen = element.closest('[data-color-scheme]')?.getAttribute('data-color-scheme');
  if (chosen === 'dark' || chosen === 'light') return chosen;
  return systemDark ? 'dark' : 'light';
}
