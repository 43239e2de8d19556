import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DinieTheme } from '../theme/DinieTheme.tsx';
import { TextField } from './TextField.tsx';

function Field({ error }: { error?: string | undefined }) {
  return (
    <DinieTheme>
      <TextField
        id="email"
        label="E-mail"
        hint="Para avisos"
        value=""
        onValueChange={() => {}}
        error={error}
      />
    </DinieTheme>
  );
}

describe('<TextField>', () => {
  it('keeps a polite live region in the page before any error, so one shown on blur is announced', () => {
    const { rerender } = render(<Field />);
    const input = screen.getByLabelText('E-mail');
    const region = document.getElementById('email-error');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toBeEmptyDOMElement();
    expect(input).toHaveAttribute('aria-describedby', 'email-hint');
    expect(input).not.toHaveAttribute('aria-invalid');

    rerender(<Field error="Informe um e-mail válido." />);
    // The same node, now filled: a region inserted along with its text is often not read out.
    expect(document.getElementById('email-error')).toBe(region);
    expect(region).toHaveTextContent('Informe um e-mail válido.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Para avisos.*Informe um e-mail válido\./);
  });
});
