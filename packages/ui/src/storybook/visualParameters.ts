/** The widths the visual review captures, named as in `.storybook/visual/variants.ts`. */
export type VisualViewportName = 'desktop' | 'phone';

/**
 * `parameters.visual` of a story: how the visual review (`.storybook/visual/`) captures it. By
 * default every story is captured in both scheme projects at every width; these narrow that for
 * stories whose pictures would only repeat each other.
 */
export interface VisualParameters {
  /**
   * The story themes its samples itself, in both schemes side by side: it is captured once, in
   * the light project, as the `both-schemes` variant.
   */
  ownSchemes?: boolean | undefined;
  /** Only these widths, for a story laid out as a grid that a narrower window only lengthens. */
  viewports?: readonly VisualViewportName[] | undefined;
  /**
   * Not screenshotted, with the reason: a check whose assertions are numbers over many samples,
   * whose look another story of the same file already captures.
   */
  skip?: string | undefined;
}
