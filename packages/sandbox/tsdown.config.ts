import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/server.ts', 'src/cli.ts'],
  format: ['esm'],
  dts: true,
  // The core runs in browsers too; only server.ts and cli.ts reach for Node built-ins.
  platform: 'neutral',
  deps: { neverBundle: [/^node:/] },
  clean: true,
});
