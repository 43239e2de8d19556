export { createDinieProxy, type DinieProxy } from './createDinieProxy.ts';
export { createDinieEmbedFrame, type DinieEmbedFrameOptions } from './embedFrame.ts';
export type { DinieProxyLogEntry, DinieProxyLogger, DinieProxyLogLevel } from './logger.ts';
export {
  type DinieBorrower,
  type DinieEventContext,
  type DinieProxyLimits,
  type DinieProxyOptionProblem,
  type DinieProxyOptions,
  DinieProxyOptionsError,
  type DinieProxyStores,
} from './options.ts';
export type { ProblemBody, ProblemFieldError } from './problem.ts';
export type { SessionResponse } from './routes/session.ts';
export {
  createMemoryDedupeStore,
  type DedupeStore,
  type MemoryDedupeStoreOptions,
} from './stores/dedupeStore.ts';
export {
  createMemoryEventStore,
  type EventStore,
  type MemoryEventStoreOptions,
  type ReplayResult,
  type StoredEvent,
} from './stores/eventStore.ts';
export {
  createMemoryRateLimitStore,
  type MemoryRateLimitStoreOptions,
  type RateLimitHit,
  type RateLimitStore,
} from './stores/rateLimitStore.ts';
export { StoreUnavailableError } from './stores/StoreUnavailableError.ts';
export type { DinieWebhookEvent } from './webhookEvent.ts';
