const encoder = new TextEncoder();
const decoder = new TextDecoder();

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

function hexToBytes(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
}

/** The claims of a sandbox access token. */
export interface TokenClaims {
  /** The credential's `client_id`. */
  sub: string;
  /** Issued at, epoch seconds. */
  iat: number;
  /** Expires at, epoch seconds. */
  exp: number;
  jti: string;
  /** Set on a biometrics session token: the one customer it may act for. */
  cus?: string;
}

/** HS256 signing and verification with Web Crypto, so tokens work in browsers and Node alike. */
export interface JwtSigner {
  sign(claims: TokenClaims): Promise<string>;
  /** The claims of a token whose signature holds, or `null`; expiry is the caller's check. */
  verify(token: string): Promise<TokenClaims | null>;
}

const HEADER = base64Url(encoder.encode(JSON.stringify({ alg: 'HS256', typ: 'JWT' })));

/** A signer keyed with `secretHex`. */
export function createJwtSigner(secretHex: string): JwtSigner {
  const key = crypto.subtle.importKey(
    'raw',
    hexToBytes(secretHex) as Uint8Array<ArrayBuffer>,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );
  return {
    async sign(claims) {
      const input = `${HEADER}.${base64Url(encoder.encode(JSON.stringify(claims)))}`;
      const signature = await crypto.subtle.sign('HMAC', await key, encoder.encode(input));
      return `${input}.${base64Url(new Uint8Array(signature))}`;
    },
    async verify(token) {
      const parts = token.split('.');
      if (parts.length !== 3) return null;
      const [header = '', payload = '', signature = ''] = parts;
      const signatureBytes = fromBase64Url(signature);
      const payloadBytes = fromBase64Url(payload);
      if (header !== HEADER || signatureBytes === null || payloadBytes === null) return null;
      const valid = await crypto.subtle.verify(
        'HMAC',
        await key,
        signatureBytes as Uint8Array<ArrayBuffer>,
        encoder.encode(`${header}.${payload}`),
      );
      if (!valid) return null;
      try {
        const claims: unknown = JSON.parse(decoder.decode(payloadBytes));
        return isClaims(claims) ? claims : null;
      } catch {
        return null;
      }
    },
  };
}

function isClaims(value: unknown): value is TokenClaims {
  if (typeof value !== 'object' || value === null) return false;
  const claims = value as Record<string, unknown>;
  return (
    typeof claims.sub === 'string' &&
    typeof claims.iat === 'number' &&
    typeof claims.exp === 'number' &&
    typeof claims.jti === 'string'
  );
}

/** SHA-256 of a string as hex, for storing credential secrets. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
