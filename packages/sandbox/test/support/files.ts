/** The smallest files that pass the sandbox's content sniffing, one per accepted type. */

/** A minimal PDF. */
export const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** The first bytes of a JPEG, enough for its magic number. */
export const JPEG = Uint8Array.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9,
]);

/** The PNG signature and an empty IHDR-less body. */
export const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

/** A form for `POST /customers/{id}/documents`. */
export function documentForm(
  type: string,
  bytes: Uint8Array = PDF,
  contentType = 'application/pdf',
  name = `${type}.pdf`,
): FormData {
  const form = new FormData();
  form.set('type', type);
  form.set('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: contentType }), name);
  return form;
}
