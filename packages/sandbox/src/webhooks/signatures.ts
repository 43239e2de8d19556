import { randomHex } from '../ids.ts';

const encoder = new TextEncoder();
const SECRET_PREFIX = 'whsec_';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** A new endpoint secret: `whsec_` + base64 of 32 random bytes, as Standard Webhooks expects. */
export function newWebhookSecret(): string {
  const bytes = Uint8Array.from(randomHex(32).match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
  return `${SECRET_PREFIX}${toBase64(bytes)}`;
}

/**
 * One `v1,<base64>` signature: HMAC-SHA256 of `{id}.{timestamp}.{body}` keyed with the secret's
 * base64 part decoded, exactly what Standard Webhooks receivers recompute.
 */
export async function signWebhook(
  secret: string,
  id: string,
  timestamp: number,
  body: string,
): Promise<string> {
  const keyBytes = Uint8Array.from(atob(secret.slice(SECRET_PREFIX.length)), (char) => char.charCodeAt(0));
  const key = await crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const signature = await crypto.subtle.sign('HMAC', key, encoder.encode(`${id}.${timestamp}.${body}`));
  return `v1,${toBase64(new Uint8Array(signature))}`;
}
