// A labelled form field whose API validation message (matched by the field's path in the error
// details) appears right under it, linked with aria-describedby so a screen reader reads it too.
import { useId, type ReactElement, type ReactNode } from 'react';
import type { ApiError } from '../client/client.ts';

export interface FieldControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
  /** The API path of the field: the error summary finds the field by it. */
  'data-path': string;
}

export function fieldMessage(error: ApiError | null, path: string): string | undefined {
  if (!error) return undefined;
  // A list's item counts as the list's field: "redirectUris[0]" shows under "redirectUris".
  return error.details.find((d) => d.path === path || d.path.endsWith(`.${path}`) || d.path.startsWith(`${path}[`))?.message;
}

export function Field({ label, path, error, hint, children }: {
  label: ReactNode;
  path: string;
  error: ApiError | null;
  hint?: ReactNode;
  children: (props: FieldControlProps) => ReactNode;
}): ReactElement {
  const id = useId();
  const message = fieldMessage(error, path);
  const describedBy = [hint ? `${id}-hint` : '', message ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field${message ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && <p className="hint" id={`${id}-hint`}>{hint}</p>}
      {children({ id, 'aria-invalid': Boolean(message), 'data-path': path, ...(describedBy ? { 'aria-describedby': describedBy } : {}) })}
      {message && <p className="field-error" id={`${id}-error`}>{message}</p>}
    </div>
  );
}

/** A group of radio buttons (a fieldset with a legend), for 0-10 scales and short choices. */
export function Choice<T extends string>({ legend, name, options, value, onChange, error, path, hint }: {
  legend: ReactNode;
  name: string;
  options: readonly { value: T; label: ReactNode }[];
  value: T | undefined;
  onChange: (value: T) => void;
  error: ApiError | null;
  path: string;
  hint?: ReactNode;
}): ReactElement {
  const id = useId();
  const message = fieldMessage(error, path);
  return (
    <fieldset className={`choice${message ? ' invalid' : ''}`} aria-describedby={message ? `${id}-error` : hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && <p className="hint" id={`${id}-hint`}>{hint}</p>}
      <div className="choice-options">
        {options.map((option, i) => (
          <label key={option.value} className={value === option.value ? 'chosen' : ''}>
            <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)}
              {...(i === 0 ? { 'data-path': path, 'aria-invalid': Boolean(message) } : {})} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {message && <p className="field-error" id={`${id}-error`}>{message}</p>}
    </fieldset>
  );
}
