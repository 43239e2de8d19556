import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { DinieProxyLogger } from './logger.ts';
import { sessionOf } from './sessionAuth.ts';
import type { EventStore, StoredEvent } from './stores/eventStore.ts';
import type { WebhookSilence } from './webhookSilence.ts';

/** Options of {@link eventStream}. */
export interface EventStreamOptions {
  events: EventStore;
  /** Interval of heartbeat comments, which keep idle connections open through proxies. */
  heartbeatMs: number;
  /** Open streams per borrower; opening one more ends the oldest with `event: replaced`. */
  maxStreamsPerBorrower: number;
  /** Told of every stream served and every event sent, to notice webhooks that never come. */
  silence: WebhookSilence;
  log: DinieProxyLogger;
}

/** A client this far behind is cut off instead of letting its backlog grow in memory. */
const MAX_BACKLOG_BYTES = 1024 * 1024;
/** How long a browser waits before reconnecting after a dropped stream. */
const RETRY_MS = 3000;

/**
 * `GET /events` after `requireSession`: server-sent events carrying only the session borrower's
 * Dinie events, each with an `id:`. A client that reconnects with `Last-Event-ID` gets what it
 * missed from the bounded history, or an `event: resync` when that history no longer reaches back
 * far enough (refetch everything). The stream ends with `event: session_expired` when the session
 * token expires, so the client reconnects with a fresh token; tokens never travel in the URL. A
 * borrower's streams beyond `maxStreamsPerBorrower` end oldest first with `event: replaced`, which
 * tells that client not to reconnect: each open stream holds a socket and a subscription, and
 * forgotten tabs or a reconnect loop must not pile them up.
 */
export function eventStream(options: EventStreamOptions): RequestHandler {
  /** Per borrower, a way to end each open stream, oldest first. */
  const open = new Map<string, Set<() => void>>();
  return async (req: Request, res: Response, _next: NextFunction) => {
    const session = sessionOf(res);
    const borrower = session.externalId;
    const lastEventId = parseLastEventId(req.get('last-event-id'));

    setStreamHeaders(res);
    res.flushHeaders();
    options.silence.check();

    let closed = false;
    let lastSent = lastEventId ?? 0;
    let pending: StoredEvent[] | null = [];
    const send = (chunk: string) => {
      if (closed) return;
      res.write(chunk);
      if (res.writableLength > MAX_BACKLOG_BYTES) {
        options.log({
          level: 'warn',
          msg: 'event stream client too slow; closing',
          session_id: session.sessionId,
        });
        close();
      }
    };
    const sendEvent = (stored: StoredEvent) => {
      options.silence.heard();
      if (stored.id <= lastSent) return;
      lastSent = stored.id;
      // The name goes on its own line of the stream, so only a plain event name may be it.
      const name = /^[\w.-]{1,100}$/.test(stored.event.type) ? stored.event.type : 'message';
      send(`id: ${stored.id}\nevent: ${name}\ndata: ${JSON.stringify(stored.event)}\n\n`);
    };

    // Subscribe before reading the history, holding live events back meanwhile, so that an event
    // arriving during the replay is neither lost nor sent twice.
    const unsubscribe = options.events.subscribe(borrower, (stored) => {
      if (pending) pending.push(stored);
      else sendEvent(stored);
    });
    const heartbeat = setInterval(() => {
      send(': heartbeat\n\n');
      options.silence.check();
    }, options.heartbeatMs);
    const expiry = setTimeout(
      () => {
        send('event: session_expired\ndata: {}\n\n');
        close();
      },
      Math.max(0, session.expiresAt * 1000 - Date.now()),
    );
    const replace = () => {
      send('event: replaced\ndata: {}\n\n');
      close();
    };
    function close() {
      if (closed) return;
      closed = true;
      const streams = open.get(borrower);
      streams?.delete(replace);
      if (streams?.size === 0) open.delete(borrower);
      unsubscribe();
      clearInterval(heartbeat);
      clearTimeout(expiry);
      res.end();
    }
    res.on('close', close);
    let streams = open.get(borrower);
    if (!streams) {
      streams = new Set();
      open.set(borrower, streams);
    }
    streams.add(replace);
    for (const oldest of streams) {
      if (streams.size <= options.maxStreamsPerBorrower) break;
      oldest();
    }

    send(`retry: ${RETRY_MS}\n\n`);
    try {
      if (lastEventId !== null) {
        const replay = await options.events.since(borrower, lastEventId);
        if (!replay.complete) {
          // The client's id may come from before a restart or from the future; either way the
          // ids it has seen say nothing about the ones to come, so every later event is sent.
          lastSent = 0;
          // Id 0 is a first connect: the client has just fetched its state, and the replay only
          // tells it what happened lately, so there is nothing to refetch.
          if (lastEventId > 0) send('event: resync\ndata: {}\n\n');
        }
        for (const stored of replay.events) sendEvent(stored);
      }
    } catch (error) {
      options.log({ level: 'error', msg: 'event history unavailable; asking the client to resync', error });
      send('event: resync\ndata: {}\n\n');
    }
    const held = pending;
    pending = null;
    for (const stored of held) sendEvent(stored);
  };
}

function setStreamHeaders(res: Response): void {
  res.status(200);
  res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
  res.setHeader('Connection', 'keep-alive');
  // Tells nginx-style reverse proxies not to buffer the stream.
  res.setHeader('X-Accel-Buffering', 'no');
}

/**
 * `HEAD /events` after `requireSession`: the stream's headers and nothing else. Without it Express
 * would run the `GET` handler, whose stream would stay open, unseen, and take one of the
 * borrower's places.
 */
export function eventStreamHead(_req: Request, res: Response): void {
  setStreamHeaders(res);
  res.end();
}

function parseLastEventId(value: string | undefined): number | null {
  if (value === undefined || !/^\d{1,16}$/.test(value.trim())) return null;
  const id = Number(value.trim());
  return Number.isSafeInteger(id) ? id : null;
}
