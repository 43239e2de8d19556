import type { Context, Hono } from 'hono';
import { toTimestamp } from '../clock.ts';
import type { BiometricsSession } from '../contract.ts';
import { ApiError, validationFailed } from '../http/ApiError.ts';
import { jsonBody, param, resource } from '../http/routing.ts';
import type { SandboxEnv } from '../http/SandboxEnv.ts';
import { isKycFileType, sniffFileType } from '../http/sniffFileType.ts';
import { randomHex } from '../ids.ts';
import { biometricsItemToCapture, sessionOpen } from '../lifecycle/biometrics.ts';
import { afterKycChange } from '../lifecycle/customerLifecycle.ts';
import { requireCustomer } from '../lookups.ts';
import { renderDocument } from '../render/renderDocument.ts';
import type { SandboxCore } from '../SandboxCore.ts';
import type { DocumentRecord } from '../state/records.ts';

/** The sandbox's own capture page for a biometrics session. */
export function biometricsUrl(origin: string, code: string): string {
  return `${origin}/sandbox/biometrics/${code}`;
}

async function readUpload(c: Context<SandboxEnv>): Promise<FormData> {
  const contentType = c.req.header('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    throw new ApiError(
      400,
      'invalid_content_type',
      'Send the document as multipart/form-data with the fields type and file.',
    );
  }
  try {
    return await new Response(c.get('rawBody') as Uint8Array<ArrayBuffer>, {
      headers: { 'content-type': contentType },
    }).formData();
  } catch {
    throw new ApiError(400, 'malformed_body', 'The multipart body could not be read.');
  }
}

/** KYC document uploads and biometrics sessions. */
export function kycRoutes(app: Hono<SandboxEnv>, core: SandboxCore): void {
  resource(app, '/customers/:customer_id/documents', {
    POST: async (c) => {
      const customer = requireCustomer(core, param(c, 'customer_id'));
      const form = await readUpload(c);
      const file = form.get('file');
      if (!(file instanceof Blob)) {
        throw new ApiError(400, 'missing_file', 'Attach the document as the file field.', { param: 'file' });
      }
      if (file.size === 0)
        throw new ApiError(400, 'missing_file', 'The attached file is empty.', { param: 'file' });
      if (file.size > core.options.maxUploadBytes) {
        throw new ApiError(
          413,
          'file_too_large',
          `The file exceeds the limit of ${core.options.maxUploadBytes} bytes.`,
          {
            param: 'file',
          },
        );
      }
      const actual = sniffFileType(new Uint8Array(await file.slice(0, 16).arrayBuffer()));
      const declared = file.type.split(';')[0]?.trim().toLowerCase() ?? '';
      if (actual === null) {
        throw new ApiError(400, 'invalid_content_type', 'The file must be a PDF, JPEG or PNG.', {
          param: 'file',
        });
      }
      if (isKycFileType(declared) && declared !== actual) {
        throw new ApiError(
          400,
          'invalid_content_type',
          `The file was declared ${declared} but its content is ${actual}.`,
          {
            param: 'file',
          },
        );
      }
      const type = form.get('type');
      if (typeof type !== 'string' || type.trim() === '') {
        throw validationFailed([
          { param: 'type', code: 'missing_required_field', detail: 'The type field is required.' },
        ]);
      }
      const item = customer.kyc.find((candidate) => candidate.type === type && candidate.kind === 'document');
      if (item === undefined || type === 'biometrics') {
        const uploadable = customer.kyc
          .filter((candidate) => candidate.kind === 'document' && candidate.type !== 'biometrics')
          .map((candidate) => candidate.type);
        const hint =
          type === 'biometrics' ? ' Biometrics is captured through POST /customers/{id}/biometrics.' : '';
        throw validationFailed([
          {
            param: 'type',
            code: 'invalid_document_type',
            detail: `This customer takes documents of type ${uploadable.join(', ')}.${hint}`,
          },
        ]);
      }
      if (item.status === 'approved') {
        throw new ApiError(
          409,
          'document_already_approved',
          `The ${type} document of ${customer.id} is already approved.`,
        );
      }
      const now = core.timestamp();
      const document: DocumentRecord = {
        id: core.newId('doc_'),
        customerId: customer.id,
        type,
        status: 'submitted',
        contentType: actual,
        size: file.size,
        uploadedAt: now,
        createdAt: now,
        updatedAt: now,
      };
      core.state.documents.set(document.id, document);
      item.status = 'submitted';
      item.message = null;
      item.uploadedAt = now;
      afterKycChange(core, customer);
      // No Location: the reference has no route that reads one document back.
      return c.json(renderDocument(document), 201);
    },
  });

  resource(app, '/customers/:customer_id/biometrics', {
    POST: (c) => {
      const customer = requireCustomer(core, param(c, 'customer_id'));
      jsonBody(c, true);
      biometricsItemToCapture(customer);
      const now = core.timestamp();
      for (const session of core.state.biometrics.find('customer', customer.id)) {
        if (sessionOpen(session, now)) {
          throw new ApiError(
            409,
            'session_already_active',
            `A biometrics session of ${customer.id} is still open until ${session.expiresAt}.`,
          );
        }
      }
      const code = `dinie_bsc_test_${randomHex(16)}`;
      const expiresAt = toTimestamp(core.clock.nowMs() + core.options.biometricsSessionMinutes * 60_000);
      core.state.biometrics.set(code, {
        code,
        customerId: customer.id,
        status: 'open',
        expiresAt,
        createdAt: now,
      });
      core.changed();
      const body: BiometricsSession = {
        session_url: biometricsUrl(c.env.origin, code),
        expires_at: expiresAt,
      };
      return c.json(body, 200);
    },
  });
}
