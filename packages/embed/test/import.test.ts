import { describe, expect, it } from 'vitest';

describe('the ES module on a server', () => {
  it('does nothing when imported, and mount says it needs a browser', async () => {
    const embed = await import('../src/index.ts');
    expect(typeof document).toBe('undefined');
    expect(() =>
      embed.mount({} as Element, {
        frameUrl: 'https://partner.example/dinie/embed/',
        fetchSessionToken: async () => 't',
      }),
    ).toThrow(expect.objectContaining({ name: 'EmbedError', code: 'NOT_IN_BROWSER' }));
  });
});
