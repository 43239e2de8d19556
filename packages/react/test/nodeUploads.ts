import { Blob as NodeBlob, File as NodeFile } from 'node:buffer';
import { afterEach, beforeEach, vi } from 'vitest';

/**
 * jsdom's Blob, File and FormData are not the platform's: `fetch` cannot encode them and the
 * sandbox cannot read them, and jsdom's XMLHttpRequest would go to the network instead of the
 * sandbox. Tests that upload call this to use Node's own classes and the streamed-fetch path,
 * which reports progress chunk by chunk.
 */
export function installNodeUploadClasses(): void {
  beforeEach(async () => {
    const urlEncoded = { headers: { 'content-type': 'application/x-www-form-urlencoded' } };
    vi.stubGlobal('FormData', (await new Response('a=1', urlEncoded).formData()).constructor);
    vi.stubGlobal('XMLHttpRequest', undefined);
    vi.stubGlobal('Blob', NodeBlob);
    vi.stubGlobal('File', NodeFile);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });
}

/** A small PDF as a `File`. */
export function pdf(name: string, kilobytes = 1): File {
  return new NodeFile([`%PDF-1.4\n${'x'.repeat(kilobytes * 1024)}\n%%EOF\n`], name, {
    type: 'application/pdf',
  }) as unknown as File;
}
