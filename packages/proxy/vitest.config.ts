import { defineProject, mergeConfig } from 'vitest/config';
import { sourceConditions } from '../../vitest.shared.ts';

// Most suites run a real sandbox and a real Express server; a loaded CI machine needs the room.
export default mergeConfig(
  sourceConditions,
  defineProject({ test: { name: 'proxy', environment: 'node', testTimeout: 20_000, hookTimeout: 20_000 } }),
);
