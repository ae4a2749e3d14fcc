/**
 * When a field's problems are shown: after the dealer leaves the field or tries to submit, and, for the mobile and
 * ID numbers, as soon as enough has been typed to judge (a half-typed number is not yet wrong).
 */
const COMPLETE_LENGTHS: Readonly<Record<string, number>> = {
  'customer.phone': 11,
  'customer.idNumber': 18,
};

export function problemsVisible(
  field: string,
  value: string,
  state: { readonly touched: ReadonlySet<string>; readonly submitted: boolean },
): boolean {
  if (state.submitted || state.touched.has(field)) return true;
  const complete = COMPLETE_LENGTHS[field];
  if (complete === undefined) return false;
  const typed = field === 'customer.phone' ? value.replace(/\D/g, '').replace(/^86(?=\d{11})/, '') : value.trim();
  return typed.length >= complete;
}
