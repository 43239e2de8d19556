import type { ReactNode } from 'react';
import { AlertIcon, CheckIcon, InfoIcon } from './icons.tsx';
import { withClassName } from './withClassName.ts';

/** Props of {@link Alert}. */
export interface AlertProps {
  /** `danger` for failures, `success`, `warning` or `info` otherwise. */
  tone: 'danger' | 'success' | 'warning' | 'info';
  /** One-line summary. */
  title?: ReactNode;
  /** Explanation and any action. */
  children?: ReactNode;
  /** `alert` interrupts a screen reader (failures); `status` waits its turn; `none` says nothing. */
  live?: 'alert' | 'status' | 'none' | undefined;
  /** Extra class names. */
  className?: string | undefined;
}

/** A message box with an icon; announced to screen readers when it appears. */
export function Alert({
  tone,
  title,
  children,
  live = tone === 'danger' ? 'alert' : 'status',
  className,
}: AlertProps) {
  const Icon =
    tone === 'success' ? CheckIcon : tone === 'danger' || tone === 'warning' ? AlertIcon : InfoIcon;
  return (
    <div
      role={live === 'none' ? undefined : live}
      className={withClassName('dinie-alert', className)}
      data-tone={tone}
    >
      <Icon className="dinie-icon dinie-alert__icon" />
      <div className="dinie-alert__content">
        {title ? <p className="dinie-alert__title">{title}</p> : null}
        {children ? <div className="dinie-alert__body">{children}</div> : null}
      </div>
    </div>
  );
}
