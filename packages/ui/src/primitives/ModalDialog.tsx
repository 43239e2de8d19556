import { lazy, type ReactNode, type RefObject, Suspense, useEffect, useRef } from 'react';

// Radix Dialog loads with the first button that can open a dialog, not with the page.
const loadShell = () => import('./DialogShell.tsx');
const DialogShell = lazy(() => loadShell().then((module) => ({ default: module.DialogShell })));

/** Props of {@link ModalDialog}. */
export interface ModalDialogProps {
  /** Called when the borrower closes the dialog (Escape, the close button, a click outside). */
  onClose: () => void;
  /** The content's `onCloseAutoFocus`: from {@link useDialogTrigger}, focus back on its button. */
  returnFocus: (event: Event) => void;
  /** The dialog's accessible name, shown in its header. */
  title: string;
  /** The dialog's accessible description, shown under the title. */
  description: string;
  /** Class names added to `dinie-theme dinie-dialog` on the content. */
  className: string;
  /** `data-*` and `aria-*` attributes of the content, e.g. its `data-state`. */
  [attribute: `data-${string}` | `aria-${string}`]: string | boolean | undefined;
  /** What the dialog shows under its header. */
  children?: ReactNode;
}

/**
 * A modal dialog (Radix Dialog: focus trap, Escape, scroll lock, portalled and themed), rendered
 * open: mount it while the dialog is open. Its code loads on demand; {@link useDialogTrigger}
 * starts the load as soon as the button that opens it is on screen, so it is there on the click.
 */
export function ModalDialog(props: ModalDialogProps) {
  return (
    <Suspense fallback={null}>
      <DialogShell {...props} />
    </Suspense>
  );
}

/** What {@link useDialogTrigger} gives the component that owns a {@link ModalDialog}. */
export interface DialogTrigger {
  /** Spread on the button that opens the dialog: what a Radix `Dialog.Trigger` adds. */
  triggerProps: {
    ref: RefObject<HTMLButtonElement | null>;
    'aria-haspopup': 'dialog';
    'aria-expanded': boolean;
    'data-state': 'open' | 'closed';
  };
  /** For {@link ModalDialogProps.returnFocus}: closing the dialog puts focus back on the button. */
  returnFocus: (event: Event) => void;
}

/** The button that opens a {@link ModalDialog}: its attributes, and the dialog's code loading early. */
export function useDialogTrigger(open: boolean): DialogTrigger {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // A head start only: the dialog imports it again when it opens.
    loadShell().catch(() => undefined);
  }, []);
  return {
    triggerProps: {
      ref,
      'aria-haspopup': 'dialog',
      'aria-expanded': open,
      'data-state': open ? 'open' : 'closed',
    },
    returnFocus: (event) => {
      event.preventDefault();
      ref.current?.focus();
    },
  };
}
