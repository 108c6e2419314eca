// A button that fetches a file the API makes (a PDF document, a CSV export) and saves it under the
// server's file name. The file is fetched first, so a refusal or a failure is shown here with the
// API's own message instead of a broken download.
import type { ReactElement } from 'react';
import { download } from '../client/client.ts';
import { useFormState } from './form-state.ts';
import { ErrorMessage } from './status.tsx';

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has handed the file to the browser.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function DownloadButton({ path, label, what, primary = false }: { path: string; label: string; what: string; primary?: boolean }): ReactElement {
  const form = useFormState();
  const click = async (): Promise<void> => {
    const file = await form.run(() => download(path));
    if (file) save(file.blob, file.fileName);
  };
  return (
    <span className="download">
      <button type="button" className={primary ? 'primary' : undefined} onClick={() => void click()} disabled={form.busy} aria-busy={form.busy}>
        {form.busy ? 'Preparing…' : label}
      </button>
      {form.error && <ErrorMessage error={form.error} what={`make ${what}`} />}
    </span>
  );
}
