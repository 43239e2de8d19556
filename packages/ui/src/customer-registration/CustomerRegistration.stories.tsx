import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SAMPLE } from '../storybook/createStorySandbox.ts';
import { type DinieStoryParameters, dinieLoader, loadedDinie, withDinie } from '../storybook/withDinie.tsx';
import { CustomerRegistration } from './CustomerRegistration.tsx';

const meta = {
  title: 'Onboarding/CustomerRegistration',
  component: CustomerRegistration,
  loaders: [dinieLoader],
  decorators: [withDinie],
} satisfies Meta<typeof CustomerRegistration>;
export default meta;

type Story = StoryObj<typeof meta>;
type Canvas = ReturnType<typeof within>;

async function fillValid(canvas: Canvas, overrides: Partial<Record<keyof typeof SAMPLE, string>> = {}) {
  const values = { ...SAMPLE, ...overrides };
  await userEvent.type(canvas.getByLabelText('CPF'), values.cpf.replace(/\D/g, ''));
  await userEvent.type(canvas.getByLabelText('Nome completo'), values.name);
  await userEvent.type(canvas.getByLabelText('E-mail'), values.email);
  await userEvent.type(canvas.getByLabelText('Celular'), values.phone.replace(/\D/g, ''));
  await userEvent.type(canvas.getByLabelText(/^CNPJ/), values.cnpj.replace(/\W/g, '').toLowerCase());
  await userEvent.type(canvas.getByLabelText(/^Nome fantasia/), values.tradingName);
}

/** The empty form as a borrower first sees it. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Faça seu cadastro' })).toBeVisible();
    await expect(canvas.getByLabelText('CPF')).toHaveAttribute('aria-required', 'true');
    await expect(canvas.getByLabelText('CPF')).toHaveAttribute('inputmode', 'numeric');
    await expect(canvas.getByLabelText(/^CNPJ/)).toHaveAttribute('inputmode', 'text');
    await expect(canvas.getByLabelText(/^CNPJ/)).toHaveAttribute('autocapitalize', 'characters');
    await expect(canvas.getByLabelText(/^CNPJ/)).not.toHaveAttribute('aria-required');
    await expect(canvas.getByRole('button', { name: 'Continuar' })).toBeEnabled();
  },
};

/** Masks as typed: a bare CPF, an alphanumeric CNPJ in lower case, a mobile with its +55. */
export const Masks: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await fillValid(canvas);
    await expect(canvas.getByLabelText('CPF')).toHaveValue('529.982.247-25');
    await expect(canvas.getByLabelText(/^CNPJ/)).toHaveValue('12.ABC.345/01DE-35');
    await expect(canvas.getByLabelText('Celular')).toHaveValue('(11) 98765-4321');
    await expect(canvas.getByLabelText('Celular')).toHaveAccessibleDescription(/\+55/);
  },
};

/** Errors in words on blur, then on submit an error summary that takes focus and links to each field. */
export const InvalidInput: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const cpf = canvas.getByLabelText('CPF');
    await userEvent.type(cpf, '11111111111');
    await userEvent.tab();
    await expect(cpf).toHaveAttribute('aria-invalid', 'true');
    await expect(cpf).toHaveAccessibleDescription(/Este CPF não é válido/);

    // Tabbing past an empty field says nothing yet.
    await userEvent.tab();
    await expect(canvas.getByLabelText('E-mail')).not.toHaveAttribute('aria-invalid');

    await userEvent.type(canvas.getByLabelText('Celular'), '1134567890');
    await userEvent.type(canvas.getByLabelText(/^CNPJ/), '12ABC34501DE36');
    await userEvent.click(canvas.getByRole('button', { name: 'Continuar' }));

    const summary = canvas.getByRole('region', { name: /Corrija 5 campos/ });
    await waitFor(() => expect(summary).toHaveFocus());
    await expect(within(summary).getAllByRole('link')).toHaveLength(5);
    await expect(canvas.getByLabelText('Celular')).toHaveAccessibleDescription(/não um telefone fixo/);
    await expect(canvas.getByLabelText(/^CNPJ/)).toHaveAccessibleDescription(/Este CNPJ não é válido/);
    await expect(canvas.getByLabelText('Nome completo')).toHaveAccessibleDescription(
      /Informe seu nome completo/,
    );

    await userEvent.click(within(summary).getByRole('link', { name: /e-mail/i }));
    await expect(canvas.getByLabelText('E-mail')).toHaveFocus();
  },
};

/** While the request is in flight the button is busy, says so, and ignores presses; it keeps focus. */
export const Submitting: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { sandbox } = loadedDinie(loaded);
    const canvas = within(canvasElement);
    sandbox.hold('POST', /\/customers$/);
    await fillValid(canvas);
    await userEvent.click(canvas.getByRole('button', { name: 'Continuar' }));
    const busy = await canvas.findByRole('button', { name: 'Enviando…' });
    await expect(busy).toHaveAttribute('aria-disabled', 'true');
    await expect(busy).toHaveAttribute('aria-busy', 'true');
    await expect(busy).toHaveFocus();
    await expect(canvasElement.querySelector('.dinie-registration')).toHaveAttribute(
      'data-state',
      'submitting',
    );
  },
};

/** A double click, then Enter, while the first request runs: one customer is registered. */
export const DoubleSubmit: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { sandbox } = loadedDinie(loaded);
    const canvas = within(canvasElement);
    const held = sandbox.hold('POST', /\/customers$/);
    await fillValid(canvas);
    await userEvent.dblClick(canvas.getByRole('button', { name: 'Continuar' }));
    await userEvent.keyboard('{Enter}');
    held.release();
    await expect(await canvas.findByText('Cadastro recebido.')).toBeVisible();
    const page = await sandbox.client.customers.list({ limit: 10 });
    await expect(page.data).toHaveLength(1);
  },
};

/** The server refuses a field the form let through (an underscore in the e-mail's domain): the error lands on it. */
export const ServerFieldError: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await fillValid(canvas, { email: 'maria@doces_da_maria.com.br' });
    await userEvent.click(canvas.getByRole('button', { name: 'Continuar' }));
    const summary = await canvas.findByRole('region', { name: /Corrija 1 campo/ });
    await waitFor(() => expect(summary).toHaveFocus());
    const email = canvas.getByLabelText('E-mail');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(/nome@exemplo\.com\.br/);
    await expect(canvas.queryByRole('alert')).toBeNull();
    // Editing the field clears the server's verdict on it.
    await userEvent.type(email, 'x');
    await expect(email).not.toHaveAttribute('aria-invalid');
  },
};

/**
 * The server refuses a field of the form and one that is not on it (a partner reference over 255
 * characters): the first error lands on its field, the other stays in an alert with the support code.
 */
export const ServerErrorOffTheForm: Story = {
  args: { externalId: 'p'.repeat(256) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await fillValid(canvas, { email: 'maria@doces_da_maria.com.br' });
    await userEvent.click(canvas.getByRole('button', { name: 'Continuar' }));
    await canvas.findByRole('region', { name: /Corrija 1 campo/ });
    await expect(canvas.getByLabelText('E-mail')).toHaveAttribute('aria-invalid', 'true');
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(/Código para o suporte: req_/);
  },
};

/**
 * The CPF/CNPJ is already registered under another partner reference (409): explained in an
 * alert. Submitted from the keyboard, focus stays on the button, never falling to `<body>`.
 */
export const AlreadyRegistered: Story = {
  args: { externalId: 'partner-ref-new' },
  parameters: {
    dinie: {
      seed: async (sandbox) => {
        const customer = await sandbox.registerCustomer({ external_id: 'partner-ref-old' });
        return { customerId: customer.id };
      },
    } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await fillValid(canvas);
    canvas.getByRole('button', { name: 'Continuar' }).focus();
    await userEvent.keyboard('{Enter}');
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Este CPF ou CNPJ já tem cadastro');
    await expect(alert).toHaveTextContent(/Código para o suporte: req_/);
    const button = canvas.getByRole('button', { name: 'Continuar' });
    await expect(button).toBeEnabled();
    await expect(button).toHaveFocus();
    await expect(document.activeElement).not.toBe(document.body);
  },
};

/** Registration without a company: the CNPJ and trading name are not asked. */
export const PersonOnly: Story = {
  args: { company: 'hidden' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByLabelText(/^CNPJ/)).toBeNull();
    await expect(canvas.queryByRole('group', { name: 'Sua empresa' })).toBeNull();
  },
};

/** The English copy, with a required CNPJ. */
export const English: Story = {
  args: { company: 'required' },
  parameters: { dinie: { locale: 'en' } satisfies DinieStoryParameters },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    const summary = canvas.getByRole('region', { name: /Fix 5 fields to continue/ });
    await waitFor(() => expect(summary).toHaveFocus());
    await expect(canvas.getByLabelText('CNPJ')).toHaveAccessibleDescription(/Enter the business’s CNPJ/);
  },
};

/** The dark scheme, checked by axe for contrast like the light one. */
export const Dark: Story = {
  parameters: { dinie: { colorScheme: 'dark' } satisfies DinieStoryParameters },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('CPF'), '123');
    await userEvent.tab();
    await expect(canvas.getByLabelText('CPF')).toHaveAttribute('aria-invalid', 'true');
  },
};
