import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { Alert } from '../primitives/Alert.tsx';
import { Button } from '../primitives/Button.tsx';
import { StatusBadge } from '../primitives/StatusBadge.tsx';
import type { VisualParameters } from '../storybook/visualParameters.ts';
import type { AppearanceVariables } from './appearance.ts';
import { contrastRatio, NON_TEXT_CONTRAST, parseColor, type Rgb, TEXT_CONTRAST } from './contrast.ts';
import { DinieTheme } from './DinieTheme.tsx';

/** Hues every 45°, dark, middle and light; greys; and colours partners have used. */
const COLORS = [
  ...[0, 45, 90, 135, 180, 225, 270, 315].flatMap((hue) =>
    [30, 72].map((lightness) => `hsl(${hue} 85% ${lightness}%)`),
  ),
  '#000000',
  '#777777',
  '#ffffff',
  '#0b5fff',
  '#6d28d9',
  '#ffd400',
  'oklch(0.62 0.19 145)',
  'rebeccapurple',
];

/** A host page's own backgrounds and text, over which the same colours must hold. */
const GROUNDS: Array<Partial<AppearanceVariables>> = [
  {},
  { colorBackground: '#fdf6e3', colorSurface: '#eee8d5', colorText: '#93a1a1' },
  { colorBackground: '#002b36', colorSurface: '#073642', colorText: '#586e75' },
];

interface Case {
  scheme: 'light' | 'dark';
  variables: Partial<AppearanceVariables>;
}

// Module-level, so each <DinieTheme> gets a stable appearance object.
const CASES: Case[] = (['light', 'dark'] as const).flatMap((scheme) =>
  GROUNDS.flatMap((ground, index) =>
    (index === 0 ? COLORS : COLORS.filter((_, i) => i % 4 === 0)).map((color) => ({
      scheme,
      variables: {
        ...ground,
        colorPrimary: color,
        colorOnPrimary: color,
        colorTextMuted: color,
        colorDanger: color,
        colorSuccess: color,
        colorWarning: color,
        colorInfo: color,
        colorBorder: color,
        colorFocus: color,
      },
    })),
  ),
);
const APPEARANCES = CASES.map((entry) => ({ variables: entry.variables }));

function Sample() {
  return (
    <div className="dinie-root dinie-contrast-sample">
      <Button variant="primary">Continuar</Button>
      <Button variant="ghost">Ver detalhes</Button>
      <Button>Voltar</Button>
      <a href="#contrast">Saiba mais</a>
      <p className="dinie-field__hint">Dica de preenchimento</p>
      <Alert tone="danger" title="Erro" live="none" />
      <Alert tone="success" title="Aprovado" live="none" />
      <Alert tone="warning" title="Atenção" live="none" />
      <Alert tone="info" title="Em análise" live="none" />
      <StatusBadge status="rejected" />
      <StatusBadge status="pending_correction" />
      <StatusBadge status="approved" />
      <StatusBadge status="submitted" />
    </div>
  );
}

function Grid({ cases }: { cases: readonly number[] }) {
  return (
    <div className="dinie-contrast-grid">
      {cases.map((index) => (
        <div key={index} data-case={index}>
          <DinieTheme
            colorScheme={CASES[index]?.scheme}
            appearance={APPEARANCES[index]}
            className="dinie-contrast-case"
          >
            <Sample />
          </DinieTheme>
        </div>
      ))}
    </div>
  );
}

const meta = {
  title: 'Theming/Contrast with any colour',
  parameters: {
    layout: 'fullscreen',
    // Every sample sets its own scheme, so both scheme projects would draw the same grid; a phone
    // only stacks the same samples in one long column.
    visual: { ownSchemes: true, viewports: ['desktop'] } satisfies VisualParameters,
  },
} satisfies Meta;
export default meta;

type Story = StoryObj<typeof meta>;

const pixel = document.createElement('canvas').getContext('2d', { willReadFrequently: true });

/** A computed colour in sRGB; what is not written in sRGB is drawn and read back. */
function rgb(value: string): Rgb {
  const parsed = parseColor(value);
  if (parsed !== null) return parsed;
  if (!pixel) throw new Error(`Unreadable colour ${value}`);
  pixel.clearRect(0, 0, 1, 1);
  pixel.fillStyle = value;
  pixel.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0] = pixel.getImageData(0, 0, 1, 1).data;
  return [r, g, b];
}

/** The opaque colour behind an element: its own background or the nearest ancestor's. */
function backgroundOf(element: Element): Rgb {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const value = getComputedStyle(node).backgroundColor;
    if (value !== 'rgba(0, 0, 0, 0)' && value !== 'transparent') return rgb(value);
  }
  return [255, 255, 255];
}

/**
 * Every colour token set to each of 24 colours, in both schemes and over three host grounds: all
 * text reaches 4.5:1 on what it sits on, the borders of controls 3:1. Axe checks the same page.
 */
export const AnyColourKeepsAA: Story = {
  // Axe takes minutes over this many samples; the play function computes the same WCAG ratios,
  // and the story below runs axe on the colours of the review.
  parameters: {
    a11y: { test: 'off' },
    visual: {
      // A picture of all 72 themes would weigh a megabyte; the next story pictures the sample.
      skip: 'its checks are contrast ratios, computed over 72 themes',
    } satisfies VisualParameters,
  },
  render: () => <Grid cases={CASES.map((_, index) => index)} />,
  play: async ({ canvasElement }) => checkContrast(canvasElement, CASES.length),
};

/**
 * The README's `colorPrimary: '#0b5fff'` and the `CustomAppearance` violet, with a yellow and a
 * grey, in both schemes, checked by axe as well: 3.33:1 and 2.4:1 before the derivation.
 */
export const ReviewedColoursWithAxe: Story = {
  render: () => <Grid cases={REVIEWED} />,
  play: async ({ canvasElement }) => checkContrast(canvasElement, REVIEWED.length),
};

const REVIEWED = CASES.flatMap((entry, index) =>
  Object.keys(entry.variables).length === 9 &&
  ['#0b5fff', '#6d28d9', '#ffd400', '#777777'].includes(entry.variables.colorPrimary ?? '')
    ? [index]
    : [],
);

async function checkContrast(canvasElement: HTMLElement, count: number) {
  {
    const roots = [...canvasElement.querySelectorAll<HTMLElement>('.dinie-contrast-case')];
    await expect(roots).toHaveLength(count);
    // Colours ease between tokens (160 ms); measure where they settle.
    const easing = canvasElement
      .getAnimations({ subtree: true })
      .filter((animation) => animation instanceof CSSTransition);
    await Promise.all(easing.map((animation) => animation.finished));
    const failures: string[] = [];
    for (const [index, root] of roots.entries()) {
      const entry = CASES[Number(root.parentElement?.dataset.case)];
      const label = `${entry?.scheme} ${JSON.stringify(entry?.variables)} #${index}`;
      const texts = root.querySelectorAll(
        '.dinie-button, .dinie-root a, .dinie-field__hint, .dinie-alert__title, .dinie-badge',
      );
      for (const element of texts) {
        const ratio = contrastRatio(rgb(getComputedStyle(element).color), backgroundOf(element));
        if (ratio < TEXT_CONTRAST) failures.push(`${label}: ${element.textContent} ${ratio.toFixed(2)}`);
      }
      const secondary = root.querySelector('.dinie-button[data-variant="secondary"]') as HTMLElement;
      const border = contrastRatio(rgb(getComputedStyle(secondary).borderTopColor), backgroundOf(root));
      if (border < NON_TEXT_CONTRAST) failures.push(`${label}: border ${border.toFixed(2)}`);
    }
    await expect(failures).toEqual([]);
  }
}
