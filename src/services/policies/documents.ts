// Who may make which document of an episode they may read (spec §6, Documents): clinicians make all
// three; a patient may take home their own graduation summary and no other (a progress report and
// a referral letter are written for the payer and the next provider); admins read no clinical record.
import type { DocumentKind } from '../../domain/index.ts';
import type { Actor } from '../context.ts';
import type { Decision } from './decision.ts';

export function canMakeDocument(actor: Actor, kind: DocumentKind): Decision {
  switch (actor.role) {
    case 'clinician':
      return 'allow';
    case 'patient':
      return kind === 'graduation-summary' ? 'allow' : 'deny';
    case 'admin':
      return 'deny';
  }
}
