// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FieldError } from '../api/api-error.js';
import { I18nProvider } from '../i18n/i18n-context.js';
import { emptyLeadDraft } from './lead-draft.js';
import { LeadForm } from './lead-form.js';

function renderForm(serverErrors: FieldError[] = []) {
  const onSubmit = vi.fn();
  render(
    <I18nProvider>
      <LeadForm
        initial={emptyLeadDraft()}
        serverErrors={serverErrors}
        pending={false}
        submitLabel="Save the lead"
        onSubmit={onSubmit}
      />
    </I18nProvider>,
  );
  return { onSubmit };
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const consent = () => screen.getByRole('checkbox', { name: /agrees to be contacted/ });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save the lead' }));

beforeEach(() => localStorage.setItem('ordergate.language', 'en'));
afterEach(cleanup);

describe('the lead form', () => {
  it('does not save a lead without a name, and says so at the name', () => {
    const { onSubmit } = renderForm();
    save();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText("Enter the customer's name.")).toBeTruthy();
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps a phone only with consent to contact, and clears it when consent is withdrawn', () => {
    const { onSubmit } = renderForm();
    type('Name', '王芳');
    type('Mobile number', '13900001234');
    save();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('A mobile number is kept only when the customer agrees to be contacted.')).toBeTruthy();
    fireEvent.click(consent());
    expect(screen.queryByText(/kept only when the customer agrees/)).toBeNull();
    fireEvent.click(consent());
    expect((screen.getByLabelText('Mobile number') as HTMLInputElement).value).toBe('');
  });

  it('checks the figures once a field is left', () => {
    renderForm();
    type('Household size', '12');
    expect(screen.queryByText('A household has 1 to 9 people.')).toBeNull();
    fireEvent.blur(screen.getByLabelText('Household size'));
    expect(screen.getByText('A household has 1 to 9 people.')).toBeTruthy();
    type('Daily distance (km)', 'forty');
    fireEvent.blur(screen.getByLabelText('Daily distance (km)'));
    expect(screen.getByText('Enter a whole number.')).toBeTruthy();
  });

  it('ranks the priorities in the order they are ticked, and reorders them', () => {
    const { onSubmit } = renderForm();
    type('Name', '王芳');
    fireEvent.click(screen.getByRole('checkbox', { name: /Space/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Safety/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Running cost/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Move Running cost up' }));
    expect(screen.getByRole('button', { name: 'Move Space up' })).toHaveProperty('disabled', true);
    save();
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ name: '王芳', priorities: ['space', 'running_cost', 'safety'] }),
    );
  });

  it("shows the server's refusal at the field it names, until the field changes", () => {
    renderForm([{ path: 'phone', code: 'phone_invalid', message: 'Not a mobile number.' }]);
    expect(screen.getByText('Not a mobile number.')).toBeTruthy();
    type('Mobile number', '139');
    expect(screen.queryByText('Not a mobile number.')).toBeNull();
  });
});
