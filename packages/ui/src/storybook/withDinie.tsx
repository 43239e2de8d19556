import { DinieProvider } from '@dinie-embed/react';
import type { Decorator } from '@storybook/react-vite';
import { QueryClient } from '@tanstack/react-query';
import { type Locale, loadLocale } from '../i18n/locales.ts';
import type { Appearance } from '../theme/appearance.ts';
import { DinieTheme } from '../theme/DinieTheme.tsx';
import type { ColorScheme } from '../theme/ThemeContext.ts';
import { createStorySandbox, type StorySandbox, type StorySandboxOptions } from './createStorySandbox.ts';

/** What a story seeded: ids its render and play function need. */
export interface SeedResult {
  /** The customer the seed registered, if any. */
  customerId?: string;
}

/** `parameters.dinie` of a story. */
export interface DinieStoryParameters extends StorySandboxOptions {
  /** Sets the scene through the API and the test helpers before the story renders. */
  seed?: ((sandbox: StorySandbox) => Promise<SeedResult | undefined>) | undefined;
  /** Language of the story (default: the toolbar's, pt-BR). */
  locale?: Locale | undefined;
  /** Colour scheme of the story (default: the toolbar's, light). */
  colorScheme?: ColorScheme | undefined;
  /** Appearance passed to <DinieTheme>. */
  appearance?: Appearance | undefined;
  /** CSP nonce passed to <DinieTheme>. */
  nonce?: string | undefined;
  /** Milliseconds between refetches when there is no event stream (default 300). */
  pollIntervalMs?: number | undefined;
}

/** What the loader hands to the story as `context.loaded.dinie`. */
export interface LoadedDinie extends SeedResult {
  sandbox: StorySandbox;
  queryClient: QueryClient;
}

/** Reads `context.loaded.dinie` with its type. */
export function loadedDinie(loaded: Record<string, unknown>): LoadedDinie {
  const value = loaded.dinie as LoadedDinie | undefined;
  if (value === undefined)
    throw new Error('This story needs `loaders: [dinieLoader]` and `decorators: [withDinie]`.');
  return value;
}

/** The story's language: its own, else the toolbar's, else pt-BR. */
function storyLocale(options: DinieStoryParameters, globals: Record<string, unknown>): Locale {
  return options.locale ?? (globals.locale as Locale | undefined) ?? 'pt-BR';
}

/**
 * Creates a fresh sandbox for the story and runs its seed. The story's locale is loaded first, as
 * an app that renders in English does before its first render (`loadLocale`).
 */
export async function dinieLoader({
  parameters,
  globals = {},
}: {
  parameters: Record<string, unknown>;
  globals?: Record<string, unknown>;
}): Promise<{ dinie: LoadedDinie }> {
  const options = (parameters.dinie ?? {}) as DinieStoryParameters;
  await loadLocale(storyLocale(options, globals));
  const sandbox = createStorySandbox(options);
  const seeded = (await options.seed?.(sandbox)) ?? {};
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return { dinie: { ...seeded, sandbox, queryClient } };
}

/** Wraps the story in <DinieProvider> talking to its sandbox, and in <DinieTheme>. */
export const withDinie: Decorator = (Story, context) => {
  const options = (context.parameters.dinie ?? {}) as DinieStoryParameters;
  const { sandbox, queryClient } = loadedDinie(context.loaded);
  return (
    <DinieProvider
      baseUrl={sandbox.baseUrl}
      fetch={sandbox.fetch}
      fetchSessionToken={sandbox.sessionToken}
      queryClient={queryClient}
      pollIntervalMs={options.pollIntervalMs ?? 300}
    >
      <DinieTheme
        locale={storyLocale(options, context.globals)}
        colorScheme={
          options.colorScheme ?? (context.globals.colorScheme as ColorScheme | undefined) ?? 'light'
        }
        appearance={options.appearance}
        nonce={options.nonce}
        className="dinie-story-frame"
      >
        <Story />
      </DinieTheme>
    </DinieProvider>
  );
};
