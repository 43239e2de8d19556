import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Reporter, Vitest } from 'vitest/node';
import { BASELINE_DIR, COLOUR_THRESHOLD, HOSTILE_PREFIX, REVIEW_DIR } from '../.storybook/visual/variants.ts';

interface Change {
  /** `<story id>/<variant>`, with the hostile-host prefix when taken there. */
  name: string;
  before: string | null;
  after: string;
  diff: string | null;
}

/**
 * Writes the visual review page when a story screenshot differs from its baseline or has none:
 * `test-results/visual-review/index.html`, one row per changed screenshot with the baseline
 * (before), this run's picture (after) and the diff side by side. A static page with its pictures
 * beside it, to open locally or keep as a CI artifact. `pnpm visual:update` accepts the changes.
 *
 * The page is built from the files the screenshot matcher writes under `files/`: `-actual` and
 * `-diff` for a difference, `-reference` for a screenshot with no baseline yet.
 */
export default class VisualReviewReporter implements Reporter {
  private root = process.cwd();

  onInit(vitest: Vitest): void {
    this.root = vitest.config.root;
  }

  async onTestRunStart(): Promise<void> {
    await rm(path.join(this.root, REVIEW_DIR), { recursive: true, force: true });
  }

  async onTestRunEnd(): Promise<void> {
    const dir = path.join(this.root, REVIEW_DIR);
    const files = await listPngs(path.join(dir, 'files'));
    const changes: Change[] = [];
    for (const file of files) {
      const match = /^(.*)-(actual|reference)\.png$/.exec(file);
      if (!match) continue;
      const name = match[1] as string;
      const missing = match[2] === 'reference';
      const diff = `${name}-diff.png`;
      changes.push({
        name,
        before: missing ? null : name,
        after: path.join('files', file),
        diff: files.includes(diff) ? path.join('files', diff) : null,
      });
    }
    if (changes.length === 0) return;
    changes.sort((a, b) => a.name.localeCompare(b.name));
    // The baseline is copied: accepting the change overwrites it, and the page must still show it.
    for (const change of changes) {
      if (change.before === null) continue;
      const baseline = change.before.startsWith(HOSTILE_PREFIX)
        ? change.before.slice(HOSTILE_PREFIX.length)
        : change.before;
      const copy = path.join('before', `${change.before}.png`);
      await mkdir(path.dirname(path.join(dir, copy)), { recursive: true });
      await copyFile(path.join(this.root, BASELINE_DIR, `${baseline}.png`), path.join(dir, copy));
      change.before = copy;
      // The matcher draws no diff when the size changed, the usual result of a moved padding.
      if (change.diff === null) {
        change.diff = path.join('files', `${change.name}-diff.png`);
        await writeSizeDiff(path.join(dir, copy), path.join(dir, change.after), path.join(dir, change.diff));
      }
    }
    await writeFile(path.join(dir, 'index.html'), page(changes));
    const hostile = changes.filter((change) => change.name.startsWith(HOSTILE_PREFIX)).length;
    const missing = changes.filter((change) => change.before === null).length;
    process.stdout.write(
      `\nVisual review: ${changes.length - missing - hostile} screenshot(s) differ from their baseline, ${missing} have none, ` +
        `${hostile} differ inside the hostile host page.\n` +
        `  Review them in ${path.join(dir, 'index.html')}\n` +
        '  Accept intended changes with `pnpm visual:update`, then commit .storybook/visual/baselines;\n' +
        '  a hostile-host difference is fixed in the component, never accepted.\n\n',
    );
  }
}

/**
 * The diff of two pictures of different sizes, drawn as the matcher draws its own: both are laid
 * at the top left of a canvas as large as the larger, so an edge that moved and everything past
 * the smaller picture show in red.
 */
async function writeSizeDiff(beforeFile: string, afterFile: string, diffFile: string): Promise<void> {
  const before = await readPng(beforeFile);
  const after = await readPng(afterFile);
  const width = Math.max(before.width, after.width);
  const height = Math.max(before.height, after.height);
  const pad = (image: PNG): PNG => {
    const canvas = new PNG({ width, height });
    PNG.bitblt(image, canvas, 0, 0, image.width, image.height, 0, 0);
    return canvas;
  };
  const diff = new PNG({ width, height });
  pixelmatch(pad(before).data, pad(after).data, diff.data, width, height, { threshold: COLOUR_THRESHOLD });
  await writeFile(diffFile, PNG.sync.write(diff));
}

async function readPng(file: string): Promise<PNG> {
  return PNG.sync.read(await readFile(file));
}

/** Every `.png` under `dir`, as paths relative to it with `/` separators. */
async function listPngs(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.png'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char,
  );

function cell(title: string, file: string | null): string {
  if (file === null) return `<figure><figcaption>${title}</figcaption><p class="none">none yet</p></figure>`;
  const src = escapeHtml(file.split(/[\\/]/).map(encodeURIComponent).join('/'));
  return `<figure><figcaption>${title}</figcaption><a href="${src}"><img src="${src}" alt="${title}"></a></figure>`;
}

function row(change: Change): string {
  const hostile = change.name.startsWith(HOSTILE_PREFIX);
  const title = hostile ? change.name.slice(HOSTILE_PREFIX.length) : change.name;
  const what = hostile
    ? 'Inside the hostile host page, compared with the clean baseline.'
    : change.before === null
      ? 'New: no baseline yet.'
      : 'Differs from its baseline.';
  return `<section>
<h2>${escapeHtml(title)}</h2>
<p>${what}</p>
<div class="pictures">${cell('before (baseline)', change.before)}${cell('after (this run)', change.after)}${cell('diff', change.diff)}</div>
</section>`;
}

function page(changes: Change[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Visual review: ${changes.length} change(s)</title>
<style>
body { font: 14px/1.5 system-ui, sans-serif; margin: 2rem; color: #1d2430; background: #f6f7f9; }
section { background: #fff; border: 1px solid #d5d9e0; border-radius: 8px; padding: 1rem; margin: 0 0 1.5rem; }
h2 { font-size: 1rem; margin: 0 0 0.25rem; }
.pictures { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 1rem; align-items: start; }
figure { margin: 0; }
figcaption { font-weight: 600; margin-bottom: 0.25rem; }
img { max-width: 100%; border: 1px solid #d5d9e0; }
.none { color: #6b7280; font-style: italic; }
</style>
</head>
<body>
<h1>Visual review: ${changes.length} changed screenshot(s)</h1>
<p>Before is the committed baseline, after is this run, the diff marks changed pixels in red.
If every change is intended, run <code>pnpm visual:update</code> and commit
<code>.storybook/visual/baselines/</code>.</p>
${changes.map(row).join('\n')}
</body>
</html>
`;
}
