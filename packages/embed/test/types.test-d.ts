// The loader names the journey's settings without depending on React packages; these checks
// (run by `tsc`) keep its copies of the names equal to the ones `@dinie-embed/ui` and
// `@dinie-embed/react` use.
import type { SessionToken } from '@dinie-embed/react';
import type { Appearance, AppearanceVariables, ColorScheme, Locale } from '@dinie-embed/ui';
import type {
  EmbedAppearance,
  EmbedAppearanceVariable,
  EmbedDisplaySettings,
  EmbedSessionToken,
} from '../src/index.ts';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export const sameNames: [
  Equal<EmbedAppearanceVariable, keyof AppearanceVariables>,
  Equal<NonNullable<EmbedDisplaySettings['locale']>, Locale>,
  Equal<NonNullable<EmbedDisplaySettings['colorScheme']>, ColorScheme>,
  Equal<EmbedSessionToken, SessionToken>,
  Equal<Required<EmbedAppearance>, Required<Appearance>>,
] = [true, true, true, true, true];
