// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_CATALOG } from '../../../src/main/demo/demo-catalog.js';
import { I18nProvider } from '../i18n/i18n-context.js';
import { emptyOrderForm, type OrderForm as OrderFormState } from './form-state.js';
import { OrderForm, type ServerFinding } from './order-form.js';
import { residentIdBornOn } from './test-models.js';

const NOW = new Date('2026-12-04T04:00:00Z');
const ADULT_ID = residentIdBornOn('19880808');

function renderForm(options: { serverFindings?: ServerFinding[]; initial?: OrderFormState } = {}) {
  const onSubmit = vi.fn();
  render(
    <I18nProvider>
      <OrderForm
        models={DEMO_CATALOG.models}
        initial={options.initial ?? emptyOrderForm(NOW)}
        editing={null}
        serverFindings={options.serverFindings ?? []}
        pending={false}
        submitLabel="Submit for verification"
        onSubmit={onSubmit}
        now={() => NOW}
      />
    </I18nProvider>,
  );
  return { onSubmit };
}

function choose(label: RegExp | string) {
  fireEvent.click(screen.getByRole('radio', { name: label }));
}

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function configureWhiteE7() {
  fireEvent.change(screen.getByLabelText('Model'), { target: { value: 'E7' } });
  choose(/E7 Long Range RWD/);
  choose(/Glacier White/);
  choose(/Black vegan leather/);
}

beforeEach(() => localStorage.setItem('ordergate.language', 'en'));
afterEach(cleanup);

describe('the order form', () => {
  it('offers the trims of the chosen model, and none out of production', () => {
    renderForm();
    fireEvent.change(screen.getByLabelText('Model'), { target: { value: 'C3' } });
    expect(screen.getByRole('radio', { name: /C3 1.5T Sport/ })).toHaveProperty('disabled', false);
    expect(screen.getByRole('radio', { name: /C3 Launch Edition \(not in production\)/ })).toHaveProperty(
      'disabled',
      true,
    );
  });

  it('offers only options the trim carries, saying why the others cannot be chosen', () => {
    renderForm();
    fireEvent.change(screen.getByLabelText('Model'), { target: { value: 'E7' } });
    choose(/E7 Standard Range RWD/);
    const cream = screen.getByRole('radio', { name: /Cream Nappa leather/ });
    expect(cream).toHaveProperty('disabled', true);
    expect(within(cream.closest('label') as HTMLElement).getByText('not on this trim')).toBeTruthy();
  });

  it('explains a missing requirement as it arises and fixes it in one click, with the price following', () => {
    renderForm();
    configureWhiteE7();
    expect(screen.getByTestId('price-total').textContent).toBe('¥259,800.00');
    fireEvent.click(screen.getByRole('checkbox', { name: /Panoramic glass roof/ }));
    expect(screen.getByText('Panoramic glass roof needs 21-inch sport wheels.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add 21-inch sport wheels' }));
    expect(screen.queryByText('Panoramic glass roof needs 21-inch sport wheels.')).toBeNull();
    expect(screen.getByRole('checkbox', { name: /21-inch sport wheels/ })).toHaveProperty('checked', true);
    expect(screen.getByTestId('price-total').textContent).toBe('¥280,800.00');
  });

  it('explains a conflict with an option chosen before and offers to remove the new one', () => {
    renderForm();
    configureWhiteE7();
    fireEvent.click(screen.getByRole('checkbox', { name: /Tilt-and-slide sunroof/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /21-inch sport wheels/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Panoramic glass roof/ }));
    expect(screen.getByText('Panoramic glass roof cannot be combined with Tilt-and-slide sunroof.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Panoramic glass roof' }));
    expect(screen.getByRole('checkbox', { name: /Panoramic glass roof/ })).toHaveProperty('checked', false);
  });

  it('checks the ID number as soon as it is typed in full, and the mobile number once left', () => {
    renderForm();
    const mistyped = ADULT_ID.slice(0, 17) + (ADULT_ID.endsWith('1') ? '2' : '1');
    type('ID number', mistyped.slice(0, 10));
    expect(screen.queryByText(/does not match/)).toBeNull();
    type('ID number', mistyped);
    expect(screen.getByText('The last character does not match: a digit is mistyped.')).toBeTruthy();
    expect(screen.getByLabelText('ID number').getAttribute('aria-invalid')).toBe('true');
    type('Mobile number', '1380013');
    expect(screen.queryByText(/A mobile number has 11 digits/)).toBeNull();
    fireEvent.blur(screen.getByLabelText('Mobile number'));
    expect(screen.getByText(/A mobile number has 11 digits/)).toBeTruthy();
  });

  it('shows the minimum deposit of the chosen model and holds the amount to it', () => {
    renderForm();
    configureWhiteE7();
    expect(screen.getByTestId('minimum-deposit').textContent).toBe('¥5,000.00');
    type('Amount (yuan)', '4999.99');
    fireEvent.blur(screen.getByLabelText('Amount (yuan)'));
    expect(screen.getByText('The Aurora E7 needs a deposit of at least ¥5,000.00.')).toBeTruthy();
  });

  it('does not submit while anything is marked, and says how many things are', () => {
    const { onSubmit } = renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Submit for verification' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText(/Fix the \d+ marked field\(s\) first./)).toBeTruthy();
    expect(screen.getByText('Choose a model.')).toBeTruthy();
  });

  it('submits a complete, valid order', () => {
    const { onSubmit } = renderForm();
    configureWhiteE7();
    type('Name', '张三');
    type('Mobile number', '13800138000');
    type('ID number', ADULT_ID);
    type('Amount (yuan)', '5000');
    type('Payment reference', 'PAY-1');
    fireEvent.click(screen.getByRole('button', { name: 'Submit for verification' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({
      model: 'E7',
      trim: 'LR',
      options: ['PAINT-WHITE', 'INT-BLACK'],
      customer: { name: '张三', idNumber: ADULT_ID },
    });
  });

  it("shows the server's findings next to the field they name until that field is changed", () => {
    renderForm({
      serverFindings: [
        { path: 'deposit.reference', message: 'That payment reference was already used.' },
        { path: 'dealerCode', message: 'Name the dealer.' },
      ],
    });
    expect(screen.getByText('That payment reference was already used.')).toBeTruthy();
    expect(screen.getByLabelText('Payment reference').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Name the dealer.')).toBeTruthy();
    type('Payment reference', 'PAY-2');
    expect(screen.queryByText('That payment reference was already used.')).toBeNull();
  });
});
