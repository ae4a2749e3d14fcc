import { useId, type ReactNode } from 'react';

export interface FieldProps {
  readonly label: string;
  /** Problems with the value, shown under it and announced. */
  readonly errors?: readonly string[];
  readonly hint?: string;
  readonly className?: string;
  /** Renders the control, given the ids it must carry to be labelled and described. */
  readonly children: (control: {
    readonly id: string;
    readonly 'aria-invalid': boolean;
    readonly 'aria-describedby': string | undefined;
  }) => ReactNode;
}

/** A labelled form control with its hint and its errors, tied to it for screen readers. */
export function Field({ label, errors = [], hint, className, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, errors.length > 0 ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={`field ${errors.length > 0 ? 'field-invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': errors.length > 0, 'aria-describedby': describedBy || undefined })}
      {hint && (
        <small id={hintId} className="field-hint">
          {hint}
        </small>
      )}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { readonly id?: string; readonly errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <ul id={id} className="field-errors" role="alert">
      {errors.map((error) => (
        <li key={error}>{error}</li>
      ))}
    </ul>
  );
}
