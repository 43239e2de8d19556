import type { Loan, LoanStatus, Transaction } from '@dinie-embed/api';
import { formatBRL, formatDate, toCents } from '@dinie-embed/api';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import type { StorySandbox } from '../storybook/createStorySandbox.ts';
import { loanStory, rememberScene, sceneOf } from '../storybook/loanStory.ts';
import { type DinieStoryParameters, dinieLoader, loadedDinie, withDinie } from '../storybook/withDinie.tsx';
import { InstallmentSchedule } from './InstallmentSchedule.tsx';

/** A loan at `status`; for `active`, signed (test helper) and disbursed. */
const loanAt = (status: LoanStatus) => async (sandbox: StorySandbox) => {
  const story = loanStory(sandbox);
  const { customerId, loan } = await story.loanUntil('awaiting_signatures');
  if (status === 'active') {
    await story.sign(loan.id);
    await story.until(async () => ((await story.getLoan(loan.id)).status === 'active' ? true : undefined));
  }
  rememberScene<Loan>(sandbox, loan);
  return { customerId };
};

const meta = {
  title: 'Loan/InstallmentSchedule',
  component: InstallmentSchedule,
  loaders: [dinieLoader],
  decorators: [withDinie],
  parameters: { dinie: { seed: loanAt('active') } satisfies DinieStoryParameters },
  // The seed makes the loan; the render passes its id.
  args: { loanId: '' },
  render: (args, { loaded }) => (
    <InstallmentSchedule {...args} loanId={sceneOf<Loan>(loadedDinie(loaded).sandbox).id} />
  ),
} satisfies Meta<typeof InstallmentSchedule>;
export default meta;

type Story = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) => canvasElement.querySelector('.dinie-schedule') as HTMLElement;
const rows = (canvasElement: HTMLElement) =>
  [...canvasElement.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((row) =>
    [...row.cells].map((cell) => cell.textContent ?? ''),
  );
const footer = (canvasElement: HTMLElement) =>
  [...(canvasElement.querySelector('tfoot tr') as HTMLTableRowElement).cells].map((cell) => cell.textContent);

async function expectState(canvasElement: HTMLElement, state: string) {
  await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', state), { timeout: 5000 });
}

/**
 * The rows and totals equal the sandbox's installments to the cent: number, due date and amount in
 * their columns; what is left of a partly paid one, and the totals paid and left, in the status.
 */
async function expectMatches(canvasElement: HTMLElement, installments: Transaction[]) {
  const shown = rows(canvasElement);
  await expect(shown).toHaveLength(installments.length);
  installments.forEach((installment, index) => {
    expect(shown[index]?.slice(0, 3)).toEqual([
      String(index + 1),
      formatDate(installment.due_date),
      formatBRL(toCents(installment.amount_due)),
    ]);
    if (installment.status !== 'paid' && toCents(installment.amount_paid) > 0) {
      expect(shown[index]?.[3]).toContain(
        `Pago ${formatBRL(toCents(installment.amount_paid))}; falta ${formatBRL(toCents(installment.amount_remaining))}`,
      );
    }
  });
  const sum = (key: 'amount_due' | 'amount_paid' | 'amount_remaining') =>
    formatBRL(installments.reduce((total, installment) => total + toCents(installment[key]), 0));
  await expect(footer(canvasElement).slice(1, 3)).toEqual([
    sum('amount_due'),
    `Pago ${sum('amount_paid')}; falta pagar ${sum('amount_remaining')}`,
  ]);
}

/** An active loan: every installment upcoming, the next one named, totals in the footer. */
export const Upcoming: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { sandbox } = loadedDinie(loaded);
    const installments = await loanStory(sandbox).installments(sceneOf<Loan>(sandbox).id);
    await expectState(canvasElement, 'current');
    await expectMatches(canvasElement, installments);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('table', { name: /Parcelas do empréstimo/ })).toBeVisible();
    await expect(canvas.getAllByText('A vencer')).toHaveLength(installments.length);
    const first = installments[0] as Transaction;
    await expect(canvas.getByRole('status').textContent).toBe(
      `Próxima parcela: ${formatBRL(toCents(first.amount_due))} em ${formatDate(first.due_date)}.`,
    );
    await expect(canvas.getByText('0 de 6 pagas')).toBeVisible();
  },
};

/** The first installment paid in full and R$ 100,00 of the second (test helper): paid with its date, and partly paid. */
export const PaidAndPartlyPaid: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { sandbox } = loadedDinie(loaded);
    const story = loanStory(sandbox);
    const loanId = sceneOf<Loan>(sandbox).id;
    await expectState(canvasElement, 'current');
    await story.pay(loanId);
    await story.pay(loanId, '100.00');
    await waitFor(() => expect(within(canvasElement).getByText('Paga em parte')).toBeVisible(), {
      timeout: 5000,
    });
    const installments = await story.installments(loanId);
    await expectMatches(canvasElement, installments);
    const [first, second] = rows(canvasElement);
    await expect(first?.[3]).toMatch(/^Paga\s*Paga em \d{2}\/\d{2}\/\d{4}$/);
    await expect(second?.[3]).toContain(`Pago ${formatBRL(10_000)}; falta`);
    await expect(within(canvasElement).getByText('1 de 6 pagas')).toBeVisible();
  },
};

/** The sandbox's clock moves 45 days on (test helper): the first installment is overdue, with its days overdue. */
export const Overdue: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { sandbox } = loadedDinie(loaded);
    const story = loanStory(sandbox);
    const loanId = sceneOf<Loan>(sandbox).id;
    await expectState(canvasElement, 'current');
    await story.advanceClock(45);
    await expectState(canvasElement, 'overdue');
    const installments = await story.installments(loanId);
    const overdue = installments.filter((installment) => installment.status === 'overdue');
    await expect(overdue.length).toBeGreaterThan(0);
    await expectMatches(canvasElement, installments);
    const canvas = within(canvasElement);
    await expect(canvas.getByText(`${overdue[0]?.days_overdue} dias em atraso`)).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent(
      overdue.length === 1 ? '1 parcela em atraso' : `${overdue.length} parcelas em atraso`,
    );
  },
};

/** Every installment paid (test helper): all marked paid, nothing left, and said so. */
export const AllPaid: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { sandbox } = loadedDinie(loaded);
    const story = loanStory(sandbox);
    const loanId = sceneOf<Loan>(sandbox).id;
    await expectState(canvasElement, 'current');
    for (const _ of await story.installments(loanId)) await story.pay(loanId);
    await expectState(canvasElement, 'paid');
    await expectMatches(canvasElement, await story.installments(loanId));
    await expect(footer(canvasElement)[2]).toContain(`falta pagar ${formatBRL(0)}`);
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(
      'Todas as parcelas estão pagas.',
    );
  },
};

/** Before the money is sent there are no installments yet: said instead of an empty table. */
export const BeforeDisbursement: Story = {
  parameters: { dinie: { seed: loanAt('awaiting_signatures') } satisfies DinieStoryParameters },
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'empty');
    await expect(within(canvasElement).getByText(/assim que o dinheiro for enviado/)).toBeVisible();
    await expect(within(canvasElement).queryByRole('table')).toBeNull();
  },
};

/** English, dark. */
export const EnglishDark: Story = {
  parameters: {
    dinie: { seed: loanAt('active'), locale: 'en', colorScheme: 'dark' } satisfies DinieStoryParameters,
  },
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'current');
    await expect(within(canvasElement).getByRole('columnheader', { name: 'Status' })).toBeVisible();
    await expect(within(canvasElement).getByRole('rowheader', { name: 'Total' })).toBeVisible();
    await expect(within(canvasElement).getAllByText('Upcoming').length).toBeGreaterThan(0);
  },
};
