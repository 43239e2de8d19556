import {
  type Customer,
  isDinieApiError,
  maskCnpjInput,
  maskCpfInput,
  maskPhoneInput,
} from '@dinie-embed/api';
import { useRegisterCustomer } from '@dinie-embed/react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Alert } from '../primitives/Alert.tsx';
import { Button } from '../primitives/Button.tsx';
import { ErrorSummary, type ErrorSummaryItem } from '../primitives/ErrorSummary.tsx';
import { TextField, type TextFieldProps } from '../primitives/TextField.tsx';
import { useMessages } from '../theme/ThemeContext.ts';
import {
  type CompanyFields,
  EMPTY_VALUES,
  REGISTRATION_FIELDS,
  type RegistrationErrors,
  type RegistrationField,
  type RegistrationValues,
  serverFieldErrors,
  toCreateRequest,
  validateAll,
  validateField,
} from './customerForm.ts';

/** Props of {@link CustomerRegistration}. */
export interface CustomerRegistrationProps {
  /** Whether to ask for the CNPJ and trading name: `optional` (default), `required` or `hidden`. */
  company?: CompanyFields | undefined;
  /** Values to start with, e.g. what the partner already knows about the borrower. */
  defaultValues?: Partial<RegistrationValues> | undefined;
  /** The partner's reference, only when talking to Dinie or the sandbox directly: the proxy sets its own. */
  externalId?: string | undefined;
  /** Called once with the registered customer. */
  onRegistered?: ((customer: Customer) => void) | undefined;
  /** Extra class names for the root element. */
  className?: string | undefined;
}

type FieldSetup = Pick<
  TextFieldProps,
  'inputMode' | 'autoComplete' | 'autoCapitalize' | 'spellCheck' | 'type' | 'maxLength' | 'autoCorrect'
> & { mask?: (text: string) => string };

const SETUP: Record<RegistrationField, FieldSetup> = {
  cpf: { inputMode: 'numeric', autoComplete: 'off', maxLength: 14, mask: maskCpfInput },
  name: { autoComplete: 'name', autoCapitalize: 'words', spellCheck: false },
  email: {
    type: 'email',
    inputMode: 'email',
    autoComplete: 'email',
    autoCapitalize: 'none',
    spellCheck: false,
  },
  phone: { type: 'tel', inputMode: 'tel', autoComplete: 'tel-national', maxLength: 15, mask: maskPhoneInput },
  // A text keyboard with capitals: CNPJs issued from July 2026 carry letters.
  cnpj: {
    inputMode: 'text',
    autoCapitalize: 'characters',
    autoCorrect: 'off',
    spellCheck: false,
    autoComplete: 'off',
    maxLength: 18,
    mask: maskCnpjInput,
  },
  tradingName: { autoComplete: 'organization' },
};

/**
 * The borrower's registration form: CPF, name, email, mobile, and optionally CNPJ (alphanumeric
 * too) and trading name. Fields are masked as typed and checked when the borrower leaves one they
 * typed in, and all of them on submit, when an error summary takes focus. It submits once: the
 * button is busy meanwhile, and `useRegisterCustomer`'s idempotency key makes a repeat harmless.
 * Server refusals land on their field (422 `errors[]`) or in an alert (409, network, 5xx).
 */
export function CustomerRegistration({
  company = 'optional',
  defaultValues,
  externalId,
  onRegistered,
  className,
}: CustomerRegistrationProps) {
  const messages = useMessages();
  const copy = messages.registration;
  const register = useRegisterCustomer();
  const idPrefix = useId();
  const fieldId = (field: RegistrationField) => `${idPrefix}-${field}`;
  const summaryRef = useRef<HTMLElement>(null);

  const [values, setValues] = useState<RegistrationValues>(() => ({ ...EMPTY_VALUES, ...defaultValues }));
  const [visible, setVisible] = useState<Partial<Record<RegistrationField, boolean>>>({});
  const [serverErrors, setServerErrors] = useState<RegistrationErrors>({});
  const [summary, setSummary] = useState<RegistrationField[] | null>(null);
  const [summaryFocus, setSummaryFocus] = useState(0);

  useEffect(() => {
    if (summaryFocus > 0) summaryRef.current?.focus();
  }, [summaryFocus]);

  const fields = REGISTRATION_FIELDS.filter(
    (field) => company !== 'hidden' || (field !== 'cnpj' && field !== 'tradingName'),
  );

  const errorCode = (field: RegistrationField): string | null =>
    serverErrors[field] ?? (visible[field] ? validateField(field, values[field], company) : null);

  const errorText = (field: RegistrationField): string | null => {
    const code = errorCode(field);
    if (code === null) return null;
    const errors = copy.fields[field].errors as Record<string, string | undefined>;
    return errors[code] ?? errors.invalid ?? copy.invalidServerValue;
  };

  const change = (field: RegistrationField, text: string) => {
    const mask = SETUP[field].mask;
    setValues((current) => ({ ...current, [field]: mask ? mask(text) : text }));
    setServerErrors(({ [field]: _dropped, ...rest }) => rest);
  };

  // Errors wait until the borrower leaves a field they typed in: tabbing through an empty form
  // should not paint it red. Once shown, an error follows every keystroke until it is fixed.
  const blur = (field: RegistrationField) => {
    if (values[field].trim() !== '') setVisible((current) => ({ ...current, [field]: true }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (register.isPending) return;
    const errors = validateAll(values, company);
    const invalid = fields.filter((field) => errors[field] !== undefined);
    setVisible(Object.fromEntries(fields.map((field) => [field, true])));
    setServerErrors({});
    if (invalid.length > 0) {
      setSummary(invalid);
      setSummaryFocus((count) => count + 1);
      return;
    }
    setSummary(null);
    register.mutate(toCreateRequest(values, company, externalId), {
      onSuccess: (customer) => onRegistered?.(customer),
      onError: (error) => {
        if (!isDinieApiError(error)) return;
        const { fields: onFields, unmatched } = serverFieldErrors(error.errors, error.param);
        const named = fields.filter((field) => onFields[field] !== undefined);
        if (named.length === 0) return;
        // When the fields say all that is wrong, an alert repeating it would only add noise; an
        // error on no field of the form (`external_id`) still needs the alert and its support code.
        if (unmatched.length === 0) register.reset();
        setServerErrors(onFields);
        setSummary(named);
        setSummaryFocus((count) => count + 1);
      },
    });
  };

  const summaryItems: ErrorSummaryItem[] = (summary ?? []).flatMap((field) => {
    const text = errorText(field);
    return text === null ? [] : [{ fieldId: fieldId(field), message: text }];
  });

  const failure = register.isError ? register.error : null;

  const renderField = (field: RegistrationField) => {
    const { mask: _mask, ...setup } = SETUP[field];
    const text = copy.fields[field];
    return (
      <TextField
        key={field}
        {...setup}
        id={fieldId(field)}
        name={field}
        label={text.label}
        hint={field === 'cnpj' && company === 'optional' ? copy.companyHint : text.hint}
        prefix={field === 'phone' ? copy.fields.phone.countryCode : undefined}
        optional={field === 'tradingName' || (field === 'cnpj' && company === 'optional')}
        value={values[field]}
        onValueChange={(next) => change(field, next)}
        onBlur={() => blur(field)}
        error={errorText(field)}
      />
    );
  };

  return (
    <section
      className={
        className
          ? `dinie-root dinie-card dinie-registration ${className}`
          : 'dinie-root dinie-card dinie-registration'
      }
      aria-labelledby={`${idPrefix}-title`}
      data-state={
        register.isPending ? 'submitting' : register.isSuccess ? 'success' : failure ? 'error' : 'idle'
      }
    >
      <header className="dinie-card__header">
        <h2 id={`${idPrefix}-title`} className="dinie-heading" tabIndex={-1}>
          {copy.title}
        </h2>
        <p className="dinie-lead">{copy.description}</p>
      </header>

      {summaryItems.length > 0 ? (
        <ErrorSummary ref={summaryRef} title={copy.summaryTitle(summaryItems.length)} items={summaryItems} />
      ) : null}

      <form className="dinie-registration__form" noValidate onSubmit={onSubmit}>
        <fieldset className="dinie-registration__group">
          <legend className="dinie-subheading">{copy.personSection}</legend>
          {fields.filter((field) => field !== 'cnpj' && field !== 'tradingName').map(renderField)}
        </fieldset>
        {company !== 'hidden' ? (
          <fieldset className="dinie-registration__group">
            <legend className="dinie-subheading">{copy.companySection}</legend>
            {renderField('cnpj')}
            {renderField('tradingName')}
          </fieldset>
        ) : null}

        {failure ? (
          <Alert
            tone="danger"
            title={register.reason === 'already_registered' ? copy.alreadyRegistered.title : copy.failedTitle}
          >
            <p>
              {register.reason === 'already_registered'
                ? copy.alreadyRegistered.body
                : messages.common.errors[register.reason ?? 'unknown']}
            </p>
            {isDinieApiError(failure) && failure.requestId ? (
              <p className="dinie-support-code">{messages.common.supportCode(failure.requestId)}</p>
            ) : null}
          </Alert>
        ) : null}

        {register.isSuccess ? <Alert tone="success" live="status" title={copy.done} /> : null}

        <Button type="submit" variant="primary" className="dinie-button--block" busy={register.isPending}>
          {register.isPending ? copy.submitting : copy.submit}
        </Button>
      </form>
    </section>
  );
}
