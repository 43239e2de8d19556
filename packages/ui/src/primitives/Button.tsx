import { type ButtonHTMLAttributes, forwardRef, type ReactNode } from 'react';
import { Spinner } from './icons.tsx';
import { withClassName } from './withClassName.ts';

/** Props of {@link Button}. */
export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** `primary` for the one main action of a view, `secondary` for the others, `ghost` for minor ones. */
  variant?: 'primary' | 'secondary' | 'ghost' | undefined;
  /**
   * Shows a spinner and sets `aria-busy` and `aria-disabled` while work is in flight; clicks and
   * submits are ignored meanwhile, but the button stays focusable, so a keyboard user's focus is
   * still on it when the work ends (a disabled button would drop it to `<body>`).
   */
  busy?: boolean | undefined;
  /** Label, optionally with an icon. */
  children?: ReactNode;
}

/** The button of every component, styled by `data-variant`; forwards its ref for Radix `asChild`. */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'secondary', busy = false, disabled, type = 'button', children, className, onClick, ...props },
  ref,
) {
  return (
    <button
      {...props}
      ref={ref}
      type={type}
      className={withClassName('dinie-button', className)}
      data-variant={variant}
      disabled={disabled}
      aria-disabled={busy || undefined}
      aria-busy={busy || undefined}
      onClick={(event) => {
        // Also stops the form submit a busy submit button would otherwise start again.
        if (busy) event.preventDefault();
        else onClick?.(event);
      }}
    >
      {busy ? <Spinner /> : null}
      {children}
    </button>
  );
});
