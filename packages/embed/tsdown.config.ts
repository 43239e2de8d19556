import { defineConfig, type UserConfig } from 'tsdown';

/**
 * The script-tag build: `<script src=".../dinie-embed.js">` defines `window.DinieEmbed`, with the
 * few lines it uses from `@dinie-embed/api` (`isJourneyEvent`) bundled from source. The browser
 * tests build the same file from this config.
 */
export const scriptTagBuild: UserConfig = {
  entry: { 'dinie-embed': 'src/index.ts' },
  format: ['iife'],
  globalName: 'DinieEmbed',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  dts: false,
  clean: false,
  deps: { alwaysBundle: ['@dinie-embed/api'] },
  inputOptions: { resolve: { conditionNames: ['@dinie-embed/source', 'import', 'default'] } },
  outputOptions: { entryFileNames: '[name].js' },
};

export default defineConfig([
  // The ES module for bundlers: `@dinie-embed/api` stays a dependency, for its types.
  { entry: ['src/index.ts'], format: ['esm'], dts: true, platform: 'neutral', clean: true },
  scriptTagBuild,
]);
