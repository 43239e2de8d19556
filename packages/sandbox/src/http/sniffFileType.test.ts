import { describe, expect, it } from 'vitest';
import { sniffFileType } from './sniffFileType.ts';

describe('sniffFileType', () => {
  it('recognizes PDF, JPEG and PNG by their magic numbers', () => {
    expect(sniffFileType(new TextEncoder().encode('%PDF-1.7'))).toBe('application/pdf');
    expect(sniffFileType(Uint8Array.from([0xff, 0xd8, 0xff, 0xdb]))).toBe('image/jpeg');
    expect(sniffFileType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(
      'image/png',
    );
  });

  it('refuses anything else, however it is named', () => {
    expect(sniffFileType(new TextEncoder().encode('%PDF'))).toBeNull();
    expect(sniffFileType(new TextEncoder().encode('GIF89a'))).toBeNull();
    expect(sniffFileType(new Uint8Array(0))).toBeNull();
  });
});
