// Remove a record a clinician entered: a button that opens a short form asking why. The record is
// kept and marked removed (who, when, why); the engine ignores it from today. A stale version (someone
// changed the record meanwhile) asks for a reload; a failed removal keeps the reason typed.
import { useState, type FormEvent, type ReactElement } from 'react';
import { api } from '../client/endpoints.ts';
import type { RemovableKind, Removal } from '../client/types.ts';
import { Field } from './field.tsx';
import { useFormState } from './form-state.ts';
import { ErrorMessage } from './status.tsx';

export function RemoveRecord({ kind, id, version, what, onRemoved }: {
  kind: RemovableKind; id: string; version: number; what: string; onRemoved: () => void;
}): ReactElement {
  const form = useFormState();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!form.check(reason.trim() === '' ? [{ path: 'reason', message: 'Say why it is removed (for example "entered on the wrong patient")' }] : [])) return;
    const removed = await form.run(() => api.remove(kind, id, version, reason.trim()));
    if (removed) onRemoved();
  };
  if (!open) return <button type="button" className="small" onClick={() => setOpen(true)} aria-label={`Remove ${what}`}>Remove</button>;
  return (
    <form ref={form.ref} className="remove-form" onSubmit={(e) => void submit(e)} noValidate aria-label={`Remove ${what}`}>
      <Field label={`Why remove ${what}?`} path="reason" error={form.error} hint="It is kept with this reason, marked removed, and no longer counts from today.">
        {(a) => <input {...a} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      {form.error && <ErrorMessage error={form.error} what={`remove ${what}`} reload={onRemoved} />}
      <div className="actions">
        <button type="submit" className="danger" disabled={form.busy}>{form.busy ? 'Removing…' : 'Remove'}</button>
        <button type="button" onClick={() => { setOpen(false); form.setError(null); }}>Cancel</button>
      </div>
    </form>
  );
}

/** The records of a kind that were removed, each with the day and the reason, out of the way. */
export function RemovedList({ items }: { items: readonly { key: string; text: string; removed?: Removal | undefined }[] }): ReactElement | null {
  const removed = items.flatMap((item) => (item.removed ? [{ ...item, removed: item.removed }] : []));
  if (removed.length === 0) return null;
  return (
    <details className="removed">
      <summary>Removed ({removed.length})</summary>
      <ul>{removed.map((item) => <li key={item.key}><s>{item.text}</s> <span className="muted">removed on {item.removed.on}: {item.removed.reason}</span></li>)}</ul>
    </details>
  );
}
