import type { Request } from 'express';

/** How long a client may keep sending after its refusal before it is disconnected. */
const ABANDON_GRACE_MS = 1000;

/**
 * Refuses a request whose body is still arriving: the answer goes out at once and the rest of the
 * body is discarded as it comes, never held. A client still sending a second after the answer was
 * sent is disconnected; the grace lets it read the answer before the connection goes.
 */
export function abandonBody(req: Request): void {
  req.unpipe();
  req.resume();
  req.res?.once('finish', () => {
    if (req.complete) return;
    setTimeout(() => {
      if (!req.complete) req.socket.destroy();
    }, ABANDON_GRACE_MS).unref();
  });
}

/**
 * Refuses a request whose body is too large, reading none of the rest: the body stays unread,
 * the answer says `Connection: close`, and the connection ends once the answer is out.
 */
export function stopReading(req: Request): void {
  req.unpipe();
  req.pause();
  req.res?.setHeader('Connection', 'close');
}
