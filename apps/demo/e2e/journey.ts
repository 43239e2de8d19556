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
    dialog.getByRole('link', { name: /Continuar neste dispositivo/ }).click(),
  ]);
  await capture.getByRole('button', { name: 'Concluir captura' }).click();
  await capture.waitForLoadState();
  return capture;
}
