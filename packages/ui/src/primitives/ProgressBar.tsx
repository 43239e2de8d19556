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
  // The markup and attributes Radix Progress rendered, without its context machinery.
  const state = clamped === 100 ? 'complete' : 'loading';
  return (
    <div
      className="dinie-progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={clamped}
      aria-valuetext={valueText}
      data-state={state}
      data-value={clamped}
      data-max={100}
    >
      <div
        ref={indicator}
        className="dinie-progress__indicator"
        data-state={state}
        data-value={clamped}
        data-max={100}
      />
    </div>
  );
}
