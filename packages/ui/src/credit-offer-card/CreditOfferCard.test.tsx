import type { CreditOffer } from '@dinie-embed/api';
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CreditOfferCard } from './CreditOfferCard.tsx';

const NOW = Date.parse('2026-03-02T12:00:00Z');

function offer(validForMs: number, status: CreditOffer['status'] = 'available'): CreditOffer {
  return {
    id: 'co_1',
    customer_id: 'cust_1',
    status,
    approved_amount: '50000.00',
    min_amount: '5000.00',
    interest_rate: 2.5,
    min_installments: 3,
    max_installments: 12,
    due_date_rule: null,
    valid_until: new Date(NOW + validForMs).toISOString(),
    created_at: '2026-03-01T12:00:00Z',
    updated_at: '2026-03-01T12:00:00Z',
  };
}

describe('<CreditOfferCard>', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('shows the validity date far from the end, and no countdown', () => {
    render(<CreditOfferCard offer={offer(10 * 86_400_000)} onSelect={() => {}} />);
    expect(screen.getByText(/^Válida até 12\/03\/2026/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Simular empréstimo' })).toBeEnabled();
  });

  it('counts down in its last day and turns expired at valid_until, before any event', () => {
    render(<CreditOfferCard offer={offer(90 * 60_000)} onSelect={() => {}} />);
    expect(screen.getByText('Expira em 1 h 30 min')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(60 * 60_000));
    expect(screen.getByText('Expira em 30 min')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(30 * 60_000 + 1000));
    expect(screen.getByRole('article')).toHaveAttribute('data-state', 'expired');
    expect(screen.getByText(/^Expirou em/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows an accepted offer without a button', () => {
    render(<CreditOfferCard offer={offer(86_400_000 * 3, 'accepted')} onSelect={() => {}} />);
    expect(screen.getByText('Contratada')).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
