import {
  type Customer,
  type CustomerUpdateRequest,
  isDinieApiError,
  maskCnpjInput,
  maskPhoneInput,
  normalizeCnpj,
  normalizePhone,
} from '@dinie-embed/api';
import { useUpdateCustomer } from '@dinie-embed/react';
import { type FormEvent, useId, useState } from 'react';
import {
  type RegistrationField,
  serverFieldErrors,
  validateField,
} from '../customer-registration/customerForm.ts';
import { Alert } from '../primitives/Alert.tsx';
import { Button } from '../primitives/Button.tsx';
import { TextField } from '../primitives/TextField.tsx';
import { useMessages } from '../theme/ThemeContext.ts';

/** The customer fields a reviewer may ask to correct, and the form field that edits each. */
const FIELDS: Record<string, RegistrationField | undefined> = {
  email: 'email',
  phone: 'phone',
  name: 'name',
  trading_name: 'tradingName',
  cnpj: 'cnpj',
};

/** Whether a `kind: data` item of this `type` can be corrected here. */
export function isCorrectable(type: string): boolean {
  return FIELDS[type] !== undefined;
}

/** Props of {@link DataCorrection}. */
export interface DataCorrectionProps {
  /** The customer to correct. */
  customer: Customer;
  /** The KYC item's `type`: the customer field to correct. */
  type: string;
  /** The field's name in words. */
  label: string;
}

/**
 * One field of the customer to correct after a reviewer asked for it (`pending_correction`),
 * checked like the registration form and sent with `useUpdateCustomer`; the review resumes.
 */
export function DataCorrection({ customer, type, label }: DataCorrectionProps) {
  const messages = useMessages();
  const field = FIELDS[type] as RegistrationField;
  const update = useUpdateCustomer();
  const id = useId();
  const current = (customer as unknown as Record<string, unknown>)[type];
  const [value, setValue] = useState(() =>
    mask(field, typeof current === 'string' ? display(field, current) : ''),
  );
  const [shown, setShown] = useState(false);
  const [serverCode, setServerCode] = useState<string | null>(null);

  const code = serverCode ?? (shown ? check(field, value) : null);
  const errors = messages.registration.fields[field].errors as Record<string, string | undefined>;
  const error =
    code === null ? null : (errors[code] ?? errors.invalid ?? messages.registration.invalidServerValue);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setShown(true);
    if (update.isPending || check(field, value) !== null) return;
    setServerCode(null);
    update.mutate(
      {
        customerId: customer.id,
        changes: { [type]: normalized(field, value) } as CustomerUpdateRequest,
      },
      {
        onError: (failure) => {
          if (!isDinieApiError(failure)) return;
          const { fields, unmatched } = serverFieldErrors(failure.errors, failure.param);
          const found = fields[field];
          if (found === undefined) return;
          setServerCode(found);
          // As at registration: the field says what is wrong, unless something else was refused too.
          if (unmatched.length === 0) update.reset();
        },
      },
    );
  };

  return (
    <form className="dinie-correction" noValidate onSubmit={onSubmit} data-state={update.status}>
      <TextField
        id={`${id}-value`}
        label={messages.kyc.correction.label(label)}
        value={value}
        onValueChange={(text) => {
          setValue(mask(field, text));
          setServerCode(null);
          if (update.isError) update.reset();
        }}
        onBlur={() => setShown(value.trim() !== '')}
        error={error}
        inputMode={field === 'phone' ? 'tel' : field === 'email' ? 'email' : 'text'}
        type={field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text'}
        autoCapitalize={field === 'cnpj' ? 'characters' : field === 'email' ? 'none' : undefined}
        prefix={field === 'phone' ? messages.registration.fields.phone.countryCode : undefined}
      />
      {update.isError ? (
        <Alert tone="danger">
          <p>{messages.common.errors[update.reason ?? 'unknown']}</p>
        </Alert>
      ) : null}
      {update.isSuccess ? <Alert tone="success" title={messages.kyc.correction.sent} /> : null}
      <div>
        <Button type="submit" variant="primary" busy={update.isPending}>
          {update.isPending ? messages.kyc.correction.submitting : messages.kyc.correction.submit}
        </Button>
      </div>
    </form>
  );
}

/** Like registration, except that a field asked for again cannot be left empty. */
function check(field: RegistrationField, value: string): string | null {
  if (value.trim() === '') return 'required';
  return validateField(field, value, 'required');
}

function mask(field: RegistrationField, text: string): string {
  if (field === 'phone') return maskPhoneInput(text);
  if (field === 'cnpj') return maskCnpjInput(text);
  return text;
}

function display(field: RegistrationField, stored: string): string {
  return field === 'phone' ? maskPhoneInput(stored) : stored;
}

function normalized(field: RegistrationField, value: string): string {
  if (field === 'phone') return normalizePhone(value) ?? value;
  if (field === 'cnpj') return normalizeCnpj(value) ?? value;
  return value.trim();
}
