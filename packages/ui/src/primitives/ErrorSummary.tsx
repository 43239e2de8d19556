import { forwardRef, useId } from 'react';

/** One entry of an {@link ErrorSummary}. */
export interface ErrorSummaryItem {
  /** Id of the input to focus. */
  fieldId: string;
  /** The error, in words, prefixed with the field's name. */
  message: string;
}

/** Props of {@link ErrorSummary}. */
export interface ErrorSummaryProps {
  /** Heading, e.g. "Fix 2 fields to continue:". */
  title: string;
  /** The errors, in the order of the fields. */
  items: readonly ErrorSummaryItem[];
}

/**
 * The list of a form's errors, focused after a failed submit so a screen reader reads it and a
 * keyboard user can jump to each field (GOV.UK's error summary).
 */
export const ErrorSummary = forwardRef<HTMLElement, ErrorSummaryProps>(function ErrorSummary(
  { title, items },
  ref,
) {
  const titleId = useId();
  return (
    <section ref={ref} className="dinie-error-summary" tabIndex={-1} aria-labelledby={titleId}>
      <p id={titleId} className="dinie-error-summary__title">
        {title}
      </p>
      <ul className="dinie-error-summary__list">
        {items.map((item) => (
          <li key={item.fieldId}>
            <a
              href={`#${item.fieldId}`}
              onClick={(event) => {
                // The fragment would scroll the label out of view; focusing the input keeps it on screen.
                event.preventDefault();
                const input = document.getElementById(item.fieldId);
                input?.focus();
                input?.scrollIntoView({ block: 'center' });
              }}
            >
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
});
