import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import type { KycDocument } from '@dinie-embed/api';
import { kycAttachmentFor, kycDocumentFromSdk, type SdkKycRequirement } from '@dinie-embed/api/dialect';
import busboy from 'busboy';
import type { Request } from 'express';
import { abandonBody } from './abandonBody.ts';
import { type Cancel, type DinieResponse, readJson } from './dinieCall.ts';
import type { DinieProxyLogger } from './logger.ts';
import { ProblemError } from './problem.ts';
import { type Upstream, upstreamProblem } from './upstream.ts';

/** Sends the rebuilt multipart body to Dinie; `bodyDone` settles when its last byte was written. */
export type UploadSender = (
  body: Readable,
  contentType: string,
  bodyDone: Promise<void>,
  signal: AbortSignal,
) => Promise<DinieResponse>;

/** Document types Dinie accepts, recognised by their first bytes rather than by what the browser claims. */
const SIGNATURES: ReadonlyArray<readonly [type: string, magic: readonly number[]]> = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
];
/**
 * What a field of the browser's upload becomes in the upload to Dinie: itself by default; for an
 * SDK-dialect Dinie, `type` becomes the requirement, evidence and slot it answers. May throw a
 * `ProblemError` for a field Dinie could not take.
 */
export type FieldRewrite = (field: [string, string]) => Array<[string, string]>;

/** Room for the multipart framing and the `type` field around the file itself. */
const FRAMING_BYTES = 16 * 1024;
const FIELDS = new Set(['type']);

const tooLarge = (maxBytes: number) =>
  new ProblemError(413, 'file_too_large', `The document is larger than ${maxBytes} bytes.`, {
    param: 'file',
  });

/**
 * Checks what can be checked before reading: a multipart content type (415) and a declared
 * length within the limit (413).
 */
export function precheckUpload(req: Request, maxBytes: number): void {
  if (!/^multipart\/form-data;.*boundary=/i.test(req.get('content-type') ?? '')) {
    throw new ProblemError(
      415,
      'unsupported_media_type',
      'Send the document as multipart/form-data with the fields `type` and `file`.',
    );
  }
  const length = Number(req.get('content-length') ?? Number.NaN);
  if (length > maxBytes + FRAMING_BYTES) {
    abandonBody(req);
    throw tooLarge(maxBytes);
  }
}

/** How much an upload may take: bytes and time. */
export interface UploadLimits {
  /** Largest file, in bytes. */
  maxBytes: number;
  /** Longest pause between two pieces of the body, in milliseconds. */
  idleMs: number;
  /** Longest time from the start of the upload to its last byte, in milliseconds. */
  totalMs: number;
}

/**
 * Streams a document upload to Dinie without ever holding it whole: the browser's multipart body
 * is parsed as it arrives and rebuilt with only the `type` field and one `file`, whose real type
 * is read from its first bytes (PDF, JPEG or PNG, else 415) and whose size is counted on the way
 * (413 the moment it passes `maxBytes`). The call to Dinie is open while the browser sends, so a
 * browser that stalls (nothing for `idleMs`) or trickles (past `totalMs`) gets a 408, and the
 * call to Dinie is cut off with it.
 */
export function streamUpload(
  req: Request,
  limits: UploadLimits,
  send: UploadSender,
  rewriteField: FieldRewrite = (field) => [field],
): Promise<DinieResponse> {
  const { maxBytes } = limits;
  return new Promise<DinieResponse>((resolve, reject) => {
    const boundary = `dinie-proxy-${randomBytes(16).toString('hex')}`;
    const out = new PassThrough();
    const abort = new AbortController();
    const fields: Array<[string, string]> = [];
    let settled = false;
    let bodyEnded = false;
    let bodyDone!: () => void;
    const bodyDonePromise = new Promise<void>((done) => {
      bodyDone = done;
    });

    const timedOut = (detail: string) => () =>
      fail(new ProblemError(408, 'upload_timeout', `${detail} Send the document again.`));
    const idle = setTimeout(
      timedOut(`No part of the upload arrived for ${limits.idleMs / 1000} s.`),
      limits.idleMs,
    );
    const deadline = setTimeout(
      timedOut(`The upload took longer than ${limits.totalMs / 1000} s.`),
      limits.totalMs,
    );
    const onData = () => idle.refresh();
    req.on('data', onData);
    const stopClocks = () => {
      clearTimeout(idle);
      clearTimeout(deadline);
      req.off('data', onData);
    };

    const fail = (problem: ProblemError) => {
      if (settled) return;
      settled = true;
      stopClocks();
      abort.abort(problem);
      out.destroy();
      abandonBody(req);
      reject(problem);
    };
    const part = (headers: string) => `--${boundary}\r\n${headers}\r\n\r\n`;
    const fieldPart = ([name, value]: [string, string]) =>
      `${part(`Content-Disposition: form-data; name="${name}"`)}${value}\r\n`;
    const fieldParts = (list: Array<[string, string]>) => list.flatMap(rewriteField).map(fieldPart).join('');

    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { files: 1, fields: 10, fieldSize: 1024, parts: 12, fieldNameSize: 64 },
      });
    } catch {
      fail(new ProblemError(400, 'malformed_multipart', 'The multipart body could not be read.'));
      return;
    }
    // Fields are written around the file, never in the middle of it: those before it ahead of
    // the file part, those after it once the file is through.
    const trailing: Array<[string, string]> = [];
    let pumped: Promise<void> | null = null;
    parser.on('field', (name, value) => {
      if (!FIELDS.has(name)) return;
      // The value goes into a multipart body as is, so only plain type names pass.
      if (!/^[A-Za-z0-9_.-]{1,64}$/.test(value)) {
        fail(
          new ProblemError(
            422,
            'invalid_document_type',
            "The document `type` must be one of the customer's KYC item types.",
            { param: name },
          ),
        );
        return;
      }
      (pumped ? trailing : fields).push([name, value]);
    });
    parser.on('file', (name, file, info) => {
      if (name !== 'file' || pumped || settled) {
        file.resume();
        if (name !== 'file')
          fail(
            new ProblemError(400, 'unexpected_file_field', 'Send the document in the field `file`.', {
              param: name,
            }),
          );
        return;
      }
      pumped = pumpFile(file, info.filename, info.mimeType);
      pumped.catch((error: unknown) =>
        fail(
          error instanceof ProblemError
            ? error
            : new ProblemError(400, 'malformed_multipart', 'The upload was interrupted.'),
        ),
      );
    });
    parser.on('error', () =>
      fail(new ProblemError(400, 'malformed_multipart', 'The multipart body could not be read.')),
    );
    parser.on('partsLimit', () =>
      fail(new ProblemError(400, 'malformed_multipart', 'The upload has too many parts.')),
    );
    parser.on('close', () => {
      if (settled) return;
      if (!pumped) {
        fail(
          new ProblemError(400, 'missing_file', 'Send the document in the field `file`.', { param: 'file' }),
        );
        return;
      }
      pumped.then(
        () => {
          if (settled) return;
          let rest: string;
          try {
            rest = fieldParts(trailing);
          } catch (error) {
            fail(
              error instanceof ProblemError
                ? error
                : new ProblemError(400, 'malformed_multipart', 'The upload could not be read.'),
            );
            return;
          }
          out.end(`${rest}--${boundary}--\r\n`);
          bodyEnded = true;
          stopClocks();
          bodyDone();
        },
        () => {},
      );
    });

    async function pumpFile(file: Readable, filename: string | undefined, declared: string) {
      let size = 0;
      let head: Buffer | null = Buffer.alloc(0);
      for await (const chunk of file as AsyncIterable<Buffer>) {
        if (settled) return;
        size += chunk.length;
        if (size > maxBytes) throw tooLarge(maxBytes);
        let data = chunk;
        if (head !== null) {
          head = Buffer.concat([head, chunk]);
          if (head.length < 8) continue;
          data = head;
          head = null;
          start(data, filename, declared);
        }
        if (!out.write(data)) await once(out, 'drain', { signal: abort.signal });
      }
      // A file shorter than the longest signature still gets its type checked.
      if (head !== null) {
        start(head, filename, declared);
        out.write(head);
      }
      out.write('\r\n');
    }

    function start(first: Buffer, filename: string | undefined, declared: string) {
      const sniffed = SIGNATURES.find(([, magic]) => magic.every((byte, i) => first[i] === byte))?.[0];
      if (!sniffed)
        throw new ProblemError(415, 'unsupported_file_type', 'Upload a PDF, JPEG or PNG document.', {
          param: 'file',
        });
      if (declared !== sniffed && declared !== 'application/octet-stream') {
        throw new ProblemError(
          415,
          'file_type_mismatch',
          `The file is a ${sniffed} but was sent as ${declared}.`,
          { param: 'file' },
        );
      }
      const name = (filename ?? 'document').replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100) || 'document';
      out.write(fieldParts(fields));
      out.write(
        part(`Content-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${sniffed}`),
      );
      send(out, `multipart/form-data; boundary=${boundary}`, bodyDonePromise, abort.signal).then(
        (response) => {
          if (settled) return;
          settled = true;
          stopClocks();
          // Dinie answered before the whole body was sent (a refusal): the rest is not needed.
          if (!bodyEnded) {
            out.destroy();
            abandonBody(req);
          }
          resolve(response);
        },
        (error: unknown) =>
          fail(
            error instanceof ProblemError
              ? error
              : new ProblemError(502, 'upstream_unreachable', 'Dinie could not be reached.'),
          ),
      );
    }

    req.pipe(parser);
  });
}

/**
 * How a documented upload goes to an SDK-dialect Dinie: the customer's requirement list is read
 * first (untranslated), `type` is rewritten into the `requirement_id`, `evidence_type` and
 * `attachment_type` it answers (`/documents` becomes `/kyc-attachments` on the way), and Dinie's
 * bare confirmation is answered as the documented document. The selfie is refused: the SDKs take
 * it with a biometrics session token, which the proxy never holds.
 */
export async function sdkUpload(
  upstream: Upstream,
  log: DinieProxyLogger,
  customerPath: string,
  call: { signal: Cancel; borrower: string },
): Promise<{ rewriteField: FieldRewrite; document: () => KycDocument }> {
  const response = await upstream.request('GET', customerPath, { ...call, raw: true });
  if (!response.ok) throw await upstreamProblem(response, log);
  const customer = (await readJson(response)) as { kyc?: SdkKycRequirement[] } | undefined;
  const requirements = customer?.kyc ?? [];
  let type = '';
  return {
    rewriteField: ([name, value]) => {
      if (name !== 'type') return [[name, value]];
      const target = kycAttachmentFor(value, requirements);
      if (target === undefined || target.selfie) {
        throw new ProblemError(
          422,
          'invalid_document_type',
          target?.selfie
            ? 'The selfie is taken by the biometrics capture (POST /customers/{id}/biometrics).'
            : "The document `type` must be one of the customer's KYC item types.",
          { param: 'type' },
        );
      }
      type = value;
      return [
        ['requirement_id', target.requirement_id],
        ['evidence_type', target.evidence_type],
        ['attachment_type', target.attachment_type],
      ];
    },
    document: () => kycDocumentFromSdk(type, Math.floor(Date.now() / 1000)),
  };
}
