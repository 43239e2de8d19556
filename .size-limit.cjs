// Size budgets (brotli; what the host already has — React, TanStack Query — left out). `pnpm size`
// measures them against the built packages; `pnpm bench` runs them with the speed benchmarks.
const host = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'];

module.exports = [
  { name: '@dinie-embed/api (whole entry)', path: 'packages/api/dist/index.js', limit: '12 kB' },
  {
    name: '@dinie-embed/api (client only)',
    path: 'packages/api/dist/index.js',
    import: '{ createDinieClient }',
    limit: '6 kB',
  },
  // The credit math (Price, IOF, CET, calendar) the browser estimates with and the sandbox prices with.
  { name: '@dinie-embed/api/credit (whole entry)', path: 'packages/api/dist/credit/index.js', limit: '3 kB' },
  {
    name: '@dinie-embed/react (whole entry)',
    path: 'packages/react/dist/index.js',
    ignore: host,
    // 12 kB before the loan simulator; the credit math it estimates with is about 2.4 kB of it.
    limit: '16 kB',
  },
  {
    name: '@dinie-embed/api + @dinie-embed/react (what a React host ships without the styled components)',
    path: ['packages/api/dist/index.js', 'packages/react/dist/index.js'],
    ignore: host,
    limit: '16 kB',
  },
  // 40 kB before the offers, simulator and cost disclosure (and the credit math under them); 46 kB
  // before contracting, signing, tracking and the one-component journey.
  { name: '@dinie-embed/ui (whole entry)', path: 'packages/ui/dist/index.js', ignore: host, limit: '54 kB' },
  {
    name: '@dinie-embed/ui (styles.css)',
    path: 'packages/ui/dist/styles.css',
    limit: '6 kB',
    // The stylesheet with the font's `@font-face` rules; the font files are not in it (a browser
    // fetches only the subsets its text uses, about 50 kB for Portuguese).
    modifyEsbuildConfig: (config) => ({ ...config, loader: { ...config.loader, '.woff2': 'empty' } }),
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
