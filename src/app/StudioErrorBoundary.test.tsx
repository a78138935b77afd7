// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { StudioErrorBoundary } from './StudioErrorBoundary';

afterEach(cleanup);

function Broken(): never {
  throw new Error('recipe.params is undefined');
}

it('shows what broke and a way back instead of a blank page', () => {
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  render(
    <StudioErrorBoundary>
      <Broken />
    </StudioErrorBoundary>,
  );
  expect(screen.getByRole('alert').textContent).toContain('recipe.params is undefined');
  expect(screen.getByRole('alert').textContent).toContain('reloading brings them back');
  expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  logged.mockRestore();
});

it('draws its children when nothing throws', () => {
  render(
    <StudioErrorBoundary>
      <p>studio</p>
    </StudioErrorBoundary>,
  );
  expect(screen.getByText('studio')).toBeTruthy();
  expect(screen.queryByRole('alert')).toBeNull();
});
