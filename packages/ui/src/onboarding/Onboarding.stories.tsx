import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { SAMPLE, type StorySandbox, samplePdf } from '../storybook/createStorySandbox.ts';
import { type DinieStoryParameters, dinieLoader, loadedDinie, withDinie } from '../storybook/withDinie.tsx';
import { Onboarding } from './Onboarding.tsx';

const meta = {
  title: 'Onboarding/Onboarding',
  component: Onboarding,
  args: { biometricsMode: 'handoff', camera: 'never', onComplete: fn() },
  loaders: [dinieLoader],
  decorators: [withDinie],
} satisfies Meta<typeof Onboarding>;
export default meta;

type Story = StoryObj<typeof meta>;
type Canvas = ReturnType<typeof within>;

const page = () => within(document.body);

async function expectStage(canvas: Canvas, current: string) {
  await waitFor(
    () => {
      const nav = canvas.getByRole('navigation', { name: 'Cadastro para crédito' });
      expect(within(nav).getByText(current).closest('li')).toHaveAttribute('aria-current', 'step');
    },
    { timeout: 5000 },
  );
}

/**
 * A borrower from nothing to `active` against the sandbox: registers, uploads every document,
 * completes the biometrics (through the test helper, as the phone would), waits under review,
 * and is approved (test helper). Each step is checked on screen, with focus on its heading.
 */
export const FromNothingToActive: Story = {
  play: async ({ canvasElement, loaded, args }) => {
    const { sandbox } = loadedDinie(loaded);
    const canvas = within(canvasElement);

    await expectStage(canvas, 'Cadastro');
    await userEvent.type(await canvas.findByLabelText('CPF'), SAMPLE.cpf);
    await userEvent.type(canvas.getByLabelText('Nome completo'), SAMPLE.name);
    await userEvent.type(canvas.getByLabelText('E-mail'), SAMPLE.email);
    await userEvent.type(canvas.getByLabelText('Celular'), SAMPLE.phone);
    await userEvent.type(canvas.getByLabelText(/^CNPJ/), SAMPLE.cnpj);
    await userEvent.type(canvas.getByLabelText(/^Nome fantasia/), SAMPLE.tradingName);
    await userEvent.click(canvas.getByRole('button', { name: 'Continuar' }));

    await expectStage(canvas, 'Documentos');
    const documents = await canvas.findByRole('heading', { name: 'Documentos e verificação' });
    await waitFor(() => expect(documents).toHaveFocus());
    for (const type of ['ccmei', 'cnh', 'selfie']) {
      const row = canvasElement.querySelector(`.dinie-kyc__item[data-type="${type}"]`) as HTMLElement;
      await userEvent.upload(within(row).getByLabelText(/Escolher arquivo/), samplePdf(`${type}.pdf`));
      await waitFor(() => expect(row).toHaveAttribute('data-state', 'submitted'), { timeout: 5000 });
    }
    await expect(canvas.getByRole('progressbar', { name: 'Itens enviados' })).toHaveAttribute(
      'aria-valuetext',
      '3 de 4 enviados',
    );

    await userEvent.click(canvas.getByRole('button', { name: 'Fazer biometria' }));
    const dialog = await page().findByRole('dialog', { name: 'Biometria facial' });
    await waitFor(() => expect(dialog).toHaveAttribute('data-state', 'waiting'), { timeout: 5000 });
    const customerId = (await currentCustomer(sandbox)).id;
    await sandbox.completeBiometrics(customerId);

    // Every item is in: the review starts and the page moves on by itself.
    await expectStage(canvas, 'Análise');
    const review = await canvas.findByRole('heading', { name: 'Estamos analisando seu cadastro' });
    await waitFor(() => expect(review).toHaveFocus());
    await expect((await sandbox.getCustomer(customerId)).status).toBe('under_review');

    await sandbox.approveKyc(customerId);
    await expectStage(canvas, 'Pronto');
    await expect(await canvas.findByRole('heading', { name: 'Cadastro aprovado' })).toBeVisible();
    await expect(canvasElement.querySelector('.dinie-onboarding')).not.toHaveAttribute(
      'data-state',
      'register',
    );
    await waitFor(() => expect(args.onComplete).toHaveBeenCalledOnce());
    await expect((await sandbox.getCustomer(customerId)).status).toBe('active');
  },
};

/** A borrower who registered earlier comes back: the journey resumes at the documents. */
export const ResumesAtDocuments: Story = {
  parameters: {
    dinie: {
      seed: async (sandbox) => ({ customerId: (await sandbox.registerCustomer()).id }),
    } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectStage(canvas, 'Documentos');
    await expect(await canvas.findByRole('heading', { name: 'Documentos e verificação' })).toBeVisible();
    await expect(
      within(canvas.getByRole('navigation'))
        .getByText(/Cadastro/)
        .closest('li'),
    ).toHaveAttribute('data-state', 'complete');
  },
};

/** Everything was sent on another device: the journey resumes under review. */
export const ResumesUnderReview: Story = {
  parameters: {
    dinie: {
      seed: async (sandbox) => {
        const customer = await sandbox.registerCustomer();
        await sandbox.uploadDocuments(customer.id, ['ccmei', 'cnh', 'selfie']);
        await sandbox.completeBiometrics(customer.id);
        return { customerId: customer.id };
      },
    } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectStage(canvas, 'Análise');
    await expect(
      await canvas.findByRole('heading', { name: 'Estamos analisando seu cadastro' }),
    ).toBeVisible();
  },
};

async function currentCustomer(sandbox: StorySandbox) {
  const page = await sandbox.client.customers.list({ limit: 1 });
  const customer = page.data[0];
  if (!customer) throw new Error('No customer registered yet.');
  return customer;
}

/** An active borrower, with the host's own content in place of the approval. */
export const DoneWithHostContent: Story = {
  args: { doneContent: <p className="dinie-root dinie-card">Suas ofertas aparecem aqui.</p> },
  parameters: {
    dinie: {
      seed: async (sandbox) => {
        const customer = await sandbox.registerCustomer();
        await sandbox.approveKyc(customer.id);
        return { customerId: customer.id };
      },
    } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expectStage(canvas, 'Pronto');
    await expect(await canvas.findByText('Suas ofertas aparecem aqui.')).toBeVisible();
    await expect(args.onComplete).toHaveBeenCalledOnce();
  },
};

/**
 * Approved while the credit offers cannot be read yet (held here): onboarding is done all the
 * same, and the review view stays mounted, so its live region announces the approval.
 */
export const ApprovedWhileOffersLoad: Story = {
  parameters: {
    dinie: {
      seed: async (sandbox) => {
        const customer = await sandbox.registerCustomer();
        await sandbox.uploadDocuments(customer.id, ['ccmei', 'cnh', 'selfie']);
        await sandbox.completeBiometrics(customer.id);
        sandbox.hold('GET', /offers/);
        return { customerId: customer.id };
      },
    } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement, loaded, args }) => {
    const { sandbox, customerId } = loadedDinie(loaded);
    const canvas = within(canvasElement);
    await expectStage(canvas, 'Análise');
    const status = await canvas.findByRole('status');
    await sandbox.approveKyc(customerId ?? '');
    await expectStage(canvas, 'Pronto');
    await expect(canvasElement.querySelector('.dinie-onboarding')).toHaveAttribute('data-state', 'active');
    await waitFor(() => expect(status).toHaveTextContent('Cadastro aprovado'));
    await expect(status).toBeInTheDocument();
    await waitFor(() => expect(args.onComplete).toHaveBeenCalledOnce());
  },
};

/** English: the journey resumes at the documents, with its steps named in English. */
export const English: Story = {
  parameters: {
    dinie: {
      locale: 'en',
      seed: async (sandbox) => ({ customerId: (await sandbox.registerCustomer()).id }),
    } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Documents and verification' })).toBeVisible();
    const nav = canvas.getByRole('navigation', { name: 'Credit registration' });
    await expect(within(nav).getByText('Documents').closest('li')).toHaveAttribute('aria-current', 'step');
  },
};
