import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import type { StorySandbox } from '../storybook/createStorySandbox.ts';
import { type DinieStoryParameters, dinieLoader, loadedDinie, withDinie } from '../storybook/withDinie.tsx';
import { UnderReview } from './UnderReview.tsx';

/** Registers a customer and submits every KYC item, which starts the review. */
async function submitEverything(sandbox: StorySandbox) {
  const customer = await sandbox.registerCustomer();
  await sandbox.uploadDocuments(customer.id, ['ccmei', 'cnh', 'selfie']);
  await sandbox.completeBiometrics(customer.id);
  return { customerId: customer.id };
}

const underReview: DinieStoryParameters = { seed: submitEverything };

const meta = {
  title: 'Onboarding/UnderReview',
  component: UnderReview,
  args: { onActive: fn(), onCorrectionNeeded: fn() },
  loaders: [dinieLoader],
  decorators: [withDinie],
  parameters: { dinie: underReview },
  render: (args, { loaded }) => <UnderReview {...args} customerId={loadedDinie(loaded).customerId} />,
} satisfies Meta<typeof UnderReview>;
export default meta;

type Story = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) => canvasElement.querySelector('.dinie-review') as HTMLElement;

/** Waiting for the review. */
export const Waiting: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'under_review'));
    await expect(canvas.getByRole('status')).toHaveTextContent('Estamos analisando seu cadastro');
    const { sandbox, customerId } = loadedDinie(loaded);
    await expect((await sandbox.getCustomer(customerId ?? '')).status).toBe('under_review');
  },
};

/** The reviewer approves (test helper): the view turns into the approval by itself, announced, and `onActive` runs. */
export const BecomesActive: Story = {
  args: { continueLabel: 'Ver ofertas', onContinue: fn() },
  play: async ({ canvasElement, loaded, args }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'under_review'));
    const { sandbox, customerId } = loadedDinie(loaded);
    await sandbox.approveKyc(customerId ?? '');
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'active'), {
      timeout: 5000,
    });
    await expect(canvas.getByRole('status')).toHaveTextContent('Cadastro aprovado');
    await expect(args.onActive).toHaveBeenCalledOnce();
    await expect(canvas.getByRole('button', { name: 'Ver ofertas' })).toBeVisible();
  },
};

/** The reviewer sends the borrower back to correct a document: said, and `onCorrectionNeeded` runs. */
export const CorrectionNeeded: Story = {
  play: async ({ canvasElement, loaded, args }) => {
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'under_review'));
    const { sandbox, customerId } = loadedDinie(loaded);
    await sandbox.rejectKyc(customerId ?? '', {
      type: 'selfie',
      status: 'rejected',
      message: 'Rosto cortado na foto.',
    });
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'pending_kyc'), {
      timeout: 5000,
    });
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Precisamos de um ajuste');
    await expect(args.onCorrectionNeeded).toHaveBeenCalledOnce();
  },
};

/** English, dark. */
export const EnglishDark: Story = {
  parameters: { dinie: { ...underReview, locale: 'en', colorScheme: 'dark' } satisfies DinieStoryParameters },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'under_review'));
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(
      'We are reviewing your registration',
    );
  },
};
