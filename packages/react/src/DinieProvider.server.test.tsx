// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { DinieProvider, useCustomer, useDinieEvents, useJourney } from './index.ts';

function Step() {
  const { step } = useJourney();
  const { status } = useDinieEvents();
  const customer = useCustomer();
  return (
    <p data-state={step}>
      {status} {customer.status}
    </p>
  );
}

describe('<DinieProvider> on a server', () => {
  it('imports without a DOM and renders to a string without fetching anything', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const fetchSessionToken = vi.fn(async () => 'token');
    const fetchImpl = vi.fn<typeof fetch>();
    const html = renderToString(
      <DinieProvider baseUrl="/dinie" fetchSessionToken={fetchSessionToken} fetch={fetchImpl}>
        <Step />
      </DinieProvider>,
    );
    expect(html).toBe('<p data-state="loading">closed<!-- --> <!-- -->pending</p>');
    expect(fetchSessionToken).not.toHaveBeenCalled();
    expect(fetchImpl).not.toHaveBeenCalled();
  });
});
