import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  platform: 'neutral',
  clean: true,
  outputOptions: {
    codeSplitting: {
      // What the entry loads at once and a lazily loaded part also uses (the query keys, whether a
      // loan is settled, the reconnect backoff) in one file, not a file per set of users: an app's
      // bundler that splits by file (esbuild) then loads one extra chunk with the page, not one per
      // file.
      groups: [{ name: 'shared', tags: ['$initial'], minShareCount: 2 }],
    },
  },
});
