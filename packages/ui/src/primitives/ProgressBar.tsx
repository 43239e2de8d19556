import * as Progress from '@radix-ui/react-progress';
import { useRef } from 'react';
import { useIsomorphicLayoutEffect } from '../theme/useIsomorphicLayoutEffect.ts';

/** Props of {@link ProgressBar}. */
export interface ProgressBarProps {
  /** Percent done, 0 to 100. */
  value: number;
  /** Accessible name, e.g. "Upload progress". */
  label: string;
  /** The value in words, read by screen readers instead of a bare number ("45% uploaded"). */
  valueText: string;
}

/**
 * A determinate progress bar. The fill width is a custom property written through the CSSOM,
 * not a `style` attribute, so it renders under a strict Content-Security-Policy.
 */
export function ProgressBar({ value, label, valueText }: ProgressBarProps) {
  const indicator = useRef<HTMLDivElement>(null);
  const clamped = Math.min(100, Math.max(0, value));
  useIsomorphicLayoutEffect(() => {
    indicator.current?.style.setProperty('--dinie-progress', String(clamped / 100));
  }, [clamped]);
  return (
    <Progress.Root
      className="dinie-progress"
      value={clamped}
      max={100}
      getValueLabel={() => valueText}
      aria-label={label}
    >
      <Progress.Indicator ref={indicator} className="dinie-progress__indicator" />
    </Progress.Root>
  );
}
