import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { samplePdf } from '../storybook/createStorySandbox.ts';
import { type DinieStoryParameters, dinieLoader, loadedDinie, withDinie } from '../storybook/withDinie.tsx';
import { KycChecklist } from './KycChecklist.tsx';

const meta = {
  title: 'Onboarding/KycChecklist',
  component: KycChecklist,
  args: { biometricsMode: 'handoff', camera: 'never' },
  loaders: [dinieLoader],
  decorators: [withDinie],
  render: (args, { loaded }) => <KycChecklist {...args} customerId={loadedDinie(loaded).customerId} />,
} satisfies Meta<typeof KycChecklist>;
export default meta;

type Story = StoryObj<typeof meta>;

const item = (canvasElement: HTMLElement, type: string) =>
  canvasElement.querySelector(`.dinie-kyc__item[data-type="${type}"]`) as HTMLElement;

/** A fresh MEI: CCMEI, CNH, selfie and biometrics, all pending, each with the control it needs. */
export const AllPending: Story = {
  parameters: {
    dinie: {
      seed: async (sandbox) => ({ customerId: (await sandbox.registerCustomer()).id }),
    } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const list = await canvas.findByRole('list');
    const rows = within(list).getAllByRole('listitem');
    await expect(rows.map((row) => row.getAttribute('data-type'))).toEqual([
      'ccmei',
      'cnh',
      'selfie',
      'biometrics',
    ]);
    for (const row of rows) await expect(row).toHaveAttribute('data-state', 'pending');
    await expect(canvas.getByRole('progressbar', { name: 'Itens enviados' })).toHaveAttribute(
      'aria-valuetext',
      '0 de 4 enviados',
    );
    await expect(within(item(canvasElement, 'ccmei')).getByLabelText(/Escolher arquivo/)).toBeInTheDocument();
    await expect(
      within(item(canvasElement, 'biometrics')).getByRole('button', { name: 'Fazer biometria' }),
    ).toBeVisible();
  },
};

const everyState: DinieStoryParameters = {
  seed: async (sandbox) => {
    const customer = await sandbox.registerCustomer();
    await sandbox.uploadDocuments(customer.id, ['ccmei', 'cnh']);
    await sandbox.rejectKyc(customer.id, {
      type: 'cnh',
      status: 'rejected',
      message: 'A foto da CNH está desfocada. Envie uma foto nítida da frente.',
    });
    await sandbox.rejectKyc(customer.id, {
      type: 'email',
      status: 'pending_correction',
      message: 'Este e-mail não recebe mensagens. Informe outro.',
    });
    return { customerId: customer.id };
  },
};

/** Every state at once: approved is shown in its own story, as the sandbox approves all items together. */
export const EveryState: Story = {
  parameters: { dinie: everyState },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('list');
    await expect(item(canvasElement, 'ccmei')).toHaveAttribute('data-state', 'submitted');
    await expect(within(item(canvasElement, 'ccmei')).getByText('Enviado')).toBeVisible();
    await expect(item(canvasElement, 'cnh')).toHaveAttribute('data-state', 'rejected');
    await expect(item(canvasElement, 'cnh')).toHaveAccessibleDescription(/A foto da CNH está desfocada/);
    await expect(item(canvasElement, 'selfie')).toHaveAttribute('data-state', 'pending');
    const email = item(canvasElement, 'email');
    await expect(email).toHaveAttribute('data-state', 'pending_correction');
    await expect(email).toHaveAttribute('data-kind', 'data');
    await expect(within(email).getByLabelText('E-mail correto')).toHaveValue('maria@docesdamaria.com.br');
  },
};

/** Re-sending a rejected document: the item goes back to submitted, without leaving the page. */
export const ResendRejected: Story = {
  parameters: { dinie: everyState },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('list');
    const cnh = item(canvasElement, 'cnh');
    await userEvent.upload(within(cnh).getByLabelText(/Escolher arquivo/), samplePdf('cnh-nitida.pdf'));
    await waitFor(() => expect(cnh).toHaveAttribute('data-state', 'submitted'), { timeout: 5000 });
    await waitFor(() =>
      expect(within(cnh).getByRole('status')).toHaveTextContent('“cnh-nitida.pdf” enviado.'),
    );
  },
};

/** Correcting the e-mail a reviewer asked for: checked like at registration, then sent. */
export const CorrectData: Story = {
  parameters: { dinie: everyState },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('list');
    const email = item(canvasElement, 'email');
    const field = within(email).getByLabelText('E-mail correto');
    await userEvent.clear(field);
    await userEvent.type(field, 'maria@');
    await userEvent.click(within(email).getByRole('button', { name: 'Enviar correção' }));
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(field, 'docesdamaria.com');
    await userEvent.click(within(email).getByRole('button', { name: 'Enviar correção' }));
    await waitFor(() => expect(email).toHaveAttribute('data-state', 'submitted'));
    const { sandbox, customerId } = loadedDinie(loaded);
    await expect((await sandbox.getCustomer(customerId ?? '')).email).toBe('maria@docesdamaria.com');
  },
};

/** The server refuses a correction the form let through (an underscore in the domain): said on the field, in words. */
export const CorrectDataServerError: Story = {
  parameters: { dinie: everyState },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('list');
    const email = item(canvasElement, 'email');
    const field = within(email).getByLabelText('E-mail correto');
    await userEvent.clear(field);
    await userEvent.type(field, 'maria@doces_da_maria.com.br');
    await userEvent.click(within(email).getByRole('button', { name: 'Enviar correção' }));
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    await expect(field).toHaveAccessibleDescription(/nome@exemplo\.com\.br/);
    await expect(within(email).queryByRole('alert')).toBeNull();
    await expect(email).toHaveAttribute('data-state', 'pending_correction');
    await userEvent.type(field, 'x');
    await expect(field).not.toHaveAttribute('aria-invalid');
  },
};

/** After the review: every item approved. */
export const Approved: Story = {
  parameters: {
    dinie: {
      seed: async (sandbox) => {
        const customer = await sandbox.registerCustomer();
        await sandbox.approveKyc(customer.id);
        return { customerId: customer.id };
      },
    } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const rows = within(await canvas.findByRole('list')).getAllByRole('listitem');
    for (const row of rows) await expect(row).toHaveAttribute('data-state', 'approved');
    await expect(canvas.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '4 de 4 enviados');
  },
};

/** A borrower without a company (CPF only): no CCMEI; in English. */
export const PersonInEnglish: Story = {
  parameters: {
    dinie: {
      locale: 'en',
      seed: async (sandbox) => {
        const customer = await sandbox.client.customers.create({
          cpf: '111.444.777-35',
          name: 'João Pereira',
          email: 'joao@example.com',
          phone: '+5521987654321',
        });
        return { customerId: customer.id };
      },
    } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Documents and verification' })).toBeVisible();
    // The rows, not every list on the card (guidance lists sit inside them).
    await waitFor(() =>
      expect(
        [...canvasElement.querySelectorAll('.dinie-kyc__item')].map((row) => row.getAttribute('data-type')),
      ).toEqual(['cnh', 'selfie', 'biometrics']),
    );
    await expect(canvas.getAllByText('To do')).toHaveLength(3);
  },
};

/** Dark scheme, with a rejected item, checked by axe for contrast. */
export const Dark: Story = {
  parameters: {
    dinie: {
      ...everyState,
      colorScheme: 'dark',
    } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('list');
    await expect(item(canvasElement, 'cnh')).toHaveAttribute('data-state', 'rejected');
  },
};

/**
 * The customer cannot be read (here an unknown id, 404): said in words, with retry. Polls leave
 * the failure alone; a retry keeps it on screen, its button busy and still focused, and a retry
 * that fails again says so.
 */
export const LoadFailed: Story = {
  render: (args) => <KycChecklist {...args} customerId="cust_00000000000000000000000000000000" />,
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Não conseguimos carregar seus dados.');
    await expect(alert).toHaveTextContent('Não encontramos este cadastro.');
    const retry = canvas.getByRole('button', { name: 'Tentar de novo' });
    await expect(retry).toBeEnabled();
    const root = canvasElement.querySelector('.dinie-kyc');
    await expect(root).toHaveAttribute('data-state', 'error');

    // While the retry runs, the failure stays and its button, still focused, is busy.
    const held = loadedDinie(loaded).sandbox.hold('GET', /\/customers\/cust_0+$/);
    await userEvent.click(retry);
    await waitFor(() => expect(retry).toHaveAttribute('aria-busy', 'true'));
    await expect(retry).toHaveFocus();
    await expect(root).toHaveAttribute('data-state', 'error');
    await expect(canvas.queryByRole('status')).toBeNull();
    await expect(alert).not.toHaveTextContent('Tentamos de novo');
    held.release();
    // Failed again: said in the alert, which announces it; focus stays on the button.
    await waitFor(() => expect(alert).toHaveTextContent('Tentamos de novo e ainda não deu certo.'));
    await expect(retry).not.toHaveAttribute('aria-busy');
    await expect(retry).toHaveFocus();
    await expect(alert).toHaveTextContent('Não encontramos este cadastro.');
  },
};

/**
 * Biometrics completed while its dialog is open: the refetch that marks the item submitted keeps
 * the dialog on its "done" view, and closing it puts focus on the item's title.
 */
export const BiometricsCompletes: Story = {
  parameters: {
    dinie: {
      seed: async (sandbox) => ({ customerId: (await sandbox.registerCustomer()).id }),
    } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement, loaded }) => {
    const { sandbox, customerId } = loadedDinie(loaded);
    await within(canvasElement).findByRole('list');
    const row = item(canvasElement, 'biometrics');
    await userEvent.click(within(row).getByRole('button', { name: 'Fazer biometria' }));
    const page = within(document.body);
    const dialog = await page.findByRole('dialog', { name: 'Biometria facial' });
    await waitFor(() => expect(dialog).toHaveAttribute('data-state', 'waiting'), { timeout: 5000 });
    await sandbox.completeBiometrics(customerId ?? '');
    await waitFor(() => expect(row).toHaveAttribute('data-state', 'submitted'), { timeout: 5000 });
    await expect(dialog).toBeInTheDocument();
    await waitFor(() => expect(dialog).toHaveAttribute('data-state', 'done'));
    const next = within(dialog).getByRole('button', { name: 'Continuar' });
    await waitFor(() => expect(next).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(page.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(within(row).getByRole('heading', { name: 'Biometria facial' })).toHaveFocus());
  },
};
