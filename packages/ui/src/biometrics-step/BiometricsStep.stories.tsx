import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { STORY_NOW } from '../storybook/storyClock.ts';
import { type DinieStoryParameters, dinieLoader, loadedDinie, withDinie } from '../storybook/withDinie.tsx';
import { BiometricsStep } from './BiometricsStep.tsx';

const registered: DinieStoryParameters = {
  seed: async (sandbox) => ({ customerId: (await sandbox.registerCustomer()).id }),
};

const meta = {
  title: 'Onboarding/BiometricsStep',
  component: BiometricsStep,
  args: { customerId: '', mode: 'handoff', onComplete: fn() },
  loaders: [dinieLoader],
  decorators: [withDinie],
  parameters: { dinie: registered },
  render: (args, { loaded }) => (
    <BiometricsStep {...args} customerId={loadedDinie(loaded).customerId ?? ''} />
  ),
} satisfies Meta<typeof BiometricsStep>;
export default meta;

type Story = StoryObj<typeof meta>;

// The dialog is portalled to <body>, outside the story's canvas.
const page = () => within(document.body);

/** Closed: the button that opens the capture. */
export const Closed: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Fazer biometria' })).toBeVisible();
  },
};

/** On a desktop: a QR code of the session to continue on a phone, a link to continue here, and a live "waiting for your phone" status. */
export const WaitingForPhone: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Fazer biometria' }));
    const dialog = await page().findByRole('dialog', { name: 'Biometria facial' });
    await waitFor(() => expect(dialog).toHaveAttribute('data-state', 'waiting'), { timeout: 5000 });
    const qr = within(dialog).getByRole('img', { name: 'Código QR para abrir a biometria no celular' });
    const link = within(dialog).getByRole('link', { name: /Continuar por aqui/ });
    await expect(link).toHaveAttribute('href', qr.getAttribute('data-value'));
    await expect(link.getAttribute('href')).toMatch(/\/sandbox\/biometrics\//);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(within(dialog).getByRole('status')).toHaveTextContent('Aguardando seu celular…');
  },
};

/**
 * Under a nonce-based Content-Security-Policy: the one `<style>` element the open dialog's scroll
 * lock adds carries the nonce given to `<DinieTheme>`, so `style-src 'nonce-…'` admits it.
 */
export const WithCspNonce: Story = {
  parameters: { dinie: { ...registered, nonce: 'story-nonce-3f9a' } },
  play: async ({ canvasElement }) => {
    const before = new Set(document.querySelectorAll('style'));
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Fazer biometria' }));
    await page().findByRole('dialog', { name: 'Biometria facial' });
    const added = [...document.querySelectorAll('style')].filter((style) => !before.has(style));
    await expect(added.length).toBeGreaterThan(0);
    for (const style of added) await expect(style.nonce).toBe('story-nonce-3f9a');
  },
};

/** Keyboard only: Enter opens, Tab stays inside the dialog, Escape closes and gives focus back. */
export const KeyboardOnly: Story = {
  play: async ({ canvasElement }) => {
    const trigger = within(canvasElement).getByRole('button', { name: 'Fazer biometria' });
    await userEvent.tab();
    await expect(trigger).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const dialog = await page().findByRole('dialog', { name: 'Biometria facial' });
    await waitFor(() => expect(dialog).toHaveAttribute('data-state', 'waiting'), { timeout: 5000 });
    for (let step = 0; step < 4; step++) {
      await userEvent.tab();
      await expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(page().queryByRole('dialog')).toBeNull());
    await expect(trigger).toHaveFocus();
  },
};

/** The capture completes on the phone (here through the test helper): the dialog moves on by itself. */
export const CompletesByItself: Story = {
  play: async ({ canvasElement, loaded, args }) => {
    const { sandbox, customerId } = loadedDinie(loaded);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Fazer biometria' }));
    const dialog = await page().findByRole('dialog', { name: 'Biometria facial' });
    await waitFor(() => expect(dialog).toHaveAttribute('data-state', 'waiting'), { timeout: 5000 });
    await sandbox.completeBiometrics(customerId ?? '');
    await waitFor(() => expect(dialog).toHaveAttribute('data-state', 'done'), { timeout: 5000 });
    await expect(within(dialog).getByRole('status')).toHaveTextContent('Biometria recebida');
    const next = within(dialog).getByRole('button', { name: 'Continuar' });
    await waitFor(() => expect(next).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(page().queryByRole('dialog')).toBeNull());
    await expect(args.onComplete).toHaveBeenCalledOnce();
  },
};

/**
 * On a phone: the capture runs in the dialog, in an iframe allowed to use the camera. The frame
 * shows the sandbox's capture page, and finishing there moves the dialog on.
 */
export const OnAPhone: Story = {
  args: { mode: 'embedded', defaultOpen: true },
  parameters: {
    a11y: { options: { iframes: false } },
    dinie: { ...registered, framePages: true } satisfies DinieStoryParameters,
  },
  play: async () => {
    const dialog = await page().findByRole('dialog', { name: 'Biometria facial' });
    await waitFor(() => expect(dialog).toHaveAttribute('data-state', 'capturing'));
    const frame = dialog.querySelector('iframe') as HTMLIFrameElement;
    await expect(frame).toHaveAttribute('allow', 'camera');
    await expect(frame).toHaveAttribute('title', 'Captura da biometria facial');
    // The capture page itself, not a browser error page.
    const capture = await waitFor(() => {
      const button = frame.contentDocument?.querySelector('button');
      if (!button) throw new Error('The capture page has not loaded.');
      return button;
    });
    await expect(capture).toHaveTextContent('Concluir captura');
    capture.click();
    await waitFor(() => expect(dialog).toHaveAttribute('data-state', 'done'), { timeout: 5000 });
  },
};

/** A session was opened elsewhere (another tab or the phone, 409): where to finish, moving on by itself; retry as a second choice. */
export const AlreadyOpenElsewhere: Story = {
  args: { defaultOpen: true },
  parameters: {
    dinie: {
      seed: async (sandbox) => {
        const customer = await sandbox.registerCustomer();
        await sandbox.client.customers.createBiometricsSession(customer.id);
        return { customerId: customer.id };
      },
    } satisfies DinieStoryParameters,
  },
  play: async ({ loaded }) => {
    const { sandbox, customerId } = loadedDinie(loaded);
    const dialog = await page().findByRole('dialog', { name: 'Biometria facial' });
    await waitFor(() => expect(dialog).toHaveAttribute('data-state', 'elsewhere'));
    // Not an error: a status that says where to finish, with a later retry as a second choice.
    await expect(within(dialog).queryByRole('alert')).toBeNull();
    await expect(within(dialog).getByRole('status')).toHaveTextContent(/Biometria já iniciada/);
    await expect(within(dialog).getByRole('status')).toHaveTextContent(/avança sozinha/);
    await expect(within(dialog).getByRole('button', { name: 'Tentar de novo' })).toBeEnabled();
    // Finishing on the other device moves this dialog on by itself.
    await sandbox.completeBiometrics(customerId ?? '');
    await waitFor(() => expect(dialog).toHaveAttribute('data-state', 'done'), { timeout: 5000 });
  },
};

/** The session expired before the borrower finished: a new code on request. */
export const Expired: Story = {
  args: { defaultOpen: true },
  parameters: {
    dinie: {
      ...registered,
      sandbox: { startAt: new Date(Date.parse(STORY_NOW) - 3_600_000) },
    } satisfies DinieStoryParameters,
  },
  play: async () => {
    const dialog = await page().findByRole('dialog', { name: 'Biometria facial' });
    await waitFor(() => expect(dialog).toHaveAttribute('data-state', 'expired'));
    await waitFor(() => expect(within(dialog).getByText('O código expirou.')).toBeVisible());
    await expect(within(dialog).getByRole('button', { name: 'Gerar novo código' })).toBeEnabled();
  },
};

/** English, dark. */
export const EnglishDark: Story = {
  args: { defaultOpen: true },
  parameters: { dinie: { ...registered, locale: 'en', colorScheme: 'dark' } satisfies DinieStoryParameters },
  play: async () => {
    const dialog = await page().findByRole('dialog', { name: 'Face verification' });
    await waitFor(() => expect(dialog).toHaveAttribute('data-state', 'waiting'), { timeout: 5000 });
    await expect(dialog).toHaveAttribute('data-color-scheme', 'dark');
    await expect(within(dialog).getByRole('status')).toHaveTextContent('Waiting for your phone…');
  },
};
