export type { SandboxClock } from './clock.ts';
export { createSandbox, type Sandbox } from './createSandbox.ts';
export type { OfferTerms, SandboxOptions, SandboxPersistence } from './options.ts';
export { STANDARD_WEBHOOK_RETRY_DELAYS_MS } from './options.ts';
export type { SandboxSnapshot } from './state/snapshot.ts';
