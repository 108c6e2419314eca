// An invitation link as its maker sees it once: the link to hand over (copied, printed or read out),
// whom it is for, and when it expires. Only its hash is kept on the server, so it cannot be shown again:
// a new one replaces it.
import { useState, type ReactElement } from 'react';
import type { Invitation } from '../client/types.ts';

const when = (iso: string): string => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function InvitationLink({ invitation }: { invitation: Invitation }): ReactElement {
  const [copied, setCopied] = useState<'no' | 'yes' | 'select'>('no');
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(invitation.link);
      setCopied('yes');
    } catch {
      // No clipboard permission: the link is in the box below, ready to select.
      setCopied('select');
    }
  };
  return (
    <div className="notice" role="status">
      <p>
        <strong>Invitation for {invitation.name}</strong> ({invitation.email}). Give them this link: it works once, until {when(invitation.expiresAt)}.
        It is shown only now; a new invitation replaces it.
      </p>
      <label className="visually-hidden" htmlFor={`link-${invitation.userId}`}>Invitation link</label>
      <input id={`link-${invitation.userId}`} className="link-box" readOnly value={invitation.link} onFocus={(e) => e.target.select()} />
      <button type="button" onClick={() => void copy()}>Copy link</button>
      {copied === 'yes' && <span className="muted"> Copied.</span>}
      {copied === 'select' && <span className="muted"> Select the link above and copy it.</span>}
    </div>
  );
}
