import * as Dialog from '@radix-ui/react-dialog';
import type { ReactElement } from 'react';
import { useTheme } from '../theme/ThemeContext.ts';
import { CloseIcon } from './icons.tsx';

/** Props of {@link DialogHeader}. */
export interface DialogHeaderProps {
  /** The dialog's accessible name. */
  title: string;
  /** The dialog's accessible description. */
  description: string;
}

/** The header every Dinie dialog opens with: its title, its description and a close button. */
export function DialogHeader({ title, description }: DialogHeaderProps): ReactElement {
  const { messages } = useTheme();
  return (
    <header className="dinie-dialog__header">
      <Dialog.Title className="dinie-subheading">{title}</Dialog.Title>
      <Dialog.Description className="dinie-lead">{description}</Dialog.Description>
      <Dialog.Close asChild>
        <button type="button" className="dinie-dialog__close" aria-label={messages.common.close}>
          <CloseIcon />
        </button>
      </Dialog.Close>
    </header>
  );
}
