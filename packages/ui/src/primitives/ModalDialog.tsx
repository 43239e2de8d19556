import { type ReactNode, type RefObject, useEffect, useRef } from 'react';
import { onDemand, useOnDemand } from './onDemand.ts';

// Radix Dialog loads with the first button that can open a dialog, not with the page.
const shell = onDemand(() => import('./DialogShell.tsx'));

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
 * starts the load as soon as the button that opens it is on screen, so it is there on the click;
 * otherwise the dialog appears once it has loaded.
 */
export function ModalDialog(props: ModalDialogProps) {
  const loaded = useOnDemand(shell);
  return loaded ? <loaded.DialogShell {...props} /> : null;
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
    // A head start: a failed load is tried again when the dialog opens.
    shell.load().catch(() => undefined);
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
