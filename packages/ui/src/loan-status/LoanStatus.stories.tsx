import type { Loan, LoanStatus as LoanStatusValue } from '@dinie-embed/api';
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
import { LoanStatus } from './LoanStatus.tsx';

/** A loan that reached `status` (automatic steps on the way). */
const loanAt = (status: LoanStatusValue) => async (sandbox: StorySandbox) => {
  const { customerId, loan } = await loanStory(sandbox).loanUntil(status);
  rememberScene<Loan>(sandbox, loan);
  return { customerId };
};

function SlottedLoanStatus({ slot }: { slot: LoanSlot }) {
  const loanId = useLoanSlot(slot);
  return loanId ? <LoanStatus loanId={loanId} /> : null;
}

/** An active customer with an offer, and an empty slot for the loan the play function creates. */

const meta = {
  title: 'Loan/LoanStatus',
  component: LoanStatus,
  loaders: [dinieLoader],
  decorators: [withDinie],
  parameters: { dinie: { seed: loanAt('awaiting_signatures') } satisfies DinieStoryParameters },
  args: { onViewOffers: fn() } as never,
  render: (args, { loaded }) => (
    <LoanStatus {...args} loanId={sceneOf<Loan>(loadedDinie(loaded).sandbox).id} />
  ),
} satisfies Meta<typeof LoanStatus>;
export default meta;

type Story = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) => canvasElement.querySelector('.dinie-loan-status') as HTMLElement;
const stepOf = (canvasElement: HTMLElement, name: string) =>
  within(within(canvasElement).getByRole('list', { name: 'Andamento do empréstimo' }))
    .getByText(name)
    .closest('li') as HTMLElement;

async function expectState(canvasElement: HTMLElement, state: string, timeout = 5000) {
  await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', state), { timeout });
}

/** Waiting for the signature: the step to act on, with the contract number. */
export const AwaitingSignature: Story = {
  play: async ({ canvasElement, loaded }) => {
    const loan = await loanStory(loadedDinie(loaded).sandbox).getLoan(
      sceneOf<Loan>(loadedDinie(loaded).sandbox).id,
    );
    await expectState(canvasElement, 'awaiting_signatures');
    await expect(within(canvasElement).getByText(loan.ccb_number ?? '')).toBeVisible();
    for (const done of ['Pedido recebido', 'Contrato gerado'])
      await expect(stepOf(canvasElement, done)).toHaveAttribute('data-state', 'complete');
    for (const later of ['Contrato assinado', 'Envio do dinheiro', 'Pagando as parcelas', 'Quitado'])
      await expect(stepOf(canvasElement, later)).toHaveAttribute('data-state', 'upcoming');
  },
};

/**
 * The contract being prepared, live, as Dinie moves the loan (automatic steps 1.2 s apart): the
 * request is received, the contract generated, then it waits for the signature. Each status is
 * marked current, the ones before it complete, and "what to do now" follows.
 */
export const PreparingTheContract: Story = {
  parameters: {
    dinie: {
      seed: offerAndLoanSlot,
      sandbox: { stepMs: 1200 },
      pollIntervalMs: 100,
    } satisfies DinieStoryParameters,
  },
  render: (_args, { loaded }) => (
    <SlottedLoanStatus slot={sceneOf<{ slot: LoanSlot }>(loadedDinie(loaded).sandbox).slot} />
  ),
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const { sandbox } = loadedDinie(loaded);
    await createLoanInSlot(sandbox);
    await expectState(canvasElement, 'processing');
    await expect(stepOf(canvasElement, 'Pedido recebido')).toHaveAttribute('aria-current', 'step');
    await expect(canvas.getByRole('status')).toHaveTextContent('Nada por enquanto');
    await expectState(canvasElement, 'contract_generated');
    await expect(stepOf(canvasElement, 'Pedido recebido')).toHaveAttribute('data-state', 'complete');
    await expect(stepOf(canvasElement, 'Contrato gerado')).toHaveAttribute('aria-current', 'step');
    await expectState(canvasElement, 'awaiting_signatures');
    await expect(canvas.getByRole('status')).toHaveTextContent('Assine o contrato para receber o dinheiro.');
    await expect(stepOf(canvasElement, 'Assinatura')).toHaveTextContent('(etapa atual)');
  },
};

/**
 * After the signature (test helper), live: signed, the money on its way by Pix, then the loan is
 * active and the amount received is shown.
 */
export const SignedToActive: Story = {
  parameters: {
    dinie: {
      seed: loanAt('awaiting_signatures'),
      sandbox: { stepMs: 1200 },
      pollIntervalMs: 100,
    } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const { sandbox } = loadedDinie(loaded);
    await expectState(canvasElement, 'awaiting_signatures');
    await loanStory(sandbox).sign(sceneOf<Loan>(sandbox).id);
    await expectState(canvasElement, 'signed');
    await expect(canvas.getByRole('status')).toHaveTextContent('Contrato assinado; vamos enviar o dinheiro');
    await expectState(canvasElement, 'disbursing');
    await expect(canvas.getByRole('status')).toHaveTextContent('a caminho da sua conta por Pix');
    await expect(stepOf(canvasElement, 'Contrato assinado')).toHaveAttribute('data-state', 'complete');
    await expectState(canvasElement, 'active');
    await expect(stepOf(canvasElement, 'Pagando as parcelas')).toHaveAttribute('aria-current', 'step');
    await expect(canvas.getByText('Valor recebido')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Ver ofertas' })).toBeNull();
  },
};

/** Every installment paid (test helper): the loan is finished and nothing is left to do. */
export const Finished: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { sandbox } = loadedDinie(loaded);
    const story = loanStory(sandbox);
    const loan = sceneOf<Loan>(sandbox);
    await story.sign(loan.id);
    await expectState(canvasElement, 'active');
    for (const _ of await story.installments(loan.id)) await story.pay(loan.id);
    await expectState(canvasElement, 'finished');
    await expect(stepOf(canvasElement, 'Quitado')).toHaveAttribute('data-state', 'complete');
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Você quitou o empréstimo');
  },
};

/** Cancelled before the money went out: said plainly, with the way to a new offer. */
export const Cancelled: Story = {
  play: async ({ canvasElement, loaded, args }) => {
    const { sandbox } = loadedDinie(loaded);
    await expectState(canvasElement, 'awaiting_signatures');
    await loanStory(sandbox).cancel(sceneOf<Loan>(sandbox).id);
    await expectState(canvasElement, 'cancelled');
    const canvas = within(canvasElement);
    await expect(stepOf(canvasElement, 'Cancelado')).toHaveAttribute('aria-current', 'step');
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'nenhum valor foi enviado e nada será cobrado',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Ver ofertas' }));
    await expect(args.onViewOffers).toHaveBeenCalledOnce();
  },
};

/** The loan failed (the bank refused the transfer): nothing is charged; a new offer or support. */
export const Failed: Story = {
  args: { supportUrl: 'https://parceiro.example/ajuda' } as never,
  play: async ({ canvasElement, loaded }) => {
    const { sandbox } = loadedDinie(loaded);
    await expectState(canvasElement, 'awaiting_signatures');
    await loanStory(sandbox).fail(sceneOf<Loan>(sandbox).id);
    await expectState(canvasElement, 'error');
    const canvas = within(canvasElement);
    await expect(stepOf(canvasElement, 'Não concluído')).toHaveAttribute('aria-current', 'step');
    await expect(canvas.getByRole('status')).toHaveTextContent('fale com o suporte');
    await expect(canvas.getByRole('link', { name: 'Falar com o suporte' })).toHaveAttribute(
      'href',
      'https://parceiro.example/ajuda',
    );
  },
};

/** English, dark. */
export const EnglishDark: Story = {
  parameters: {
    dinie: {
      seed: loanAt('awaiting_signatures'),
      locale: 'en',
      colorScheme: 'dark',
    } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'awaiting_signatures');
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(
      'Sign the contract to receive the money.',
    );
  },
};
