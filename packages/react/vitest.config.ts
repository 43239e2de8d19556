import { defineProject, mergeConfig } from 'vitest/config';
import { sourceConditions } from '../../vitest.shared.ts';

export default mergeConfig(
  sourceConditions,
  defineProject({
    test: {
      name: 'react',
      environment: 'jsdom',
      setupFiles: ['./vitest.setup.ts'],
      env: { EXPECTED_REACT_MAJOR: '19' },
    },
  }),
);
