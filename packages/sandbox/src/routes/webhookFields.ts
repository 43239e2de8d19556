import type { FieldReader } from '../http/FieldReader.ts';
import { isEventPattern } from '../webhooks/eventPatterns.ts';

const LOOPBACK_HOSTS = /^(localhost|[\w-]+\.localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/**
 * An endpoint URL: HTTPS, or plain HTTP only towards this machine (`localhost`, `127.x.x.x`,
 * `[::1]`) for local development, never elsewhere.
 */
export function readWebhookUrl(fields: FieldReader, required: boolean): string | undefined {
  const value = fields.string('url', { required, maxLength: 2048 });
  if (value === undefined || value === null) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fields.fail('url', 'invalid_format', 'The url field must be an absolute URL.');
  }
  if (url.protocol === 'https:') return value;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.test(url.hostname)) return value;
  if (url.protocol === 'http:') {
    return fields.fail(
      'url',
      'insecure_url',
      'The url field must use https (http only for localhost and 127.0.0.1).',
    );
  }
  return fields.fail('url', 'invalid_format', 'The url field must be an https URL.');
}

/** Event names and patterns (`*`, `customer.*`, `credit_offer.*`, `loan.*`), without repeats. */
export function readEventPatterns(fields: FieldReader): string[] | undefined {
  const value = fields.raw('events');
  if (value === undefined) return undefined;
  if (!Array.isArray(value))
    return fields.fail('events', 'invalid_type', 'The events field must be an array of event names.');
  if (value.length > 100)
    return fields.fail('events', 'too_long', 'The events field takes at most 100 entries.');
  const patterns: string[] = [];
  value.forEach((pattern: unknown, index) => {
    const param = `events[${index}]`;
    if (typeof pattern !== 'string') fields.fail(param, 'invalid_type', `${param} must be a string.`);
    else if (!isEventPattern(pattern))
      fields.fail(param, 'invalid_value', `${param} is not an event name or pattern.`);
    else if (!patterns.includes(pattern)) patterns.push(pattern);
  });
  return patterns;
}
