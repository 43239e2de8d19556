import { type BrowserStack, shopAtTheOffer } from './browserStack.ts';
import type { BenchResult } from './results.ts';

const DRAG_MS = 2000;
const MOVE_EVERY_MS = 20;

/**
 * Simulation requests a borrower's 2-second drag of the amount slider sends to Dinie: on the
 * demo's React page at the offer, a mouse drag across the slider for `DRAG_MS` with a move every
 * `MOVE_EVERY_MS`, counting `POST …/simulations` from the drag's start until the simulator shows
 * Dinie's figures again.
 */
export async function measureSimulationDrag(stack: BrowserStack): Promise<BenchResult> {
  const { context, page } = await shopAtTheOffer(stack, 'Empório do Arrasto');
  try {
    let simulations = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && /\/simulations$/.test(new URL(request.url()).pathname))
        simulations += 1;
    });
    await page.goto('/react');
    await page.getByRole('button', { name: 'Simular empréstimo' }).click({ timeout: 60_000 });
    const simulator = page.locator('.dinie-simulator').first();
    await simulator.and(page.locator('[data-state="current"]')).waitFor({ timeout: 60_000 });
    const slider = simulator.locator('input[type="range"]');
    const box = await slider.boundingBox();
    if (!box) throw new Error('The amount slider is not on screen.');

    const before = simulations;
    const startValue = await slider.inputValue();
    const y = box.y + box.height / 2;
    const from = box.x + 4;
    const span = box.width - 8;
    await page.mouse.move(from, y);
    await page.mouse.down();
    const started = Date.now();
    let moves = 0;
    for (let elapsed = 0; elapsed < DRAG_MS; elapsed = Date.now() - started) {
      // Back and forth across the slider, as a borrower hunting for an amount does.
      const phase = (elapsed / 1000) % 2;
      await page.mouse.move(from + span * (phase < 1 ? phase : 2 - phase), y);
      moves += 1;
      await page.waitForTimeout(MOVE_EVERY_MS);
    }
    await page.mouse.up();
    if ((await slider.inputValue()) === startValue)
      throw new Error('The drag did not move the amount slider.');
    await simulator.and(page.locator('[data-state="current"]')).waitFor({ timeout: 60_000 });
    const sent = simulations - before;
    return {
      name: 'Simulation requests per 2-s slider drag',
      results: [
        { metric: 'POST /simulations sent for one drag', value: sent, unit: 'requests', target: '≤ 2' },
        { metric: 'mouse moves in the drag', value: moves, unit: 'moves', target: null },
      ],
      notes: [
        `A ${DRAG_MS} ms drag back and forth across the amount slider on the demo's React page, each mouse move followed by a ${MOVE_EVERY_MS} ms pause (how many moves fit is machine-bound); counted until the simulator shows Dinie's figures again.`,
      ],
    };
  } finally {
    await context.close();
  }
}
