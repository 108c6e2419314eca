// Loading and error states, the same everywhere: a polite live region while loading, an alert with a
// plain message and a way on after a failure. A form's bad fields are listed by their own words (each
// message also sits next to its field); a record someone else changed asks for a reload; nothing the
// person typed is thrown away by the message itself.
import type { ReactElement, ReactNode } from 'react';
import type { ApiError } from '../client/client.ts';
import type { Resource } from '../use-resource.ts';

export function Loading({ what }: { what: string }): ReactElement {
  return <p className="loading" role="status" aria-live="polite">Loading {what}…</p>;
}

/** The field a path names, in words: "goals[2].target" → "Target", "patient.birthDate" → "Birth date". */
export function fieldWords(path: string): string {
  const last = path.split('.').map((part) => part.replace(/\[\d+\]/g, '')).filter((part) => part !== '' && part !== '(root)').pop() ?? '';
  const spaced = last.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/-/g, ' ').toLowerCase();
  return spaced === '' ? '' : spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function focusField(path: string): void {
  const field = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);
  field?.focus();
}

export function ErrorMessage({ error, retry, what, reload, labels }: {
  error: ApiError; retry?: () => void; what?: string; reload?: () => void;
  /** Words for paths the form names itself (a red-flag item's question), where the path's own words will not do. */
  labels?: (path: string) => string | undefined;
}): ReactElement {
  if (error.code === 'conflict' && error.details.some((d) => d.path === 'version')) {
    return (
      <div className="error-box" role="alert" tabIndex={-1}>
        <p><strong>Someone changed this while you were working on it.</strong> Reload to see their change, then make yours again. What you typed is still here until you reload.</p>
        {reload && <button type="button" onClick={reload}>Reload</button>}
      </div>
    );
  }
  const lead = error.code === 'offline' ? 'No connection.' : error.status === 401 ? 'You are signed out.' : what ? `Could not ${what}.` : 'Something went wrong.';
  const fields = error.code === 'validation' && error.details.length > 0;
  return (
    <div className="error-box" role="alert" tabIndex={-1}>
      <p><strong>{lead}</strong> {fields ? 'Please check:' : error.message}</p>
      {fields && (
        <ul>
          {error.details.map((d) => {
            const name = labels?.(d.path) ?? fieldWords(d.path);
            return (
              <li key={`${d.path}:${d.message}`}>
                <a href={`#${d.path}`} onClick={(event) => { event.preventDefault(); focusField(d.path); }}>{name ? `${name}: ` : ''}{d.message}</a>
              </li>
            );
          })}
        </ul>
      )}
      {retry && <button type="button" onClick={retry}>Try again</button>}
    </div>
  );
}

/** Render a resource: loading, error (with retry), or the content. */
export function Show<T>({ resource, what, children }: { resource: Resource<T>; what: string; children: (data: T) => ReactNode }): ReactElement {
  if (resource.state === 'loading') return <Loading what={what} />;
  if (resource.state === 'error') return <ErrorMessage error={resource.error} retry={resource.reload} what={`load ${what}`} />;
  return <>{children(resource.data)}</>;
}
