// What each SMART scope lets an app do, in the words the consent screen and the admin page show.
import type { SmartScope } from '../client/types.ts';

export const smartScopeList: SmartScope[] = ['launch', 'launch/patient', 'openid', 'fhirUser', 'patient/*.rs', 'user/*.rs'];

export const scopeWords: Record<SmartScope, string> = {
  launch: 'open from a patient\'s page in Threshold',
  'launch/patient': 'know which patient it is opened for',
  openid: 'know that you signed in',
  fhirUser: 'know who you are (your name and role)',
  'patient/*.rs': 'read this patient\'s record (read only)',
  'user/*.rs': 'read every record you can read (read only)',
};
