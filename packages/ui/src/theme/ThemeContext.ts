import { createContext, useContext } from 'react';
import type { Locale } from '../i18n/locales.ts';
import { type Messages, ptBR } from '../i18n/pt-BR.ts';
import type { Appearance } from './appearance.ts';

/** Which colour scheme the components use; `auto` follows the system. */
export type ColorScheme = 'light' | 'dark' | 'auto';

/** What <DinieTheme> hands to every component below it. */
export interface ThemeContextValue {
  locale: Locale;
  messages: Messages;
  colorScheme: ColorScheme;
  appearance: Appearance | undefined;
}

// Components work without a <DinieTheme>: pt-BR, the system's scheme and the default tokens.
export const ThemeContext = createContext<ThemeContextValue>({
  locale: 'pt-BR',
  messages: ptBR,
  colorScheme: 'auto',
  appearance: undefined,
});

/** The theme in effect: locale, copy, colour scheme and appearance. */
export function useTheme(): ThemeContextValue {
  return useContext(ThemeContext);
}

/** The copy of the locale in effect. */
export function useMessages(): Messages {
  return useContext(ThemeContext).messages;
}
