/** How much a log entry matters. */
export type DinieProxyLogLevel = 'debug' | 'info' | 'warn' | 'error';

/** One log entry, already redacted: never a secret, a token, a CPF or a CNPJ. */
export interface DinieProxyLogEntry {
  /** How much it matters. */
  level: DinieProxyLogLevel;
  /** What happened, e.g. `upstream request failed`. */
  msg: string;
  /** Structured context (route, status, codes, durations). */
  [field: string]: unknown;
}

/**
 * Receives the proxy's log entries. Adapt it to any logger in one line, e.g.
 * `(entry) => pino[entry.level](entry)`.
 */
export type DinieProxyLogger = (entry: DinieProxyLogEntry) => void;

/** The logger used when none is given: warnings and errors only, as one JSON line on stderr. */
export const consoleLogger: DinieProxyLogger = (entry) => {
  if (entry.level === 'warn' || entry.level === 'error') {
    console.error(JSON.stringify({ source: '@dinie-embed/proxy', ...entry }));
  }
};

const REDACTED = '[redacted]';

/** Field names whose values are secret whatever they hold. */
const secretKey =
  /(secret|token|password|passwd|authorization|cookie|signature|api[-_]?key|credential|cpf|cnpj|^key$)/i;

/**
 * Shapes of secrets and Brazilian tax ids. Digit runs are matched whole, so an 11-digit run is
 * taken for a CPF and a 14-digit run for a CNPJ, while longer numbers (epoch milliseconds,
 * byte counts) stay readable.
 */
const secretPatterns: readonly RegExp[] = [
  /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi,
  /\bdinie_(at|cs|ci|bsc)_[A-Za-z0-9._~+/=-]+/g,
  /\bwhsec_[A-Za-z0-9+/=]+/g,
  /\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g,
  /\b[0-9A-Z]{2}\.[0-9A-Z]{3}\.[0-9A-Z]{3}\/[0-9A-Z]{4}-\d{2}\b/g,
  /\b\d{3}\.\d{3}\.\d{3}-\d{2}\b/g,
  /(?<![0-9])(\d{14}|\d{11})(?![0-9])/g,
  /(?<![0-9A-Za-z])[0-9A-Z]{12}\d{2}(?![0-9A-Za-z])/g,
];

/**
 * What every shape above contains (a digit pair, a scheme word, a prefix): a string without any
 * of it is left alone without running each pattern.
 */
const mayHoldSecret = /\d\d|bearer|basic|dinie_|whsec_|eyJ/i;
/** The shortest string a shape above matches (`Basic x`); known secrets are longer still. */
const SHORTEST_SECRET = 7;

/**
 * Removes secrets from log entries: known secret values (the client secret, the session and
 * webhook secrets, access tokens as they are minted), anything shaped like a token, a CPF or a
 * CNPJ, and the values of fields named like secrets.
 */
export class Redactor {
  private readonly known = new Set<string>();

  /** @param secrets values that must never appear in a log, e.g. the client secret. */
  constructor(secrets: readonly string[] = []) {
    for (const secret of secrets) this.addSecret(secret);
  }

  /** Adds a value to scrub from now on, e.g. an access token just minted. */
  addSecret(secret: string): void {
    // Very short values would blank out ordinary words; secrets are never that short.
    if (secret.length >= 8) this.known.add(secret);
  }

  /** Forgets a value, e.g. an access token that was replaced. */
  removeSecret(secret: string): void {
    this.known.delete(secret);
  }

  /** Scrubs one string. */
  redactString(text: string): string {
    if (text.length < SHORTEST_SECRET) return text;
    let out = text;
    for (const secret of this.known) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    if (!mayHoldSecret.test(out)) return out;
    for (const pattern of secretPatterns) out = out.replace(pattern, REDACTED);
    return out;
  }

  /** Scrubs any value, walking objects, arrays and errors. */
  redact(value: unknown, depth = 0): unknown {
    if (typeof value === 'string') return this.redactString(value);
    if (value === null || typeof value !== 'object') return value;
    if (depth > 6) return '[truncated]';
    if (value instanceof Error) {
      return {
        name: value.name,
        message: this.redactString(value.message),
        ...('code' in value && typeof value.code === 'string' ? { code: value.code } : {}),
        ...(value.cause === undefined ? {} : { cause: this.redact(value.cause, depth + 1) }),
      };
    }
    if (Array.isArray(value)) return value.map((item) => this.redact(item, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] =
        secretKey.test(key) && item !== null && item !== undefined ? REDACTED : this.redact(item, depth + 1);
    }
    return out;
  }

  /** Wraps a logger so every entry passes through {@link Redactor.redact} first. */
  wrap(logger: DinieProxyLogger): DinieProxyLogger {
    return (entry) => {
      try {
        logger(this.redact(entry) as DinieProxyLogEntry);
      } catch {
        // A failing logger must never turn a request into an error.
      }
    };
  }
}
