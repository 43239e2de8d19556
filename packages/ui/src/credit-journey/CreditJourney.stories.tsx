import type { JourneyEvent, Loan } from '@dinie-embed/api';
import { isJourneyEvent } from '@dinie-embed/api';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { SAMPLE, type StorySandbox, samplePdf } from '../storybook/createStorySandbox.ts';
import { loanStory, rememberScene, sceneOf } from '../storybook/loanStory.ts';
import { type DinieStoryParameters, dinieLoader, loadedDinie, withDinie } from '../storybook/withDinie.tsx';
import { CreditJourney } from './CreditJourney.tsx';

const meta = {
  title: 'Journey/CreditJourney',
  component: CreditJourney,
  args: { biometricsMode: 'handoff', camera: 'never', signingMode: 'dialog', onEvent: fn(), onExit: fn() },
  loaders: [dinieLoader],
  decorators: [withDinie],
} satisfies Meta<typeof CreditJourney>;
export default meta;

type Story = StoryObj<typeof meta>;

const root = (canvasElement: HTMLElement) => canvasElement.querySelector('.dinie-journey') as HTMLElement;
const page = () => within(document.body);

/** Every event the journey sent, in order. */
const eventsOf = (onEvent: unknown) =>
  (onEvent as ReturnType<typeof fn>).mock.calls.map(([event]) => event as JourneyEvent);

async function expectStep(canvasElement: HTMLElement, step: string, timeout = 8000) {
  await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', step), { timeout });
}

/**
 * A borrower from nothing to an active loan with an installment paid, through `<CreditJourney>`
 * alone, against the sandbox in the page. The borrower types, uploads, simulates, confirms and
 * opens the contract; what people and Dinie's back office do elsewhere (the biometrics on the
 * phone, the KYC review, the signature on the signing page, the payment of an installment) is
 * done through the sandbox's test helpers. Each step is checked on screen, and `onEvent` gets the
 * journey's typed events in order.
 */
export const FromNothingToActiveLoan: Story = {
  play: async ({ canvasElement, loaded, args }) => {
    const { sandbox } = loadedDinie(loaded);
    const story = loanStory(sandbox);
    const canvas = within(canvasElement);

    await expectStep(canvasElement, 'register');
    await userEvent.type(await canvas.findByLabelText('CPF'), SAMPLE.cpf);
    await userEvent.type(canvas.getByLabelText('Nome completo'), SAMPLE.name);
    await userEvent.type(canvas.getByLabelText('E-mail'), SAMPLE.email);
    await userEvent.type(canvas.getByLabelText('Celular'), SAMPLE.phone);
    await userEvent.type(canvas.getByLabelText(/^CNPJ/), SAMPLE.cnpj);
    await userEvent.type(canvas.getByLabelText(/^Nome fantasia/), SAMPLE.tradingName);
    await userEvent.click(canvas.getByRole('button', { name: 'Continuar' }));

    await expectStep(canvasElement, 'kyc');
    const registered = eventsOf(args.onEvent).find((event) => event.type === 'journey.customer_registered');
    const customerId = registered?.type === 'journey.customer_registered' ? registered.customerId : '';
    await expect(customerId).toMatch(/^cust_/);
    for (const type of ['ccmei', 'cnh', 'selfie']) {
      const row = canvasElement.querySelector(`.dinie-kyc__item[data-type="${type}"]`) as HTMLElement;
      await userEvent.upload(within(row).getByLabelText(/Escolher arquivo/), samplePdf(`${type}.pdf`));
      await waitFor(() => expect(row).toHaveAttribute('data-state', 'submitted'), { timeout: 5000 });
    }
    // The capture happens on the borrower's phone: the sandbox's helper stands in for it.
    await sandbox.completeBiometrics(customerId);
    await expectStep(canvasElement, 'under_review');
    await sandbox.approveKyc(customerId);

    await expectStep(canvasElement, 'offer');
    await userEvent.click(await canvas.findByRole('button', { name: 'Simular empréstimo' }));
    const contract = await canvas.findByRole('button', { name: 'Contratar' });
    await waitFor(() => expect(contract).toBeEnabled(), { timeout: 5000 });
    await userEvent.click(contract);

    await waitFor(() =>
      expect(canvas.getByRole('heading', { name: 'Confira antes de contratar' })).toHaveFocus(),
    );
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Li e concordo com as condições acima.' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Confirmar contratação' }));

    await expectStep(canvasElement, 'sign');
    const created = eventsOf(args.onEvent).find((event) => event.type === 'journey.loan_created');
    const loanId = created?.type === 'journey.loan_created' ? created.loanId : '';
    const loan = await story.getLoan(loanId);
    await expect(loan.status).toBe('awaiting_signatures');
    await userEvent.click(await canvas.findByRole('button', { name: 'Assinar contrato' }));
    const dialog = await page().findByRole('dialog', { name: 'Assinatura do contrato' });
    await expect(within(dialog).getByTitle('Assinatura eletrônica do contrato')).toHaveAttribute(
      'src',
      loan.signing_url,
    );
    // The borrower signs on the signing page: the sandbox's helper does what its button does.
    await story.sign(loanId);
    await waitFor(() => expect(page().queryByRole('dialog')).toBeNull(), { timeout: 5000 });

    await expectStep(canvasElement, 'repaying');
    const schedule = await canvas.findByRole('table', { name: /Parcelas do empréstimo/ });
    const rowsIn = (state: string) => schedule.querySelectorAll(`tbody tr[data-state="${state}"]`).length;
    await waitFor(() => expect(rowsIn('pending')).toBe(loan.number_of_installments));
    await story.pay(loanId);
    await waitFor(() => expect(rowsIn('paid')).toBe(1), { timeout: 5000 });
    await expect(canvas.getByText(`1 de ${loan.number_of_installments} pagas`)).toBeVisible();
    await expect((await story.getLoan(loanId)).status).toBe('active');

    const events = eventsOf(args.onEvent);
    await expect(events.every(isJourneyEvent)).toBe(true);
    const milestones = events
      .filter((event) => event.type !== 'journey.step_changed')
      .map((event) => event.type);
    await expect(milestones).toEqual([
      'journey.customer_registered',
      'journey.kyc_submitted',
      'journey.offer_available',
      'journey.simulation_chosen',
      'journey.loan_created',
      'journey.contract_signed',
      'journey.loan_active',
    ]);
    const steps = events.flatMap((event) => (event.type === 'journey.step_changed' ? [event.step] : []));
    await expect(steps[0]).toBe('register');
    await expect(steps.at(-1)).toBe('repaying');

    await userEvent.click(canvas.getByRole('button', { name: 'Sair' }));
    await expect(args.onExit).toHaveBeenCalledWith('closed');
    await expect(eventsOf(args.onEvent).at(-1)).toMatchObject({
      type: 'journey.exited',
      reason: 'closed',
      step: 'repaying',
    });
  },
};

/** A borrower with an active loan, one installment paid; the page knows the loan's id. */
async function activeLoan(sandbox: StorySandbox) {
  const story = loanStory(sandbox);
  const { customerId, loan } = await story.loanUntil('awaiting_signatures');
  await story.sign(loan.id);
  await story.until(async () => ((await story.getLoan(loan.id)).status === 'active' ? true : undefined));
  await story.pay(loan.id);
  rememberScene<Loan>(sandbox, loan);
  return { customerId };
}

/**
 * A reload, or a visit a week later: the journey opens at the loan from server state alone, with
 * the loan id the partner kept from its `loan.created` webhook. The first event says where it
 * starts (`previous: null`), and nothing that happened before is reported again.
 */
export const ResumesAtTheLoan: Story = {
  parameters: { dinie: { seed: activeLoan } satisfies DinieStoryParameters },
  render: (args, { loaded }) => (
    <CreditJourney {...args} loanId={sceneOf<Loan>(loadedDinie(loaded).sandbox).id} />
  ),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expectStep(canvasElement, 'repaying');
    await expect(await canvas.findByText('1 de 6 pagas')).toBeVisible();
    await expect(canvas.getByRole('list', { name: 'Andamento do empréstimo' })).toBeVisible();
    await expect(eventsOf(args.onEvent)).toEqual([
      expect.objectContaining({ type: 'journey.step_changed', step: 'repaying', previous: null, version: 1 }),
    ]);
  },
};

/** Without the loan id and without an event stream, an accepted offer is all the page can know: said plainly. */
export const ResumesWithoutTheLoanId: Story = {
  parameters: { dinie: { seed: activeLoan } satisfies DinieStoryParameters },
  play: async ({ canvasElement }) => {
    await expectStep(canvasElement, 'contracted');
    await expect(within(canvasElement).getByText('Seu empréstimo está em andamento')).toBeVisible();
  },
};

/** English, dark, at the start. */
export const EnglishDark: Story = {
  parameters: { dinie: { locale: 'en', colorScheme: 'dark' } satisfies DinieStoryParameters },
  play: async ({ canvasElement, args }) => {
    await expectStep(canvasElement, 'register');
    await expect(within(canvasElement).getByRole('button', { name: 'Leave' })).toBeVisible();
    await expect(eventsOf(args.onEvent)).toEqual([
      expect.objectContaining({ type: 'journey.step_changed', step: 'register', previous: null }),
    ]);
  },
};
