import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: { index: 'src/index.ts', 'credit/index': 'src/credit/index.ts' },
  format: ['esm'],
  dts: true,
  platform: 'neutral',
  clean: true,
});
