// Loading and error states, the same everywhere: a polite live region while loading, an alert with
// the API's own message and a way to try again on failure.
import type { ReactElement, ReactNode } from 'react';
import type { ApiError } from '../client/client.ts';
import type { Resource } from '../use-resource.ts';

export function Loading({ what }: { what: string }): ReactElement {
  return <p className="loading" role="status" aria-live="polite">Loading {what}…</p>;
}

export function ErrorMessage({ error, retry, what }: { error: ApiError; retry?: () => void; what?: string }): ReactElement {
  const lead = error.code === 'offline' ? 'No connection.' : error.status === 401 ? 'You are signed out.' : what ? `Could not ${what}.` : 'Something went wrong.';
  return (
    <div className="error-box" role="alert">
      <p><strong>{lead}</strong> {error.message}</p>
      {error.details.length > 0 && (
        <ul>{error.details.map((d) => <li key={`${d.path}:${d.message}`}><code>{d.path}</code>: {d.message}</li>)}</ul>
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
