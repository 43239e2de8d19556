import { describe, expect, it } from 'vitest';
import { checkFile, formatFileSize, MAX_FILE_BYTES } from './checkFile.ts';

const file = (name: string, type: string, size: number) => ({ name, type, size });

describe('checkFile', () => {
  it('takes PDF, JPEG and PNG up to 10 MB', () => {
    expect(checkFile(file('a.pdf', 'application/pdf', 1))).toBeNull();
    expect(checkFile(file('a.jpg', 'image/jpeg', MAX_FILE_BYTES))).toBeNull();
    expect(checkFile(file('a.png', 'image/png', 10))).toBeNull();
  });

  it('says which rule a file breaks', () => {
    expect(checkFile(file('a.heic', 'image/heic', 10))).toBe('type');
    expect(checkFile(file('a.pdf', 'application/pdf', MAX_FILE_BYTES + 1))).toBe('size');
    expect(checkFile(file('a.pdf', 'application/pdf', 0))).toBe('empty');
  });

  it('falls back to the extension only when the browser gives no type', () => {
    expect(checkFile(file('scan.PDF', '', 10))).toBeNull();
    expect(checkFile(file('scan.docx', '', 10))).toBe('type');
    expect(checkFile(file('scan.pdf', 'text/plain', 10))).toBe('type');
  });
});

describe('formatFileSize', () => {
  const units = { megabytes: (v: string) => `${v} MB`, kilobytes: (v: string) => `${v} KB` };
  it('prints megabytes with one decimal in the locale', () => {
    expect(formatFileSize(14.2 * 1024 * 1024, 'pt-BR', units)).toBe('14,2 MB');
    expect(formatFileSize(14.2 * 1024 * 1024, 'en', units)).toBe('14.2 MB');
    expect(formatFileSize(300, 'pt-BR', units)).toBe('1 KB');
  });
});
