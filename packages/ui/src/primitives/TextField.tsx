import type { InputHTMLAttributes, MouseEvent, ReactNode, Ref } from 'react';
import { useMessages } from '../theme/ThemeContext.ts';
import { AlertIcon } from './icons.tsx';
import { withClassName } from './withClassName.ts';

/** Props of {@link TextField}. */
export interface TextFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'prefix' | 'id'> {
  /** The input's id; the label, hint and error ids derive from it. */
  id: string;
  /** Visible label. */
  label: ReactNode;
  /** Help shown under the label, linked with `aria-describedby`. */
  hint?: ReactNode;
  /** Error in words; sets `aria-invalid` and is linked with `aria-describedby`. */
  error?: string | null | undefined;
  /** Marks the label "(optional)"; required fields are the norm and carry `aria-required`. */
  optional?: boolean | undefined;
  /** Text fixed before the input, e.g. a country code. */
  prefix?: string | undefined;
  /** The current text. */
  value: string;
  /** Receives the new text on every change. */
  onValueChange: (value: string) => void;
  /** Ref to the `<input>`, for focusing it from an error summary. */
  inputRef?: Ref<HTMLInputElement> | undefined;
}

/** A labelled text input with hint and error, wired for screen readers (GOV.UK's pattern). */
export function TextField({
  id,
  label,
  hint,
  error,
  optional = false,
  prefix,
  value,
  onValueChange,
  inputRef,
  className,
  ...inputProps
}: TextFieldProps) {
  const messages = useMessages();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const prefixId = `${id}-prefix`;
  const describedBy = [prefix ? prefixId : null, hint ? hintId : null, error ? errorId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={withClassName('dinie-field', className)} data-state={error ? 'invalid' : 'valid'}>
      <label htmlFor={id} className="dinie-field__label" onMouseDown={keepTextUnselected}>
        {label}
        {optional ? <span className="dinie-field__optional"> ({messages.common.optional})</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="dinie-field__hint">
          {hint}
        </p>
      ) : null}
      {/* Always in the page, so a screen reader already watches it when an error arrives on blur. */}
      <p id={errorId} className="dinie-field__error" aria-live="polite">
        {error ? (
          <>
            <AlertIcon />
            <span>
              <span className="dinie-visually-hidden">{messages.common.errorPrefix} </span>
              {error}
            </span>
          </>
        ) : null}
      </p>
      <div className="dinie-field__control">
        {prefix ? (
          <span id={prefixId} className="dinie-field__prefix">
            {prefix}
          </span>
        ) : null}
        <input
          {...inputProps}
          ref={inputRef}
          id={id}
          className="dinie-field__input"
          value={value}
          onChange={(event) => onValueChange(event.currentTarget.value)}
          aria-invalid={error ? true : undefined}
          aria-required={optional ? undefined : true}
          aria-describedby={describedBy || undefined}
        />
      </div>
    </div>
  );
}

/** A double click on the label does not select its text. */
function keepTextUnselected(event: MouseEvent<HTMLLabelElement>): void {
  if (event.detail > 1) event.preventDefault();
}
