import type { OfferLimits } from '@dinie-embed/react';
import { useMessages } from '../theme/ThemeContext.ts';

/** Props of {@link InstallmentPicker}. */
export interface InstallmentPickerProps {
  /** Base id of the control. */
  id: string;
  /** The offer's limits; a fixed-term offer shows its term as text. */
  limits: OfferLimits;
  /** The chosen installment count. */
  value: number;
  /** Receives the new count. */
  onChange: (count: number) => void;
  /** Disables the choice. */
  disabled?: boolean | undefined;
}

/** Up to this many choices show as a row of radio buttons; more as a list box. */
const MAX_RADIOS = 12;

/** The installment count: radio buttons for a short range, a select for a long one, text for a fixed term. */
export function InstallmentPicker({ id, limits, value, onChange, disabled = false }: InstallmentPickerProps) {
  const copy = useMessages().loanSimulator;
  const { minInstallments: min, maxInstallments: max } = limits;
  if (min === max) {
    return (
      <p className="dinie-simulator__fixed-term">
        <span className="dinie-field__label">{copy.installmentsLabel}</span> {copy.installmentsFixed(min)}
      </p>
    );
  }
  const counts = Array.from({ length: max - min + 1 }, (_, k) => min + k);
  if (counts.length > MAX_RADIOS) {
    return (
      <div className="dinie-field">
        <label htmlFor={id} className="dinie-field__label">
          {copy.installmentsLabel}
        </label>
        <div className="dinie-field__control">
          <select
            id={id}
            className="dinie-field__input"
            value={value}
            disabled={disabled}
            onChange={(event) => onChange(Number(event.currentTarget.value))}
          >
            {counts.map((count) => (
              <option key={count} value={count}>
                {copy.installmentOption(count)}
              </option>
            ))}
          </select>
        </div>
      </div>
    );
  }
  return (
    <fieldset className="dinie-installments" disabled={disabled}>
      <legend className="dinie-field__label">{copy.installmentsLabel}</legend>
      <div className="dinie-installments__options">
        {counts.map((count) => (
          <label key={count} className="dinie-installments__option">
            <input
              type="radio"
              name={id}
              value={count}
              checked={count === value}
              onChange={() => onChange(count)}
            />
            <span>{copy.installmentOption(count)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
