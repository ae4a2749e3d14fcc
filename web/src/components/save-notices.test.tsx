// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error.js';
import { I18nProvider } from '../i18n/i18n-context.js';
import { SaveNotices } from './save-notices.js';

function renderNotices(error: ApiError | null, nothingChanged = false) {
  const onReload = vi.fn();
  render(
    <I18nProvider>
      <SaveNotices
        error={error}
        nothingChanged={nothingChanged}
        staleText="Someone else changed this."
        reloadLabel="Load it again"
        onReload={onReload}
      />
    </I18nProvider>,
  );
  return { onReload };
}

describe('what became of saving an edit', () => {
  afterEach(cleanup);

  it('offers to read the record again when someone else changed it first, and shows no other error', () => {
    const { onReload } = renderNotices(new ApiError(412, 'VERSION_MISMATCH', 'Someone changed the order.'));
    expect(screen.getByRole('alert').textContent).toContain('Someone else changed this.');
    fireEvent.click(screen.getByRole('button', { name: 'Load it again' }));
    expect(onReload).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/Someone changed the order/)).toBeNull();
  });

  it('shows a refusal that names no field, and leaves the ones naming a field to the form', () => {
    renderNotices(new ApiError(409, 'CONFIG_LOCKED', 'The configuration is locked.'));
    expect(screen.getByRole('alert').textContent).toContain('The configuration is locked.');
    cleanup();
    const field = { path: 'customer.phone', code: 'invalid_phone', message: 'Not a mobile number.' };
    renderNotices(new ApiError(422, 'validation_failed', 'Refused.', [field]));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when the edit changed nothing', () => {
    renderNotices(null, true);
    expect(screen.getByRole('status').textContent).not.toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
    cleanup();
    renderNotices(null, false);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
