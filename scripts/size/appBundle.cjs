// How the size budgets bundle the packages "as an app ships them": minified and tree-shaken by
// esbuild with code splitting, as Vite, Rollup or webpack split an app, with what the host
// already has (React, TanStack Query) left out. Shared by `.size-limit.cjs` and `pnpm bench`.
const { readFile } = require('node:fs/promises');
const path = require('node:path');

/** Packages the host app already ships; never counted. */
const host = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'];

/**
 * Splits esbuild's outputs into what loads with the page (the entry chunk and every chunk it
 * imports statically, transitively) and what loads later (chunks reached only through `import()`).
 *
 * @param {import('esbuild').Metafile} metafile
 * @param {string} entryPoint absolute path of the entry file
 * @param {string} cwd esbuild's working directory, which the metafile's paths are relative to
 * @returns {{ initial: string[], lazy: string[] }} output paths, as the metafile spells them
 */
function splitOutputs(metafile, entryPoint, cwd) {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find(
    (file) =>
      outputs[file].entryPoint !== undefined && path.resolve(cwd, outputs[file].entryPoint) === entryPoint,
  );
  if (entry === undefined) throw new Error(`esbuild made no output for the entry ${entryPoint}.`);
  const initial = new Set();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop();
    if (initial.has(file)) continue;
    initial.add(file);
    for (const imported of outputs[file].imports) {
      if (imported.kind === 'import-statement' && imported.path in outputs) pending.push(imported.path);
    }
  }
  const lazy = Object.keys(outputs).filter((file) => !initial.has(file) && !file.endsWith('.map'));
  return { initial: [...initial], lazy };
}

/**
 * A size-limit `modifyEsbuildConfig` that splits code and leaves the lazy chunks out of the count:
 * the budget then holds what the browser downloads before the first render. `pnpm bench` reports
 * the lazy chunks beside it.
 */
function initialChunksOnly(config) {
  const entryPoint = path.resolve(config.entryPoints[0]);
  return {
    ...config,
    splitting: true,
    format: 'esm',
    plugins: [
      ...(config.plugins ?? []),
      {
        name: 'dinie-initial-chunks-only',
        setup(build) {
          build.onEnd((result) => {
            if (!result.metafile) return;
            const cwd = build.initialOptions.absWorkingDir ?? process.cwd();
            const { lazy } = splitOutputs(result.metafile, entryPoint, cwd);
            // size-limit sums the files the metafile lists: the lazy ones are taken off its list.
            for (const file of lazy) delete result.metafile.outputs[file];
          });
        },
      },
    ],
  };
}

/**
 * A size-limit `modifyEsbuildConfig` for the whole-entry budgets: every module the entry can ever
 * load, at once or on demand, bundled as one file. Each `import("./chunk.js")` of the packages'
 * own builds is read as a static import: without code splitting esbuild would otherwise wrap every
 * module reachable from an `import()` in lazy-initialisation code (about 1 kB of the ui entry),
 * bytes no app that splits its code downloads, and which would hide the packages' own growth.
 */
function wholeEntryAsOneFile(config) {
  return {
    ...config,
    plugins: [
      ...(config.plugins ?? []),
      {
        name: 'dinie-on-demand-as-static',
        setup(build) {
          build.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]dist[\\/].*\.js$/ }, async (args) => {
            const text = await readFile(args.path, 'utf8');
            const head = [];
            const contents = text.replace(/\bimport\((["'])(\.[^"']+)\1\)/g, (_, _quote, specifier) => {
              const name = `__onDemand${head.length}`;
              head.push(`import * as ${name} from ${JSON.stringify(specifier)};`);
              return `Promise.resolve(${name})`;
            });
            return { contents: head.length === 0 ? text : `${head.join('\n')}\n${contents}`, loader: 'js' };
          });
        },
      },
    ],
  };
}

module.exports = { host, initialChunksOnly, splitOutputs, wholeEntryAsOneFile };
