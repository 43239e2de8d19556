import type { RequestOptions } from '../RequestOptions.ts';
import type { HttpMethod, TransportRequest } from '../TransportRequest.ts';
import type { Transport } from '../transport.ts';

/**
 * One bearer-authenticated call with an optional JSON body, answering the parsed body: the shape
 * of almost every operation of the API.
 */
export async function bearerJson<T>(
  transport: Transport,
  method: HttpMethod,
  path: string,
  options: RequestOptions | undefined,
  body?: unknown,
): Promise<T> {
  const request: TransportRequest = { method, path, auth: 'bearer', options };
  if (body !== undefined) request.body = { kind: 'json', value: body };
  const response = await transport<T>(request);
  return response.data;
}
