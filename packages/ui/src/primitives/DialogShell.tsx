import * as Dialog from '@radix-ui/react-dialog';
import { useRef } from 'react';
import { useThemeScope } from '../theme/useThemeScope.ts';
import { DialogHeader } from './DialogHeader.tsx';
import type { ModalDialogProps } from './ModalDialog.tsx';
import { withClassName } from './withClassName.ts';

/**
 * The Radix Dialog under {@link ModalDialog}, in a module of its own so that Radix Dialog, its
 * focus trap and its scroll lock load only where a borrower opens a dialog.
 */
export function DialogShell({
  onClose,
  returnFocus,
  title,
  description,
  className,
  children,
  ...attributes
}: ModalDialogProps) {
  const content = useRef<HTMLDivElement>(null);
  const scope = useThemeScope(content);
  return (
    <Dialog.Root open onOpenChange={(open) => (open ? undefined : onClose())}>
      <Dialog.Portal>
        <Dialog.Overlay className="dinie-dialog-overlay" />
        <Dialog.Content
          ref={content}
          {...scope}
          {...attributes}
          className={withClassName('dinie-theme dinie-dialog', className)}
          onOpenAutoFocus={(event) => {
            // Focus the dialog itself, so a screen reader starts from its title and description.
            event.preventDefault();
            content.current?.focus();
          }}
          onCloseAutoFocus={returnFocus}
        >
          <DialogHeader title={title} description={description} />
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
