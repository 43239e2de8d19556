import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { version as reactVersion } from 'react';
import { version as reactDomVersion } from 'react-dom';
import { expect, test } from 'vitest';

// The hook suites run once per supported React major (projects `react` and `react@18`); this
// proves each run really renders with the React it claims, not a copy resolved by accident.
test('renders with the React major this run is for', () => {
  const expected = process.env.EXPECTED_REACT_MAJOR;
  expect(expected).toMatch(/^\d+$/);
  expect(reactVersion.split('.')[0]).toBe(expected);
  expect(reactDomVersion.split('.')[0]).toBe(expected);
  expect(new QueryClient()).toBeInstanceOf(QueryClient);
  render(<p>React {reactVersion}</p>);
  expect(screen.getByText(`React ${reactVersion}`)).toBeInTheDocument();
});
