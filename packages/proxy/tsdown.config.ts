import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: { index: 'src/index.ts', 'redis/index': 'src/redis/index.ts' },
  format: ['esm'],
  dts: true,
  platform: 'node',
  // `.js`/`.d.ts` as the package's exports map names them (the package is `type: module`).
  fixedExtension: false,
  clean: true,
});
