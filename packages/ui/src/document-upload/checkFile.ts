/** The largest file the API takes, 10 MB. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** MIME types the API takes, for the `accept` attribute. */
export const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

const EXTENSIONS = /\.(pdf|jpe?g|png)$/i;

/** Why a file is refused before it is sent. */
export type FileProblem = 'type' | 'size' | 'empty';

/**
 * Checks a chosen file against the API's rules, so the borrower learns at once, in words, what
 * the server would refuse after the whole upload. The MIME type decides; the extension only
 * when the browser gives no type (some Android file pickers).
 */
export function checkFile(
  file: Pick<File, 'name' | 'size' | 'type'>,
  maxBytes = MAX_FILE_BYTES,
): FileProblem | null {
  const typeOk =
    file.type === '' ? EXTENSIONS.test(file.name) : (ACCEPTED_TYPES as readonly string[]).includes(file.type);
  if (!typeOk) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > maxBytes) return 'size';
  return null;
}

/** A size in words, `"14,2"` with the unit picked by the caller's copy. */
export function formatFileSize(
  bytes: number,
  locale: string,
  units: { megabytes: (value: string) => string; kilobytes: (value: string) => string },
): string {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024
    ? units.megabytes(format.format(bytes / (1024 * 1024)))
    : units.kilobytes(format.format(Math.max(1, Math.round(bytes / 1024))));
}
