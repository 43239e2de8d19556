import { formatBRL, formatDate, formatDateTime, formatPercent } from '@dinie-embed/api';
import { useMemo } from 'react';
import { useTheme } from '../theme/ThemeContext.ts';

/** Formatters of money, rates and dates in the locale in effect. */
export interface CreditFormat {
  /** Cents as BRL (`R$ 25.000,00`). */
  money: (cents: number) => string;
  /** A rate in percent with 2 decimals and its period (`2,50% a.m.`). */
  rate: (percent: number, period: 'a.m.' | 'a.a.') => string;
  /** A calendar date `YYYY-MM-DD` (`15/04/2026`). */
  date: (date: string) => string;
  /** A timestamp as São Paulo date and time. */
  dateTime: (timestamp: string) => string;
}

/** Money, rates and dates the way the locale in effect writes them; rates always carry a.m./a.a. */
export function useCreditFormat(): CreditFormat {
  const { locale } = useTheme();
  return useMemo(
    () => ({
      money: (cents) => formatBRL(cents, locale),
      rate: (percent, period) => formatPercent(percent, { locale, suffix: period }),
      date: (date) => formatDate(date, locale),
      dateTime: (timestamp) => formatDateTime(timestamp, locale),
    }),
    [locale],
  );
}
