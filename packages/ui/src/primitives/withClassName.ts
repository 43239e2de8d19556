/** The component's own class names, followed by the host's extra ones when it passed any. */
export function withClassName(own: string, extra: string | undefined): string {
  return extra ? `${own} ${extra}` : own;
}
