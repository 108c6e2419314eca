// The state every form shares: busy while saving, the error (the API's, or the form's own check
// before sending), kept with what was typed, and a run() that turns any failure into an ApiError.
// After a failed save the focus moves to the first field marked invalid, or to the error itself
// when no field on the form is named, so a keyboard or screen-reader user lands on what to fix.
import { useEffect, useRef, useState, type RefObject } from 'react';
import { ApiError } from '../client/client.ts';

export interface FieldProblem {
  path: string;
  message: string;
}

export interface FormState {
  busy: boolean;
  error: ApiError | null;
  setError: (error: ApiError | null) => void;
  run: <T>(work: () => Promise<T>) => Promise<T | undefined>;
  /** The form's own checks before sending: false (and the problems shown) when there are any. */
  check: (problems: readonly FieldProblem[]) => boolean;
  /** Put on the <form> (or the element holding its fields): focus moves inside it after a failure. */
  ref: RefObject<HTMLFormElement | null>;
}

export function useFormState(): FormState {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const ref = useRef<HTMLFormElement | null>(null);
  useEffect(() => {
    if (!error || !ref.current) return;
    const target = ref.current.querySelector<HTMLElement>('[aria-invalid="true"]') ?? ref.current.querySelector<HTMLElement>('.error-box');
    target?.focus();
  }, [error]);
  const run = async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await work();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'internal', caught instanceof Error ? caught.message : String(caught)));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  const check = (problems: readonly FieldProblem[]): boolean => {
    if (problems.length === 0) return true;
    setError(new ApiError(0, 'validation', 'Some answers need attention.', [...problems]));
    return false;
  };
  return { busy, error, setError, run, check, ref };
}

/** "" stays undefined (an optional field left empty); anything else becomes a number. */
export const optionalNumber = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));

/** A date field's problems: required, and not after today unless it is a plan. */
export function dateProblems(path: string, value: string, today: string, options: { required?: boolean; plan?: boolean; label?: string } = {}): FieldProblem[] {
  if (value === '') return options.required === false ? [] : [{ path, message: `Enter ${options.label ?? 'the date'}` }];
  if (!options.plan && value > today) return [{ path, message: `${value} is after today (${today}): only a plan can be dated ahead` }];
  return [];
}
