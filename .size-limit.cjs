// Size budgets (what the host already has — React, TanStack Query — left out). `pnpm size`
// measures them against the built packages; `pnpm bench` runs them with the speed benchmarks and
// reports the lazy chunks beside the initial ones.
const { host, initialChunksOnly, wholeEntryAsOneFile } = require('./scripts/size/appBundle.cjs');

/**
 * The stylesheet with the kit font's `@font-face` rules, not its files: a browser fetches only the
 * subsets its text uses (about 50 kB for Portuguese), from the partner's origin.
 */
const fontFilesNotCounted = (config) => ({ ...config, loader: { ...config.loader, '.woff2': 'empty' } });

module.exports = [
  // What an app downloads before its first render, as it ships the code: only what it imports,
  // minified, tree-shaken, split as its bundler splits it (what loads through `import()` later is
  // left out), gzip. api and react together, as a React app has both.
  {
    name: 'createBorrowerClient + DinieProvider + useCustomer: initial JS, gzip',
    path: ['packages/api/dist/index.js', 'packages/react/dist/index.js'],
    import: {
      'packages/api/dist/index.js': '{ createBorrowerClient }',
      'packages/react/dist/index.js': '{ DinieProvider, useCustomer }',
    },
    ignore: host,
    gzip: true,
    modifyEsbuildConfig: initialChunksOnly,
    limit: '8 kB',
  },
  // The client every Dinie call can make (token exchange, credentials and webhook endpoints
  // included) with the provider: a browser app needs only the borrower client, which the provider
  // builds, but this is the combination the target names.
  {
    name: 'createDinieClient + DinieProvider + useCustomer: initial JS, gzip',
    path: ['packages/api/dist/index.js', 'packages/react/dist/index.js'],
    import: {
      'packages/api/dist/index.js': '{ createDinieClient }',
      'packages/react/dist/index.js': '{ DinieProvider, useCustomer }',
    },
    ignore: host,
    gzip: true,
    modifyEsbuildConfig: initialChunksOnly,
    limit: '8 kB',
  },
  {
    name: 'Onboarding + DinieTheme: initial JS, gzip',
    path: 'packages/ui/dist/index.js',
    import: '{ Onboarding, DinieTheme }',
    ignore: host,
    gzip: true,
    modifyEsbuildConfig: initialChunksOnly,
    limit: '30 kB',
  },
  {
    name: '@dinie-embed/ui (styles.css, gzip)',
    path: 'packages/ui/dist/styles.css',
    gzip: true,
    modifyEsbuildConfig: fontFilesNotCounted,
    limit: '8 kB',
  },
  // Whole entries, brotli: every module an entry can load, at once or on demand, as one file (see
  // `wholeEntryAsOneFile`); guards against growth anywhere. The api and react ones count the
  // client's SDK-dialect mapping (about 2.4 kB), loaded only against an SDK-dialect server: 12, 6,
  // 16 and 16 kB before it.
  {
    name: '@dinie-embed/api (whole entry)',
    path: 'packages/api/dist/index.js',
    modifyEsbuildConfig: wholeEntryAsOneFile,
    limit: '12.5 kB',
  },
  {
    name: '@dinie-embed/api (client only)',
    path: 'packages/api/dist/index.js',
    import: '{ createDinieClient }',
    modifyEsbuildConfig: wholeEntryAsOneFile,
    limit: '8.6 kB',
  },
  // The credit math (Price, IOF, CET, calendar) the browser estimates with and the sandbox prices with.
  {
    name: '@dinie-embed/api/credit (whole entry)',
    path: 'packages/api/dist/credit/index.js',
    modifyEsbuildConfig: wholeEntryAsOneFile,
    limit: '3 kB',
  },
  {
    name: '@dinie-embed/react (whole entry)',
    path: 'packages/react/dist/index.js',
    ignore: host,
    // 12 kB before the loan simulator; the credit math it estimates with is about 2.4 kB of it.
    modifyEsbuildConfig: wholeEntryAsOneFile,
    limit: '18.6 kB',
  },
  {
    name: '@dinie-embed/api + @dinie-embed/react (what a React host ships without the styled components)',
    path: ['packages/api/dist/index.js', 'packages/react/dist/index.js'],
    ignore: host,
    modifyEsbuildConfig: wholeEntryAsOneFile,
    limit: '18.6 kB',
  },
  // 40 kB before the offers, simulator and cost disclosure (and the credit math under them); 46 kB
  // before contracting, signing, tracking and the one-component journey.
  {
    name: '@dinie-embed/ui (whole entry)',
    path: 'packages/ui/dist/index.js',
    ignore: host,
    modifyEsbuildConfig: wholeEntryAsOneFile,
    limit: '54 kB',
  },
  {
    name: '@dinie-embed/ui (styles.css)',
    path: 'packages/ui/dist/styles.css',
    limit: '6 kB',
    modifyEsbuildConfig: fontFilesNotCounted,
  },
  // The script-tag loader, gzip as the issue states it: everything a partner's page downloads
  // before the iframe starts.
  {
    name: '@dinie-embed/embed (dinie-embed.js, gzip)',
    path: 'packages/embed/dist/dinie-embed.js',
    gzip: true,
    limit: '2 kB',
  },
  // The whole page inside the embed's iframe (React, the journey, its styles): what a borrower
  // downloads once the loader has made the frame.
  {
    name: '@dinie-embed/embed (the whole frame: JS and CSS)',
    path: ['packages/embed/dist/frame/assets/*.js', 'packages/embed/dist/frame/assets/*.css'],
    // The files as Vite built them, summed: bundling them again would count the shared chunk once
    // per lazy chunk that imports it.
    disablePlugins: ['@size-limit/esbuild'],
    limit: '140 kB',
  },
];
