import { en } from './en.ts';
import { type Messages, ptBR } from './pt-BR.ts';

/** The languages the components speak. */
export type Locale = 'pt-BR' | 'en';

/** The built-in copy of each {@link Locale}. */
export const messagesByLocale: Readonly<Record<Locale, Messages>> = { 'pt-BR': ptBR, en };

/** Deep partial of {@link Messages}: any subset of texts to replace. */
export type MessageOverrides = {
  [Section in keyof Messages]?: DeepPartial<Messages[Section]>;
};

type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly unknown[]
    ? T
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> }
      : T;

/**
 * The copy of `locale` with a host's overrides laid over it. Only plain objects are merged;
 * strings, functions and lists are replaced whole.
 */
export function resolveMessages(locale: Locale, overrides?: MessageOverrides): Messages {
  const base = messagesByLocale[locale];
  if (base === undefined) {
    throw new Error(
      `Unknown locale ${JSON.stringify(locale)}: use one of ${Object.keys(messagesByLocale).join(', ')}.`,
    );
  }
  return overrides === undefined ? base : (merge(base, overrides) as Messages);
}

function merge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === undefined ? base : override;
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) result[key] = merge(base[key], value);
  return result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
