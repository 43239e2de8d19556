import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { samplePdf } from '../storybook/createStorySandbox.ts';
import { type DinieStoryParameters, dinieLoader, loadedDinie, withDinie } from '../storybook/withDinie.tsx';
import { DocumentUpload } from './DocumentUpload.tsx';

const registered: DinieStoryParameters = {
  seed: async (sandbox) => ({ customerId: (await sandbox.registerCustomer()).id }),
};

const meta = {
  title: 'Onboarding/DocumentUpload',
  component: DocumentUpload,
  args: { customerId: '', type: 'cnh', label: 'CNH' },
  loaders: [dinieLoader],
  decorators: [withDinie],
  parameters: { dinie: registered },
  render: (args, { loaded }) => (
    <div className="dinie-story-narrow">
      <DocumentUpload {...args} customerId={loadedDinie(loaded).customerId ?? ''} />
    </div>
  ),
} satisfies Meta<typeof DocumentUpload>;
export default meta;

type Story = StoryObj<typeof meta>;

/** How long an upload may take: the first one also loads the upload code on demand, which a busy machine serves slowly. */
const UPLOADED = { timeout: 10_000 };

const input = (canvasElement: HTMLElement) => within(canvasElement).getByLabelText(/Escolher arquivo/);
const root = (canvasElement: HTMLElement) => canvasElement.querySelector('.dinie-upload') as HTMLElement;

/** Nothing chosen yet: drop zone, picker and the accepted types. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'idle');
    await expect(input(canvasElement)).toHaveAccessibleName('Escolher arquivo (CNH)');
    await expect(input(canvasElement)).toHaveAccessibleDescription('PDF, JPG ou PNG, até 10 MB.');
    await expect(input(canvasElement)).toHaveAttribute('accept', 'application/pdf,image/jpeg,image/png');
  },
};

/** A file of another type is refused before sending, naming the file. */
export const WrongType: Story = {
  play: async ({ canvasElement }) => {
    const file = new File(['hello'], 'notas.txt', { type: 'text/plain' });
    await userEvent.upload(input(canvasElement), file, { applyAccept: false });
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'invalid');
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(
      '“notas.txt” não é PDF, JPG ou PNG.',
    );
    await expect(input(canvasElement)).toHaveAttribute('aria-invalid', 'true');
  },
};

/** A file over 10 MB is refused before sending, with its size. */
export const TooLarge: Story = {
  play: async ({ canvasElement }) => {
    const file = samplePdf('extrato.pdf', 11 * 1024 * 1024);
    await userEvent.upload(input(canvasElement), file);
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(
      '“extrato.pdf” tem 11 MB. O limite é 10 MB.',
    );
  },
};

/** Dragging a file over the drop zone, then dropping it, uploads it. */
export const DragAndDrop: Story = {
  play: async ({ canvasElement }) => {
    const zone = canvasElement.querySelector('.dinie-upload__dropzone') as HTMLElement;
    const transfer = new DataTransfer();
    transfer.items.add(samplePdf('cnh.pdf'));
    const drag = (type: string) =>
      zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    drag('dragenter');
    drag('dragover');
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'dragging'));
    await expect(zone).toHaveTextContent('Solte o arquivo para enviar');
    drag('drop');
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'success'), UPLOADED);
  },
};

/** Upload in progress: a progress bar with its value in words, and cancel; after cancelling, retry. */
export const InProgress: Story = {
  parameters: { dinie: { ...registered, uploadBytesPerTick: 24 * 1024 } satisfies DinieStoryParameters },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(input(canvasElement), samplePdf('cnh-frente.pdf', 2 * 1024 * 1024));
    const bar = await canvas.findByRole('progressbar', { name: 'Progresso do envio' });
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'uploading');
    await waitFor(() => expect(Number(bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0));
    await expect(bar).toHaveAttribute('aria-valuetext', expect.stringMatching(/^\d+% enviado$/));
    await expect(canvas.getByRole('status')).toHaveTextContent('Enviando “cnh-frente.pdf”');

    await userEvent.click(canvas.getByRole('button', { name: 'Cancelar envio' }));
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'cancelled'));
    await expect(canvas.getByRole('status')).toHaveTextContent('Envio cancelado.');

    await userEvent.click(canvas.getByRole('button', { name: /Tentar de novo/ }));
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'uploading'));
  },
};

/** Uploaded: the file with a check, and "change file" to replace it. */
export const Uploaded: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(input(canvasElement), samplePdf('cnh.pdf'));
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'success'), UPLOADED);
    await expect(canvas.getByRole('status')).toHaveTextContent('“cnh.pdf” enviado.');
    const { sandbox, customerId } = loadedDinie(loaded);
    const customer = await sandbox.getCustomer(customerId ?? '');
    await expect(customer.kyc.find((item) => item.type === 'cnh')?.status).toBe('submitted');
    await expect(canvas.getByLabelText(/Trocar arquivo/)).toBeInTheDocument();
  },
};

/**
 * The server refuses the file as too large (413; here its limit is lower than ours): said in
 * words, and since sending it again cannot help, no retry: focus goes to choosing another file.
 */
export const ServerError: Story = {
  parameters: { dinie: { ...registered, sandbox: { maxUploadBytes: 64 } } satisfies DinieStoryParameters },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(input(canvasElement)).toHaveFocus();
    await userEvent.upload(input(canvasElement), samplePdf('cnh.pdf', 1024));
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'error'));
    await expect(canvas.getByRole('alert')).toHaveTextContent('Não foi possível enviar “cnh.pdf”.');
    await expect(canvas.getByRole('alert')).toHaveTextContent('O arquivo é maior do que o permitido.');
    await expect(canvas.queryByRole('button', { name: /Tentar de novo/ })).toBeNull();
    await waitFor(() => expect(input(canvasElement)).toHaveFocus());
  },
};

/**
 * Keyboard only: each control that had the focus is replaced as the upload moves on, and the
 * focus follows: Cancel while sending, Retry once cancelled, the replace picker after success.
 */
export const KeyboardFocus: Story = {
  parameters: { dinie: { ...registered, uploadBytesPerTick: 24 * 1024 } satisfies DinieStoryParameters },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(input(canvasElement)).toHaveFocus();
    await userEvent.upload(input(canvasElement), samplePdf('cnh-frente.pdf', 2 * 1024 * 1024));
    const cancel = await canvas.findByRole('button', { name: 'Cancelar envio' });
    await waitFor(() => expect(cancel).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'cancelled'));
    await waitFor(() => expect(canvas.getByRole('button', { name: /Tentar de novo/ })).toHaveFocus());
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Cancelar envio' })).toHaveFocus());
  },
};

/** Keyboard only, to the end: after a success the focus is on the picker that replaces the file. */
export const KeyboardFocusSuccess: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await userEvent.upload(input(canvasElement), samplePdf('cnh.pdf'));
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'success'), UPLOADED);
    await waitFor(() => expect(within(canvasElement).getByLabelText(/Trocar arquivo/)).toHaveFocus());
  },
};

/** On a phone: "take photo" opens the camera (`capture`), front-facing for a selfie. */
export const PhoneCamera: Story = {
  args: { type: 'selfie', label: 'Selfie', camera: 'always' },
  play: async ({ canvasElement }) => {
    const camera = within(canvasElement).getByLabelText(/Tirar foto/);
    await expect(camera).toHaveAttribute('capture', 'user');
    await expect(camera).toHaveAttribute('accept', 'image/jpeg,image/png');
  },
};

/** A photo drawn in the page: `shade` sets how light it is, `sharp` whether it has crisp edges. */
async function photo(name: string, shade: number, sharp: boolean): Promise<File> {
  const canvas = new OffscreenCanvas(1000, 750);
  const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
  context.fillStyle = `rgb(${shade} ${shade} ${shade})`;
  context.fillRect(0, 0, 1000, 750);
  context.fillStyle = `rgb(${shade / 5} ${shade / 5} ${shade / 5})`;
  for (let line = 0; line < 30; line++) context.fillRect(80, 60 + line * 22, 840, sharp ? 6 : 0);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new File([blob], name, { type: 'image/png' });
}

/** Framing help before anything is chosen: how to frame the document, one good and one bad example. */
export const CaptureGuidance: Story = {
  play: async ({ canvasElement }) => {
    const guide = canvasElement.querySelector('.dinie-upload__guide') as HTMLElement;
    await expect(guide).toHaveTextContent(/Abra a CNH e fotografe a frente inteira/);
    await expect(guide).toHaveTextContent(/Assim: os quatro cantos aparecem/);
    await expect(guide).toHaveTextContent(/Evite: documento cortado/);
  },
};

/** A photo too dark to read is caught before sending, with why; the borrower may still send it. */
export const DarkPhotoCaught: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.upload(input(canvasElement), await photo('cnh.png', 20, true));
    const alert = await within(canvasElement).findByRole('alert');
    await expect(alert).toHaveTextContent('“cnh.png” está escura demais.');
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'invalid');
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Enviar mesmo assim' }));
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'success'), UPLOADED);
  },
};

/** A blurred photo is caught too; a sharp, well-lit one goes straight through. */
export const BlurredThenSharp: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.upload(input(canvasElement), await photo('tremida.png', 200, false));
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent(
      '“tremida.png” parece tremida ou fora de foco.',
    );
    await userEvent.upload(input(canvasElement), await photo('nitida.png', 220, true));
    await waitFor(() => expect(root(canvasElement)).toHaveAttribute('data-state', 'success'), UPLOADED);
  },
};

/** English: the same drop zone, in the borrower's other language. */
export const English: Story = {
  parameters: { dinie: { ...registered, locale: 'en' } satisfies DinieStoryParameters },
  play: async ({ canvasElement }) => {
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'idle');
    const picker = within(canvasElement).getByLabelText(/Choose file/);
    await expect(picker).toHaveAccessibleDescription('PDF, JPG or PNG, up to 10 MB.');
  },
};
