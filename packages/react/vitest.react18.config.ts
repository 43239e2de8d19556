import { fileURLToPath } from 'node:url';
import { defineProject, mergeConfig } from 'vitest/config';
import { sourceConditions } from '../../vitest.shared.ts';

const react18 = (path: string) =>
  fileURLToPath(new URL(`./test/react18/node_modules/${path}`, import.meta.url));

/**
 * The same hook tests on React 18: `react` and `react-dom` (and their subpaths) resolve to the
 * 18.3 copies of the harness package, and so do the libraries that import React, whose copies
 * there are bound to React 18 (a library resolves its React by itself, out of an alias's reach).
 */
export default mergeConfig(
  sourceConditions,
  defineProject({
    resolve: {
      alias: [
        { find: /^react$/, replacement: react18('react') },
        { find: /^react\/(.*)$/, replacement: react18('react/$1') },
        { find: /^react-dom$/, replacement: react18('react-dom') },
        { find: /^react-dom\/(.*)$/, replacement: react18('react-dom/$1') },
        { find: /^@tanstack\/react-query$/, replacement: react18('@tanstack/react-query') },
        { find: /^@testing-library\/react$/, replacement: react18('@testing-library/react') },
      ],
    },
    test: {
      name: 'react@18',
      env: { EXPECTED_REACT_MAJOR: '18' },
      environment: 'jsdom',
      setupFiles: ['./vitest.setup.ts'],
    },
  }),
);
