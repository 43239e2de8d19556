/**
 * The design tokens a host may set, each mapped onto one CSS custom property of
 * `styles/tokens.css` (`colorPrimary` → `--dinie-color-primary`). Values are CSS values.
 *
 * Any colour keeps WCAG 2.2 AA: inside <DinieTheme>, a text colour that would read below 4.5:1
 * on what it sits on (and a border or focus ring below 3:1) is moved towards black or white just
 * far enough, and the text on `colorPrimary` is white or black unless `colorOnPrimary` reads.
 */
export interface AppearanceVariables {
  /** Buttons, links, progress and the selected state (`--dinie-color-primary`). */
  colorPrimary: string;
  /** Preferred text and icons on `colorPrimary`; white or black instead when it would read below 4.5:1 (`--dinie-color-on-primary`). */
  colorOnPrimary: string;
  /** Page and dialog background (`--dinie-color-background`). */
  colorBackground: string;
  /** Background of cards, list items and inputs' add-ons (`--dinie-color-surface`). */
  colorSurface: string;
  /** Body text (`--dinie-color-text`). */
  colorText: string;
  /** Secondary text: hints, descriptions (`--dinie-color-text-muted`). */
  colorTextMuted: string;
  /** Borders of inputs and other controls; needs 3:1 against the background (`--dinie-color-border`). */
  colorBorder: string;
  /** Errors and rejected items (`--dinie-color-danger`). */
  colorDanger: string;
  /** Approved items and success messages (`--dinie-color-success`). */
  colorSuccess: string;
  /** Items that wait for the borrower (`--dinie-color-warning`). */
  colorWarning: string;
  /** Informational messages and items under review (`--dinie-color-info`). */
  colorInfo: string;
  /** The keyboard focus ring (`--dinie-color-focus`). */
  colorFocus: string;
  /** Font stack of every text (`--dinie-font-family`; default Inter, shipped with `styles.css`, then the system font). */
  fontFamily: string;
  /** Base font size; the scale derives from it (`--dinie-font-size-base`). */
  fontSizeBase: string;
  /** Corner radius of controls; cards and dialogs derive theirs (`--dinie-border-radius`). */
  borderRadius: string;
  /** Spacing step; every gap and padding is a multiple (`--dinie-spacing-unit`). */
  spacingUnit: string;
}

/** How a host restyles the components, in the spirit of Stripe's `appearance`. */
export interface Appearance {
  /** Tokens for both colour schemes. */
  variables?: Partial<AppearanceVariables>;
  /** Tokens laid over `variables` when the dark scheme is in effect. */
  darkVariables?: Partial<AppearanceVariables>;
}

/** `colorPrimary` → `--dinie-color-primary`. */
export function customPropertyOf(name: keyof AppearanceVariables): string {
  return `--dinie-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/**
 * The custom properties an appearance sets in the given scheme, as `[property, value]` pairs.
 * Unknown keys are refused rather than ignored, so a typo surfaces at once.
 */
export function appearanceToProperties(
  appearance: Appearance | undefined,
  scheme: 'light' | 'dark',
): Array<[string, string]> {
  if (appearance === undefined) return [];
  const merged: Partial<AppearanceVariables> = {
    ...appearance.variables,
    ...(scheme === 'dark' ? appearance.darkVariables : undefined),
  };
  const properties: Array<[string, string]> = [];
  for (const [name, value] of Object.entries(merged)) {
    if (!KNOWN.has(name)) {
      throw new Error(
        `Unknown appearance variable ${JSON.stringify(name)}. Known variables: ${[...KNOWN].join(', ')}.`,
      );
    }
    if (typeof value === 'string' && value.trim() !== '') {
      properties.push([customPropertyOf(name as keyof AppearanceVariables), value]);
    }
  }
  return properties;
}

const KNOWN = new Set<string>([
  'colorPrimary',
  'colorOnPrimary',
  'colorBackground',
  'colorSurface',
  'colorText',
  'colorTextMuted',
  'colorBorder',
  'colorDanger',
  'colorSuccess',
  'colorWarning',
  'colorInfo',
  'colorFocus',
  'fontFamily',
  'fontSizeBase',
  'borderRadius',
  'spacingUnit',
] satisfies Array<keyof AppearanceVariables>);
