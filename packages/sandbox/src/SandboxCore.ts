import type { JwtSigner } from './auth/jwt.ts';
import type { ManagedClock } from './clock.ts';
import type { IdFactory } from './ids.ts';
import type { ResolvedOptions } from './options.ts';
import type { Scheduler } from './scheduler.ts';
import type { SandboxState } from './state/SandboxState.ts';
import type { EmitEvent } from './webhooks/createEventDispatcher.ts';

/**
 * What routes and lifecycles share: the state, the clocks, id minting, automatic steps and
 * events. Built once per sandbox by `createSandbox`.
 */
export interface SandboxCore {
  readonly options: ResolvedOptions;
  readonly state: SandboxState;
  readonly clock: ManagedClock;
  readonly newId: IdFactory;
  readonly scheduler: Scheduler;
  readonly jwt: JwtSigner;
  /** Records an event and queues its deliveries. */
  readonly emit: EmitEvent;
  /** Sandbox time as an API timestamp. */
  timestamp(): string;
  /** Sandbox date in São Paulo, `YYYY-MM-DD`. */
  today(): string;
  /** Runs an automatic step after `stepMs`; the step checks the state it expects itself. */
  step(task: () => void): void;
  /** Marks the state as changed, so it is persisted. */
  changed(): void;
}
