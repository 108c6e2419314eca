// The clinician's name, discipline, clinic and the date under a document, with a line to sign on:
// the made document names who stands behind it.
import type { Block, DocumentContext } from './model.ts';

export function signatureBlock(context: DocumentContext, date: string): Block {
  const who = context.clinician;
  return {
    kind: 'signature',
    lines: [
      who ? `${who.name}${who.discipline ? `, ${who.discipline}` : ''}` : 'Clinician: ______________________',
      context.clinicName,
      ...(who?.email ? [who.email] : []),
      `Date: ${date}`,
    ],
  };
}
