/** One dispatched server-sent event. */
export interface ServerSentEvent {
  /** The `event:` field, `message` when absent. */
  event: string;
  /** The `data:` lines joined by newlines. */
  data: string;
  /** The last `id:` seen on the stream so far, `''` before any. */
  lastEventId: string;
}

/** An incremental `text/event-stream` parser. */
export interface EventStreamParser {
  /** Feeds decoded text, in chunks of any size, and returns the events it completed. */
  push(text: string): ServerSentEvent[];
  /** The last `id:` seen, to send back as `Last-Event-ID` on reconnection. */
  readonly lastEventId: string;
  /** The last valid `retry:` in milliseconds, or `null` when the server sent none. */
  readonly retryMs: number | null;
}

/**
 * Creates a parser that follows the WHATWG interpretation of event streams: CR, LF and CRLF line
 * ends (also split across chunks), comments, a single space after the colon, multi-line data, and
 * ids containing NUL ignored. `EventSource` itself cannot be used: it sends no `Authorization`.
 *
 * @param lastEventId - the id to start from, when resuming.
 */
export function createEventStreamParser(lastEventId = ''): EventStreamParser {
  let buffer = '';
  let atStart = true;
  // A chunk ending in CR may be half of a CRLF; the LF that opens the next chunk is then skipped.
  let skipLeadingLf = false;
  let eventType = '';
  let data: string[] = [];
  let currentId = lastEventId;
  let retryMs: number | null = null;

  const processLine = (line: string, events: ServerSentEvent[]): void => {
    if (line === '') {
      if (data.length > 0)
        events.push({ event: eventType || 'message', data: data.join('\n'), lastEventId: currentId });
      data = [];
      eventType = '';
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') eventType = value;
    else if (field === 'id' && !value.includes('\u0000')) currentId = value;
    else if (field === 'retry' && /^\d+$/.test(value)) retryMs = Number(value);
  };

  return {
    push(text) {
      let chunk = text;
      if (atStart && chunk.length > 0) {
        atStart = false;
        if (chunk.startsWith('\uFEFF')) chunk = chunk.slice(1);
      }
      if (skipLeadingLf && chunk.startsWith('\n')) chunk = chunk.slice(1);
      skipLeadingLf = false;
      buffer += chunk;
      const events: ServerSentEvent[] = [];
      let start = 0;
      for (let index = 0; index < buffer.length; index++) {
        const char = buffer[index];
        if (char !== '\n' && char !== '\r') continue;
        processLine(buffer.slice(start, index), events);
        if (char === '\r') {
          if (index + 1 === buffer.length) skipLeadingLf = true;
          else if (buffer[index + 1] === '\n') index++;
        }
        start = index + 1;
      }
      buffer = buffer.slice(start);
      return events;
    },
    get lastEventId() {
      return currentId;
    },
    get retryMs() {
      return retryMs;
    },
  };
}
