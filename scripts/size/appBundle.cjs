// How the size budgets bundle the packages "as an app ships them": minified and tree-shaken by
// esbuild with code splitting, as Vite, Rollup or webpack split an app, with what the host
// already has (React, TanStack Query) left out. Shared by `.size-limit.cjs` and `pnpm bench`.
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

module.exports = { host, initialChunksOnly, splitOutputs };
