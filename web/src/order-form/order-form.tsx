import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { VehicleModel } from '../../../src/domain/catalog/catalog-types.js';
import { useI18n } from '../i18n/i18n-context.js';
import { CustomerSection } from './customer-section.js';
import { DepositSection } from './deposit-section.js';
import { fieldOfPath } from './form-problem.js';
import type { OrderForm as OrderFormState } from './form-state.js';
import { PricePanel } from './price-panel.js';
import { SpecialSection } from './special-section.js';
import { useOrderForm } from './use-order-form.js';
import { VehicleSection } from './vehicle-section.js';

/** The fields a finding of the server can be shown next to; any other finding is shown above the submit button. */
const PLACED_FIELDS = new Set([
  'vehicle.model',
  'vehicle.trim',
  'vehicle.options',
  'customer.name',
  'customer.phone',
  'customer.idType',
  'customer.idNumber',
  'deposit.amountCents',
  'deposit.paidAt',
  'deposit.reference',
  'special.reason',
]);

export interface ServerFinding {
  readonly path: string | null;
  readonly message: string;
}

export interface OrderFormProps {
  readonly models: readonly VehicleModel[];
  readonly initial: OrderFormState;
  /** Fixing a stored order: its masked ID number, and whether its vehicle is locked. */
  readonly editing: { readonly maskedIdNumber: string; readonly vehicleLocked: boolean } | null;
  /** The name, phone and language come from a lead, which the server takes them from: shown, not typed. */
  readonly contactFromLead?: boolean;
  /** What the server said about the fields (a refusal's errors, a rejected order's failed checks). */
  readonly serverFindings: readonly ServerFinding[];
  readonly pending: boolean;
  readonly submitLabel: string;
  readonly onSubmit: (form: OrderFormState) => void;
  readonly now?: () => Date;
}

const systemNow = () => new Date();

/** The order form: vehicle, customer, deposit and flag, with the live price beside them. */
export function OrderForm(props: OrderFormProps) {
  const { t } = useI18n();
  const now = props.now ?? systemNow;
  const state = useOrderForm(props.initial, props.models, props.editing !== null, now);
  const formRef = useRef<HTMLFormElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  useEffect(() => {
    if (focusRequest === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>(
      'input[aria-invalid="true"], select[aria-invalid="true"], textarea[aria-invalid="true"], .conflicts button',
    );
    invalid?.focus();
  }, [focusRequest]);
  const serverErrors = (field: string) =>
    state.changed.has(field)
      ? []
      : props.serverFindings.filter((finding) => fieldOfPath(finding.path) === field).map((finding) => finding.message);
  const unplaced = props.serverFindings.filter((finding) => !PLACED_FIELDS.has(fieldOfPath(finding.path)));
  const vehicleLocked = props.editing?.vehicleLocked ?? false;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (state.trySubmit()) props.onSubmit(state.form);
    else setFocusRequest((count) => count + 1);
  }

  return (
    <form ref={formRef} className="order-form" onSubmit={submit} noValidate>
      <div className="order-form-fields">
        <VehicleSection models={props.models} state={state} serverErrors={serverErrors} locked={vehicleLocked} />
        <CustomerSection
          state={state}
          serverErrors={serverErrors}
          maskedIdNumber={props.editing?.maskedIdNumber ?? null}
          identityLocked={vehicleLocked}
          contactLocked={props.contactFromLead ?? false}
        />
        <DepositSection state={state} serverErrors={serverErrors} locked={vehicleLocked} />
        <SpecialSection state={state} serverErrors={serverErrors} />
      </div>
      <div className="order-form-side">
        <PricePanel model={state.model} configuration={state.form} at={now().toISOString()} />
        <div className="card submit-panel">
          {state.submitted && state.problems.length > 0 && (
            <p className="notice notice-error" role="alert">
              {t('form.fixFirst', { count: state.problems.length })}
            </p>
          )}
          {unplaced.length > 0 && (
            <ul className="notice notice-error" role="alert">
              {unplaced.map((finding) => (
                <li key={`${finding.path}-${finding.message}`}>{finding.message}</li>
              ))}
            </ul>
          )}
          <button type="submit" className="button-primary" disabled={props.pending}>
            {props.pending ? t('form.submitting') : props.submitLabel}
          </button>
        </div>
      </div>
    </form>
  );
}
