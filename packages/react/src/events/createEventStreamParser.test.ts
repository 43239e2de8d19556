import { describe, expect, it } from 'vitest';
import { createEventStreamParser } from './createEventStreamParser.ts';

describe('createEventStreamParser', () => {
  it('dispatches events at blank lines with their id, type and data', () => {
    const parser = createEventStreamParser();
    const events = parser.push('id: 7\nevent: customer.active\ndata: {"type":"customer.active"}\n\n');
    expect(events).toEqual([
      { event: 'customer.active', data: '{"type":"customer.active"}', lastEventId: '7' },
    ]);
    expect(parser.lastEventId).toBe('7');
  });

  it('joins multi-line data, defaults the type to message and skips comments', () => {
    const parser = createEventStreamParser();
    expect(parser.push(': heartbeat\n\ndata: a\ndata:b\ndata\n\n')).toEqual([
      { event: 'message', data: 'a\nb\n', lastEventId: '' },
    ]);
  });

  it('reassembles events split anywhere across chunks, CRLF included', () => {
    const text = 'id: 1\r\ndata: {"type":"loan.active"}\r\n\r\nid: 2\rdata: second\r\r';
    for (let cut = 0; cut <= text.length; cut++) {
      const parser = createEventStreamParser();
      const events = [...parser.push(text.slice(0, cut)), ...parser.push(text.slice(cut))];
      expect(events.map((event) => [event.lastEventId, event.data])).toEqual([
        ['1', '{"type":"loan.active"}'],
        ['2', 'second'],
      ]);
    }
  });

  it('keeps the resume id, reads retry, and ignores ids with NUL and bad retries', () => {
    const parser = createEventStreamParser('41');
    parser.push('retry: 3000\n\nretry: soon\nid: bad\u0000id\n\n');
    expect(parser.retryMs).toBe(3000);
    expect(parser.lastEventId).toBe('41');
  });

  it('drops a byte order mark and an event left without a blank line', () => {
    const parser = createEventStreamParser();
    expect(parser.push('\uFEFFdata: x\n\ndata: unfinished\n')).toEqual([
      { event: 'message', data: 'x', lastEventId: '' },
    ]);
  });
});
