import type { Loan } from '@dinie-embed/api';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { StorySandbox } from '../storybook/createStorySandbox.ts';
import {
  createLoanInSlot,
  type LoanSlot,
  loanStory,
  offerAndLoanSlot,
  rememberScene,
  sceneOf,
  useLoanSlot,
} from '../storybook/loanStory.ts';
import { type DinieStoryParameters, dinieLoader, loadedDinie, withDinie } from '../storybook/withDinie.tsx';
import { ContractSigning } from './ContractSigning.tsx';

/** A loan waiting for the borrower's signature. */
async function awaitingSignature(sandbox: StorySandbox) {
  const { customerId, loan } = await loanStory(sandbox).loanUntil('awaiting_signatures');
  rememberScene<Loan>(sandbox, loan);
  return { customerId };
}

function SlottedContractSigning({ slot }: { slot: LoanSlot }) {
  const loanId = useLoanSlot(slot);
  return loanId ? <ContractSigning loanId={loanId} mode="dialog" /> : null;
}

const meta = {
  title: 'Loan/ContractSigning',
  component: ContractSigning,
  loaders: [dinieLoader],
  decorators: [withDinie],
  parameters: { dinie: { seed: awaitingSignature } satisfies DinieStoryParameters },
  args: { mode: 'dialog', onSigned: fn() } as never,
  render: (args, { loaded }) => (
    <ContractSigning {...args} loanId={sceneOf<Loan>(loadedDinie(loaded).sandbox).id} />
  ),
} satisfies Meta<typeof ContractSigning>;
export default meta;

type Story = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) => canvasElement.querySelector('.dinie-signing') as HTMLElement;
const page = () => within(document.body);

/**
 * The signing page in a dialog: framed, titled, with the new-tab way out. The borrower signs
 * (test helper, as the sandbox's signing page does): the dialog closes by itself, the view says
 * so with focus on it, and `onSigned` runs once.
 */
export const SignInDialog: Story = {
  play: async ({ canvasElement, loaded, args }) => {
    const canvas = within(canvasElement);
    const { sandbox } = loadedDinie(loaded);
    const loan = await loanStory(sandbox).getLoan(sceneOf<Loan>(sandbox).id);
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'ready'));
    await expect(canvas.getByText(`Contrato ${loan.ccb_number}`)).toBeVisible();

    await userEvent.click(canvas.getByRole('button', { name: 'Assinar contrato' }));
    const dialog = await page().findByRole('dialog', { name: 'Assinatura do contrato' });
    const frame = within(dialog).getByTitle('Assinatura eletrônica do contrato');
    await expect(frame).toHaveAttribute('src', loan.signing_url);
    const tab = within(dialog).getByRole('link', { name: /Abrir contrato em nova aba/ });
    await expect(tab).toHaveAttribute('href', loan.signing_url);
    await expect(tab).toHaveAttribute('target', '_blank');
    await expect(within(dialog).getByRole('status')).toHaveTextContent('Aguardando sua assinatura');

    await loanStory(sandbox).sign(loan.id);
    await waitFor(() => expect(page().queryByRole('dialog')).toBeNull(), { timeout: 5000 });
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'signed'));
    await waitFor(() => expect(canvas.getByRole('heading', { name: 'Contrato assinado' })).toHaveFocus());
    await expect(args.onSigned).toHaveBeenCalledOnce();
  },
};

/** On a phone, or where the page cannot be framed: a new tab, and a live wait until Dinie reports the signature. */
export const SignInNewTab: Story = {
  args: { mode: 'tab' } as never,
  play: async ({ canvasElement, loaded, args }) => {
    const canvas = within(canvasElement);
    const { sandbox } = loadedDinie(loaded);
    const loan = sceneOf<Loan>(sandbox);
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'ready'));
    const link = canvas.getByRole('link', { name: /Assinar contrato/ });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link.getAttribute('href')).toMatch(/\/sandbox\/signing\//);
    // The story keeps the tab from opening; the component only needs to know it was asked.
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    await userEvent.click(link);
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'signing'));
    await expect(canvas.getByRole('status')).toHaveTextContent('Aguardando sua assinatura');

    await loanStory(sandbox).sign(loan.id);
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'signed'), {
      timeout: 5000,
    });
    await expect(canvas.getByRole('status')).toHaveTextContent('vamos enviar o dinheiro');
    await expect(args.onSigned).toHaveBeenCalledOnce();
  },
};

/**
 * The loan is created (automatic steps 1.5 s apart): while Dinie prepares the contract there is
 * nothing to sign yet; the button appears by itself.
 */
export const PreparingContract: Story = {
  parameters: {
    dinie: {
      seed: offerAndLoanSlot,
      sandbox: { stepMs: 1500 },
      pollIntervalMs: 100,
    } satisfies DinieStoryParameters,
  },
  render: (_args, { loaded }) => (
    <SlottedContractSigning slot={sceneOf<{ slot: LoanSlot }>(loadedDinie(loaded).sandbox).slot} />
  ),
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const { sandbox } = loadedDinie(loaded);
    await createLoanInSlot(sandbox);
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'preparing'));
    await expect(canvas.getByRole('status')).toHaveTextContent('Estamos preparando seu contrato');
    await expect(canvas.queryByRole('button', { name: 'Assinar contrato' })).toBeNull();
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'ready'), {
      timeout: 8000,
    });
    await expect(canvas.getByRole('button', { name: 'Assinar contrato' })).toBeEnabled();
  },
};

/** The loan is cancelled before the signature: nothing to sign, and why. */
export const Cancelled: Story = {
  play: async ({ canvasElement, loaded, args }) => {
    const { sandbox } = loadedDinie(loaded);
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'ready'));
    await loanStory(sandbox).cancel(sceneOf<Loan>(sandbox).id);
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'unavailable'), {
      timeout: 5000,
    });
    await expect(within(canvasElement).getByText('Este contrato não pode mais ser assinado')).toBeVisible();
    await expect(within(canvasElement).queryByRole('button', { name: 'Assinar contrato' })).toBeNull();
    await expect(args.onSigned).not.toHaveBeenCalled();
  },
};

/** English, dark. */
export const EnglishDark: Story = {
  parameters: {
    dinie: { seed: awaitingSignature, locale: 'en', colorScheme: 'dark' } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'ready'));
    await userEvent.click(canvas.getByRole('button', { name: 'Sign contract' }));
    const dialog = await page().findByRole('dialog', { name: 'Contract signature' });
    await waitFor(() => expect(dialog).toBeVisible());
    await expect(within(dialog).getByRole('link', { name: /Open the contract in a new tab/ })).toBeVisible();
  },
};
