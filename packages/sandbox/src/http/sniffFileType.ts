/** The file types KYC uploads accept. */
export type KycFileType = 'application/pdf' | 'image/jpeg' | 'image/png';

const SIGNATURES: Array<[KycFileType, number[]]> = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
];

/** The type a file really is, read from its first bytes (its magic number), or `null`. */
export function sniffFileType(head: Uint8Array): KycFileType | null {
  for (const [type, signature] of SIGNATURES) {
    if (signature.every((byte, index) => head[index] === byte)) return type;
  }
  return null;
}

/** Whether a declared part type is one of the accepted ones. */
export function isKycFileType(type: string): type is KycFileType {
  return SIGNATURES.some(([accepted]) => accepted === type);
}
