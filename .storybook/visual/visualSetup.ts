/**
 * The visual review, in the page of every story test: once the story has rendered and its play
 * function has passed, its root is screenshotted at each width and compared with the committed
 * baseline. The first story of each file is screenshotted again inside a hostile host page and
 * must equal the same baseline. Any story is covered by being a story: there is no list.
 */
import { afterEach, expect, type TestContext } from 'vitest';
import { commands, page, server } from 'vitest/browser';
import type { VisualParameters } from '../../packages/ui/src/storybook/visualParameters.ts';
import hostileHostCss from './hostileHost.css?inline';
import { HOSTILE_PREFIX, MAX_HEIGHT, VIEWPORTS, VOLATILE_SELECTORS, VOLATILE_TEXT } from './variants.ts';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Registered by the Storybook plugin: moves the pointer off the page. */
    resetMousePosition: () => Promise<void>;
  }
}

type Viewport = (typeof VIEWPORTS)[number];

interface StoryInTest {
  id: string;
  parameters: { dinie?: { locale?: string; colorScheme?: string }; visual?: VisualParameters };
  globals: { locale?: string; colorScheme?: string };
}

/**
 * Applied by Playwright only while it takes a screenshot. Volatile text also stays on one line: a
 * random code is wider on some runs than others, and would wrap on some and not on others.
 */
const HIDE_VOLATILE = `${[...VOLATILE_SELECTORS, '[data-visual-volatile]'].join(',\n')} { visibility: hidden !important; }
:is(.dinie-support-code, [data-visual-volatile]) { white-space: nowrap !important; overflow: hidden !important; }`;

/** Marks the elements whose own text is volatile, for {@link HIDE_VOLATILE}. */
function markVolatileText(): void {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (VOLATILE_TEXT.test(node.textContent ?? ''))
      node.parentElement?.setAttribute('data-visual-volatile', '');
  }
}

afterEach(async (context) => {
  const story = (context as TestContext & { story?: StoryInTest }).story;
  // A story whose play function failed is reported as such; its picture would only add noise.
  if (story === undefined || (context.task.result?.errors?.length ?? 0) > 0) return;
  const visual = story.parameters.visual ?? {};
  if (visual.skip !== undefined) return;
  const projectScheme = story.globals.colorScheme ?? 'light';
  const fixedScheme = visual.ownSchemes ? 'both-schemes' : story.parameters.dinie?.colorScheme;
  // A story that fixes its own scheme looks the same in both scheme projects: capture it once.
  if (fixedScheme !== undefined && (fixedScheme === 'dark' ? 'dark' : 'light') !== projectScheme) return;
  const variant = `${story.parameters.dinie?.locale ?? story.globals.locale ?? 'pt-BR'}-${fixedScheme ?? projectScheme}`;
  const viewports = VIEWPORTS.filter((viewport) => visual.viewports?.includes(viewport.name) ?? true);

  const failures = await captureAll(`${story.id}/${variant}`, viewports);
  const firstOfFile = context.task.file.tasks[0] === context.task;
  const updating = server.config.snapshotOptions.updateSnapshot === 'all';
  // When baselines are being rewritten, a hostile-host picture must never become one.
  if (failures.length === 0 && firstOfFile && projectScheme === 'light' && !updating) {
    failures.push(
      ...(await insideHostileHost(() => captureAll(`${HOSTILE_PREFIX}${story.id}/${variant}`, viewports))),
    );
  }
  if (failures.length > 0)
    throw new AggregateError(failures, failures.map((error) => String(error)).join('\n\n'));
});

/** Screenshots the story root at each width; the failures, not thrown, so every width is seen. */
async function captureAll(name: string, viewports: readonly Viewport[]): Promise<unknown[]> {
  const failures: unknown[] = [];
  markVolatileText();
  for (const viewport of viewports) {
    await fitViewport(viewport);
    try {
      await expect
        .element(page.elementLocator(storyRoot()))
        .toMatchScreenshot(`${name}-${viewport.name}`, { screenshotOptions: { style: HIDE_VOLATILE } });
    } catch (error) {
      failures.push(error);
    }
  }
  return failures;
}

/**
 * Sets the window to `viewport`, then makes it as tall as the story root if the root is taller:
 * only what is inside the window is painted, and the whole root is compared. A dialog keeps the
 * window's size.
 */
async function fitViewport(viewport: Viewport): Promise<void> {
  await page.viewport(viewport.width, viewport.height);
  await settle();
  // A dialog is laid out against the window (its height may follow the window's) and scrolls
  // inside itself: it is captured in the window as the borrower sees it.
  if (getComputedStyle(storyRoot()).position === 'fixed') return;
  const bottom = Math.ceil(storyRoot().getBoundingClientRect().bottom + window.scrollY) + 16;
  if (bottom <= viewport.height) return;
  await page.viewport(viewport.width, Math.min(bottom, MAX_HEIGHT));
  await settle();
}

/** Lets layout, fonts and the pointer come to rest: no hover left over from the play function. */
async function settle(): Promise<void> {
  await commands.resetMousePosition();
  await document.fonts.ready;
  await untilRootHoldsStill();
}

/** Frames in a row the story root must keep its element and size before it is captured. */
const STILL_FRAMES = 3;
/** How long a root that keeps moving is waited for; the screenshot's own check then reports it. */
const STILL_TIMEOUT_MS = 5_000;

/**
 * Resolves once the story root has been the same element, with the same size, for
 * {@link STILL_FRAMES} frames: a lazily loaded part or a late state change has landed, so the
 * screenshot is not taken mid-layout.
 */
async function untilRootHoldsStill(): Promise<void> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const deadline = performance.now() + STILL_TIMEOUT_MS;
  let last: { root: Element; width: number; height: number } | undefined;
  let still = 0;
  while (still < STILL_FRAMES && performance.now() < deadline) {
    await frame();
    const root = storyRoot();
    const { width, height } = root.getBoundingClientRect();
    still = last?.root === root && last.width === width && last.height === height ? still + 1 : 0;
    last = { root, width, height };
  }
}

/**
 * The element a story shows: an open dialog if there is one (portalled to the body), else the
 * component inside the story frame, else the frame, else the canvas.
 */
function storyRoot(): Element {
  // Not by Radix's `data-state="open"`: a component may use `data-state` for its own states.
  const dialogs = document.querySelectorAll(
    ':is([role="dialog"], [role="alertdialog"]):not([data-state="closed"])',
  );
  const dialog = dialogs[dialogs.length - 1];
  if (dialog) return dialog;
  const frame = document.querySelector('.dinie-story-frame');
  if (frame)
    return frame.childElementCount === 1 && frame.firstElementChild ? frame.firstElementChild : frame;
  // Storybook's own status panels (its loader, its error display) are hidden divs before the canvas.
  const canvas = document.body.querySelector(':scope > div:not(.sb-wrapper)');
  if (canvas?.firstElementChild) return canvas.firstElementChild;
  throw new Error('The visual review found no story root to screenshot.');
}

/** Runs `capture` with the hostile stylesheet on the page and the story's canvas as its `#root`. */
async function insideHostileHost<T>(capture: () => Promise<T>): Promise<T> {
  const style = document.createElement('style');
  style.textContent = hostileHostCss;
  document.head.append(style);
  const canvas = [...document.body.children].find((child) => child.querySelector('.dinie-story-frame'));
  const previousId = canvas?.id;
  if (canvas) canvas.id = 'root';
  try {
    return await capture();
  } finally {
    style.remove();
    if (canvas) {
      if (previousId) canvas.id = previousId;
      else canvas.removeAttribute('id');
    }
  }
}
