import { createJwtSigner } from './auth/jwt.ts';
import { createClock, type SandboxClock, toTimestamp } from './clock.ts';
import { dialectOfRequest, todayInSaoPaulo } from './contract.ts';
import { ApiError } from './http/ApiError.ts';
import { API_PREFIXES, createSandboxApp } from './http/createSandboxApp.ts';
import { finalizeResponse, preflightResponse } from './http/finalizeResponse.ts';
import { problemResponse } from './http/problemResponse.ts';
import type { RequestBindings } from './http/SandboxEnv.ts';
import { createIdFactory, randomHex } from './ids.ts';
import { resumeCustomer } from './lifecycle/customerLifecycle.ts';
import { scheduleLoanStep } from './lifecycle/loanLifecycle.ts';
import { tick } from './lifecycle/tick.ts';
import { resolveOptions, type SandboxOptions } from './options.ts';
import { ensureCredential } from './routes/authRoutes.ts';
import type { SandboxCore } from './SandboxCore.ts';
import { createScheduler } from './scheduler.ts';
import { emptyState, type SandboxState } from './state/SandboxState.ts';
import { fromSnapshot, type SandboxSnapshot, toSnapshot } from './state/snapshot.ts';
import { createEventDispatcher } from './webhooks/createEventDispatcher.ts';
import { sdkEventContext } from './webhooks/sdkEventContext.ts';

/** A running sandbox: one Fetch-style handler, whatever hosts it. */
export interface Sandbox {
  /** Answers any request: the API under `/v3` and `/api/v3`, and the capture and signing pages. */
  fetch(request: Request): Promise<Response>;
  /** The sandbox clock; `advance(days)` moves due dates, overdue days and offer expiry. */
  readonly clock: SandboxClock;
  /** Resolves once no automatic step or webhook delivery is due now (with `stepMs: 0`, all of them). */
  settle(): Promise<void>;
  /** Stops automatic steps and deliveries and writes the state one last time. */
  close(): Promise<void>;
  /** Resolves once persisted state (if any) is loaded; `fetch` waits for it by itself. */
  readonly ready: Promise<void>;
  /** The credential pair the sandbox was started with, to print or to use in tests. */
  readonly credentials: Promise<{ clientId: string; clientSecret: string }>;
}

interface Booted {
  core: SandboxCore;
  app: ReturnType<typeof createSandboxApp>;
}

function prefixOf(path: string): string {
  return API_PREFIXES.find((prefix) => path === prefix || path.startsWith(`${prefix}/`)) ?? '';
}

/**
 * Creates a sandbox: a faithful local Dinie API 2026-03-01 with its lifecycles, webhooks, credit
 * math and test helpers, in memory (or in `options.persistence`). Runs the same in Node and in
 * browsers: it only uses Fetch, Web Crypto and timers.
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const resolved = resolveOptions(options, randomHex);
  const clock = createClock(resolved.now, resolved.startAt);
  const scheduler = createScheduler(resolved.onError);
  let initialCredential: SandboxSnapshot['initialCredential'] = null;
  let dirty = false;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> = Promise.resolve();
  let booted: Booted | undefined;

  const save = (): Promise<void> => {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    const { persistence } = resolved;
    if (!dirty || persistence === undefined || booted === undefined) return saving;
    dirty = false;
    const snapshot = toSnapshot(booted.core.state, clock.offsetMs(), initialCredential);
    saving = saving.then(() => persistence.save(snapshot)).catch(resolved.onError);
    return saving;
  };

  const boot = async (): Promise<Booted> => {
    let state: SandboxState = emptyState(randomHex(32));
    const snapshot = await resolved.persistence?.load();
    if (snapshot !== undefined) {
      const restored = fromSnapshot(snapshot);
      state = restored.state;
      clock.setOffsetMs(restored.clockOffsetMs);
      initialCredential = restored.initialCredential;
    }
    initialCredential = {
      clientId: options.clientId ?? initialCredential?.clientId ?? resolved.clientId,
      clientSecret: options.clientSecret ?? initialCredential?.clientSecret ?? resolved.clientSecret,
    };
    const newId = createIdFactory(clock.nowMs);
    const core: SandboxCore = {
      options: resolved,
      state,
      clock,
      newId,
      scheduler,
      jwt: createJwtSigner(state.jwtSecret),
      emit: createEventDispatcher({
        state,
        options: resolved,
        newId,
        scheduler,
        nowMs: clock.nowMs,
        sdkContext: (data) => sdkEventContext(core, data),
      }),
      timestamp: () => toTimestamp(clock.nowMs()),
      today: () => todayInSaoPaulo(clock.now()),
      step: (task) => scheduler.schedule(resolved.stepMs, task),
      changed: () => {
        dirty = true;
        if (resolved.persistence !== undefined && saveTimer === undefined) saveTimer = setTimeout(save, 25);
      },
    };
    await ensureCredential(core, initialCredential.clientId, initialCredential.clientSecret);
    core.changed();
    clock.onAdvance(() => tick(core));
    tick(core);
    // Whatever was under way when the state was saved carries on.
    for (const customer of state.customers.values()) resumeCustomer(core, customer);
    for (const loan of state.loans.values()) scheduleLoanStep(core, loan);
    return { core, app: createSandboxApp(core) };
  };

  const bootPromise = boot().then((result) => {
    booted = result;
    return result;
  });
  const ready = bootPromise.then(() => undefined);
  const credentials = bootPromise.then(() => {
    if (initialCredential === null) throw new Error('The sandbox booted without a credential.');
    return { ...initialCredential };
  });
  // A failed boot surfaces through `ready`, `credentials` and every `fetch` when awaited, never
  // as an unhandled rejection of a promise nobody asked for.
  for (const promise of [bootPromise, ready, credentials]) promise.catch(() => undefined);

  return {
    ready,
    credentials,
    clock,
    async fetch(request) {
      const { core, app } = await bootPromise;
      const url = new URL(request.url);
      const bindings: RequestBindings = {
        requestId: `req_${randomHex(16)}`,
        origin: resolved.publicUrl ?? url.origin,
        prefix: prefixOf(url.pathname),
        dialect: dialectOfRequest(url.pathname, request.headers),
        rateLimit: null,
      };
      let response: Response;
      try {
        if (request.method === 'OPTIONS') response = preflightResponse();
        else {
          tick(core);
          response = await app.fetch(request, bindings);
        }
      } catch (error) {
        resolved.onError(error);
        response = problemResponse(
          new ApiError(
            500,
            'internal_error',
            'Something went wrong in the sandbox; the request can be retried.',
          ),
          bindings.requestId,
          url.pathname,
        );
      }
      return finalizeResponse(response, bindings.requestId, bindings.rateLimit);
    },
    settle: () => scheduler.settle(),
    async close() {
      await scheduler.close();
      await save();
    },
  };
}
