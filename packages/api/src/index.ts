/** Placeholder entry; replaced as the package grows. */
export const DINIE_API_VERSION = '2026-03-01';
