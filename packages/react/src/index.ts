/** Placeholder entry. */
export const placeholder = true;
