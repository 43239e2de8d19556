/** Room around an open dialog, so its focus ring and shadow are not cut by the iframe's edge. */
const DIALOG_MARGIN_PX = 48;

/**
 * Reports the height the frame's content needs whenever it changes: the journey's root, or an
 * open dialog when that is taller (dialogs are fixed to the viewport, which is the iframe, so a
 * short iframe would cut them). A ResizeObserver sees the root and each dialog; a MutationObserver
 * notices dialogs as they open.
 */
export function observeHeight(root: HTMLElement, report: (height: number) => void): () => void {
  const doc = root.ownerDocument;
  const dialogs = () => [...doc.querySelectorAll<HTMLElement>('[role="dialog"], [role="alertdialog"]')];
  const measure = () => {
    let height = root.getBoundingClientRect().height;
    for (const dialog of dialogs()) {
      height = Math.max(height, dialog.getBoundingClientRect().height + 2 * DIALOG_MARGIN_PX);
    }
    report(Math.ceil(height));
  };
  const sizes = new ResizeObserver(measure);
  sizes.observe(root);
  const opened = new MutationObserver(() => {
    for (const dialog of dialogs()) sizes.observe(dialog);
    measure();
  });
  opened.observe(doc.body, { childList: true });
  return () => {
    sizes.disconnect();
    opened.disconnect();
  };
}
