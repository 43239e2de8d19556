/**
 * Resolution shared by every Vitest project: workspace packages resolve to their TypeScript
 * sources through the `@dinie-embed/source` export condition, so tests never need a build first.
 */
export const sourceConditions = {
  resolve: { conditions: ['@dinie-embed/source', 'module', 'browser', 'development|production'] },
  ssr: { resolve: { conditions: ['@dinie-embed/source', 'module', 'node', 'development|production'] } },
};
