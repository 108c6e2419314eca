// The state every form shares: busy while saving, the API's error (kept with what was typed), and
// a run() that turns any failure into an ApiError.
import { useState } from 'react';
import { ApiError } from '../client/client.ts';

export interface FormState {
  busy: boolean;
  error: ApiError | null;
  setError: (error: ApiError | null) => void;
  run: <T>(work: () => Promise<T>) => Promise<T | undefined>;
}

export function useFormState(): FormState {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
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
  return { busy, error, setError, run };
}

/** "" stays undefined (an optional field left empty); anything else becomes a number. */
export const optionalNumber = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));
