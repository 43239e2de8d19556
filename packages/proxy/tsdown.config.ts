import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  platform: 'node',
  // `.js`/`.d.ts` as the package's exports map names them (the package is `type: module`).
  fixedExtension: false,
  clean: true,
});
