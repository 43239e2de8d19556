import { defineProject, mergeConfig } from 'vitest/config';
import { sourceConditions } from '../../vitest.shared.ts';

// The client loads its error, upload and stream code on first use: the first test to reach one
// also pays for Vite transforming it, which on a loaded two-core machine can exceed 5 s.
export default mergeConfig(
  sourceConditions,
  defineProject({ test: { name: 'api', environment: 'node', testTimeout: 20_000 } }),
);
