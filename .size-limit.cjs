// Size budgets (brotli, dependencies the host already has left out). `pnpm size` measures them
// against the built packages; `pnpm bench` runs them with the speed benchmarks.
module.exports = [
  {
    name: '@dinie-embed/api (whole entry)',
    path: 'packages/api/dist/index.js',
    limit: '12 kB',
  },
  {
    name: '@dinie-embed/api (client only)',
    path: 'packages/api/dist/index.js',
    import: '{ createDinieClient }',
    limit: '6 kB',
  },
];
