import type { BrowserContext, FrameLocator, Locator, Page } from 'playwright';
import { SAMPLE_PDF, type ShopOwner } from './fixtures.ts';

/** Where the journey renders: the partner's page itself (React) or the embed's iframe. */
export type JourneyRoot = Page | FrameLocator;

/** Bound for anything that waits on the server; the sandbox moves at once (`stepMs: 0`). */
export const STEP_TIMEOUT_MS = 20_000;

/** Waits until a locator is visible. */
export function visible(locator: Locator): Promise<void> {
  return locator.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
}

/** The partner's sign-up: a new shop, signed in, sent to `path` (`/react` or `/embed`). */
export async function signUp(page: Page, shop: string, path: '/react' | '/embed'): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Nome da loja').fill(shop);
  await page.getByRole('button', { name: 'Criar loja e entrar' }).click();
  await page.waitForURL('**/react', { timeout: STEP_TIMEOUT_MS });
  if (path !== '/react') await page.goto(path);
}

/** Fills and sends the registration form. */
export async function register(root: JourneyRoot, owner: ShopOwner): Promise<void> {
  await visible(root.getByLabel('CPF'));
  await root.getByLabel('CPF').fill(owner.cpf);
  await root.getByLabel('Nome completo').fill(owner.name);
  await root.getByLabel('E-mail').fill(owner.email);
  await root.getByLabel('Celular').fill(owner.phone);
  await root.getByLabel(/^CNPJ/).fill(owner.cnpj);
  await root.getByLabel(/^Nome fantasia/).fill(owner.tradingName);
  await root.getByRole('button', { name: 'Continuar' }).click();
}

/** Uploads each document the KYC list asks for (a CNPJ borrower: CCMEI, CNH, selfie). */
export async function uploadDocuments(root: JourneyRoot, types = ['ccmei', 'cnh', 'selfie']): Promise<void> {
  await visible(root.getByRole('heading', { name: 'Documentos e verificação' }));
  for (const type of types) {
    const row = root.locator(`.dinie-kyc__item[data-type="${type}"]`);
    await row
      .getByLabel(/Escolher arquivo/)
      .setInputFiles({ name: `${type}.pdf`, mimeType: 'application/pdf', buffer: SAMPLE_PDF });
    await row.and(root.locator('[data-state="submitted"]')).waitFor({ timeout: STEP_TIMEOUT_MS });
  }
}

/**
 * Does the biometrics "on this device": the dialog's link opens Dinie's capture page in a new tab,
 * where the borrower completes it; the journey moves on by itself. Answers the capture tab.
 */
export async function biometrics(root: JourneyRoot, context: BrowserContext): Promise<Page> {
  await root.getByRole('button', { name: 'Fazer biometria' }).click();
  const dialog = root.getByRole('dialog', { name: 'Biometria facial' });
  await visible(dialog);
  const [capture] = await Promise.all([
    context.waitForEvent('page', { timeout: STEP_TIMEOUT_MS }),
    dialog.getByRole('link', { name: /Continuar por aqui/ }).click(),
  ]);
  await capture.getByRole('button', { name: 'Concluir captura' }).click();
  // The form posts, then lands on the "done" page. Waiting for that page, not for a load state
  // the old page already had, keeps a caller's close() out of the navigation: Chromium can drop a
  // close that races a navigation commit, and page.close() then never returns.
  await capture
    .getByRole('status')
    .filter({ hasText: 'Sua biometria foi enviada' })
    .waitFor({ timeout: STEP_TIMEOUT_MS });
  return capture;
}

/** From the offer to the simulator: picks the offer, lets Dinie price it, and contracts what is shown. */
export async function simulate(root: JourneyRoot, amount: string): Promise<void> {
  await root.getByRole('button', { name: 'Simular empréstimo' }).click();
  const simulator = root.locator('.dinie-simulator').first();
  await visible(simulator);
  await simulator.getByLabel('Valor do empréstimo').fill(amount);
  await simulator.and(root.locator('[data-state="current"]')).waitFor({ timeout: STEP_TIMEOUT_MS });
}

/** Contracts the simulation on screen: "Contratar", then the terms reviewed and confirmed. */
export async function contract(root: JourneyRoot): Promise<void> {
  await root.getByRole('button', { name: 'Contratar' }).click();
  await visible(root.getByRole('heading', { name: 'Confira antes de contratar' }));
  await root.getByRole('checkbox', { name: 'Li e concordo com as condições acima.' }).check();
  await root.getByRole('button', { name: 'Confirmar contratação' }).click();
}

/**
 * Signs the contract on Dinie's signing page: in the journey's dialog when it frames the page,
 * else in the tab it opens. Answers the page the signature happened on.
 */
export async function sign(root: JourneyRoot, context: BrowserContext): Promise<'dialog' | 'tab'> {
  // A button that opens the dialog, or (in a narrow page or the embed) a link to a new tab.
  const start = root
    .getByRole('button', { name: 'Assinar contrato' })
    .or(root.getByRole('link', { name: /Assinar contrato/ }))
    .first();
  await visible(start);
  const tab = context.waitForEvent('page', { timeout: STEP_TIMEOUT_MS }).catch(() => null);
  await start.click();
  const dialog = root.getByRole('dialog', { name: 'Assinatura do contrato' });
  const opened = await Promise.race([
    dialog.waitFor({ timeout: STEP_TIMEOUT_MS }).then(() => 'dialog' as const),
    tab.then((page) => (page ? ('tab' as const) : null)),
  ]);
  if (opened === 'dialog') {
    const frame = dialog.frameLocator('iframe[title="Assinatura eletrônica do contrato"]');
    const button = frame.getByRole('button', { name: 'Assinar contrato' });
    await visible(button);
    // The dialog slides in (160 ms). The frame is Dinie's, on another origin, and Playwright's
    // "stable" check sees only the button inside it: a click aimed while the dialog still moved
    // sometimes reached the page around the frame, which closed the dialog and opened it again
    // with a fresh frame, and the signature was lost. A person cannot click that fast.
    // Its own animations only: the spinner inside turns for ever.
    await dialog.evaluate((element) =>
      Promise.all(element.getAnimations().map((animation) => animation.finished)),
    );
    await button.click();
    // The dialog closes by itself once Dinie reports the contract signed.
    await dialog.waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
    return 'dialog';
  }
  const page = await tab;
  if (!page) throw new Error('Neither a signing dialog nor a signing tab opened.');
  await page.getByRole('button', { name: 'Assinar contrato' }).click();
  // Closed only once the "signed" page is in (see biometrics above).
  await page
    .getByRole('status')
    .filter({ hasText: 'Contrato assinado' })
    .waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.close();
  return 'tab';
}

/** Waits for the money to be out: the installments table is on screen. */
export async function disbursed(root: JourneyRoot): Promise<Locator> {
  const schedule = root.getByRole('table', { name: /Parcelas do empréstimo/ });
  await visible(schedule);
  return schedule;
}
