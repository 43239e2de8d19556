import { type Messages, ptBR } from './pt-BR.ts';

/** The languages the components speak. */
export type Locale = 'pt-BR' | 'en';

// pt-BR, the borrowers' language, ships with the components; any other locale is a chunk of its
// own, loaded when a <DinieTheme> first asks for it, so an app carries only the copy it speaks.
const importers: Readonly<Record<Locale, () => Promise<Messages>>> = {
  'pt-BR': () => Promise.resolve(ptBR),
  en: () => import('./en.ts').then((module) => module.en),
};
const loaded = new Map<Locale, Messages>([['pt-BR', ptBR]]);
const loading = new Map<Locale, Promise<Messages>>();

function checkLocale(locale: Locale): void {
  if (!Object.hasOwn(importers, locale)) {
    throw new Error(
      `Unknown locale ${JSON.stringify(locale)}: use one of ${Object.keys(importers).join(', ')}.`,
    );
  }
}

/** The built-in copy of `locale` if it is loaded already (pt-BR always is), else `undefined`. */
export function loadedMessages(locale: Locale): Messages | undefined {
  checkLocale(locale);
  return loaded.get(locale);
}

/**
 * Loads the built-in copy of `locale`, once; a failed load (the network dropped) is tried afresh
 * on the next call. `<DinieTheme>` calls it itself; call it early, e.g. before the first render or
 * in a route loader, and a non-default locale renders with no wait at all.
 *
 * @throws {Error} at once for a locale the components do not speak.
 */
export function loadLocale(locale: Locale): Promise<Messages> {
  checkLocale(locale);
  let promise = loading.get(locale);
  if (promise === undefined) {
    promise = importers[locale]().then(
      (messages) => {
        loaded.set(locale, messages);
        return messages;
      },
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, promise);
  }
  return promise;
}

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
 * A locale's copy with a host's overrides laid over it. Only plain objects are merged; strings,
 * functions and lists are replaced whole.
 */
export function resolveMessages(base: Messages, overrides?: MessageOverrides): Messages {
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
