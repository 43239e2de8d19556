import { DinieProvider } from '@dinie-embed/react';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createStorySandbox } from '../storybook/createStorySandbox.ts';
import { Onboarding } from './Onboarding.tsx';

describe('<Onboarding> when the proxy cannot be reached', () => {
  it('offers the borrower a retry, logs a hint for the developer, and goes on once it works', async () => {
    const sandbox = createStorySandbox();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let reachable = false;
    // What the README's fetchSessionToken throws while the dev server does not forward /dinie.
    const fetchSessionToken = vi.fn(async () => {
      if (!reachable) throw new Error('POST /dinie/session answered 404');
      return sandbox.sessionToken();
    });
    try {
      render(
        <DinieProvider
          baseUrl={sandbox.baseUrl}
          fetch={sandbox.fetch}
          fetchSessionToken={fetchSessionToken}
          queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
          events={false}
        >
          <Onboarding />
        </DinieProvider>,
      );
      const retry = await screen.findByRole('button', { name: 'Tentar de novo' });
      expect(screen.getByRole('alert')).toHaveTextContent('Algo deu errado');
      // The hint's wording loads on demand: it is logged a moment after the failure.
      await waitFor(() =>
        expect(
          logged.mock.calls.some(([message]) =>
            /^Dinie Embed: fetchSessionToken\(\) failed/.test(String(message)),
          ),
        ).toBe(true),
      );

      reachable = true;
      await userEvent.click(retry);
      expect(await screen.findByRole('heading', { name: 'Faça seu cadastro' })).toBeInTheDocument();
    } finally {
      logged.mockRestore();
    }
  });
});
