import { type ButtonHTMLAttributes, forwardRef, type ReactNode } from 'react';
import { Spinner } from './icons.tsx';
import { withClassName } from './withClassName.ts';

/** Props of {@link Button}. */
export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** `primary` for the one main action of a view, `secondary` for the others, `ghost` for minor ones. */
  variant?: 'primary' | 'secondary' | 'ghost' | undefined;
  /** Shows a spinner, sets `aria-busy` and disables the button while work is in flight. */
  busy?: boolean | undefined;
  /** Label, optionally with an icon. */
  children?: ReactNode;
}

/** The button of every component, styled by `data-variant`; forwards its ref for Radix `asChild`. */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'secondary', busy = false, disabled, type = 'button', children, className, ...props },
  ref,
) {
  return (
    <button
      {...props}
      ref={ref}
      type={type}
      className={withClassName('dinie-button', className)}
      data-variant={variant}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
    >
      {busy ? <Spinner /> : null}
      {children}
    </button>
  );
});
