import { DinieApiError } from '../DinieApiError.ts';
import {
  kycAttachmentFor,
  kycDocumentFromSdk,
  pathToSdk,
  requestKindOf,
  requestToSdk,
  responseFromSdk,
  responseShapeOf,
  type SdkCustomer,
  type SdkKycAttachmentConfirmation,
} from '../dialect/index.ts';
import type { KycDocument } from '../types.ts';
import type { TransportRequest, TransportResponse } from './TransportRequest.ts';
import type { Transport } from './transport.ts';

/*
 * One call to an SDK-dialect server, written and read through the shared mapping. Loaded only by
 * clients that meet such a server.
 */

const UPLOAD = /^(\/customers\/[^/]+)\/documents$/;

/** A documented answer of `request` read from the SDK answer `response`. */
export function readSdkResponse<T>(
  request: TransportRequest,
  response: TransportResponse<unknown>,
): TransportResponse<T> {
  const shape = responseShapeOf(request.method, request.path);
  if (shape === null || response.data === undefined) return response as TransportResponse<T>;
  return { ...response, data: responseFromSdk(shape, response.data) as T };
}

/** Sends a documented call to an SDK-dialect server and answers in the documented model. */
export async function sdkExchange<T>(
  transport: Transport,
  request: TransportRequest,
): Promise<TransportResponse<T>> {
  const upload = UPLOAD.exec(request.path);
  if (upload?.[1] !== undefined && request.body?.kind === 'multipart') {
    return (await sendAttachment(transport, request, upload[1])) as TransportResponse<T>;
  }
  const { body } = request;
  const kind = body?.kind === 'json' ? requestKindOf(request.method, request.path) : null;
  const sent: TransportRequest = {
    ...request,
    path: pathToSdk(request.path),
    ...(kind !== null && body?.kind === 'json'
      ? { body: { kind: 'json', value: requestToSdk(kind, body.value) } }
      : {}),
  };
  return readSdkResponse<T>(request, await transport(sent));
}

/**
 * A documented upload (`type` + `file` to `/documents`) as the SDKs send it: to `/kyc-attachments`
 * with the requirement, evidence and slot that `type` answers in the customer's requirement list
 * (read first), or to `/kyc-attachments/selfie` for the selfie. The SDK answer is a bare
 * confirmation, read as `kycDocumentFromSdk` says.
 */
async function sendAttachment(
  transport: Transport,
  request: TransportRequest,
  customerPath: string,
): Promise<TransportResponse<KycDocument>> {
  if (request.body?.kind !== 'multipart') throw new TypeError('An upload carries a multipart body.');
  const { form } = request.body;
  const type = String(form.get('type') ?? '');
  const file = form.get('file');
  const options = request.options?.signal === undefined ? undefined : { signal: request.options.signal };
  const customer = await transport<SdkCustomer>({
    method: 'GET',
    path: customerPath,
    auth: request.auth,
    options,
  });
  const target = kycAttachmentFor(type, customer.data.kyc ?? []);
  if (target === undefined || !(file instanceof Blob)) {
    throw new DinieApiError({
      status: 422,
      code: 'invalid_document_type',
      title: 'Validation Failed',
      detail: `This customer has no SDK requirement that a ${JSON.stringify(type)} document answers.`,
      param: 'type',
    });
  }
  const sdkForm = new FormData();
  sdkForm.append('requirement_id', target.requirement_id);
  if (!target.selfie) {
    sdkForm.append('evidence_type', target.evidence_type);
    sdkForm.append('attachment_type', target.attachment_type);
  }
  sdkForm.append('file', file, (file as Partial<File>).name || 'document');
  const response = await transport<SdkKycAttachmentConfirmation>({
    ...request,
    path: `${customerPath}/kyc-attachments${target.selfie ? '/selfie' : ''}`,
    body: { ...request.body, form: sdkForm },
  });
  return { ...response, data: kycDocumentFromSdk(type, Math.floor(Date.now() / 1000)) };
}
