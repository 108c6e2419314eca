// `threshold report <kind> --episode ID --as EMAIL > file.pdf`: a document of an episode, made by the
// same use-case as GET /api/v1/episodes/{id}/documents/{kind}.pdf, so it passes the same access rules,
// is kept in the record of documents made and leaves the same audit row under the named account.
import { parseArgs } from 'node:util';
import { AppError } from '../../domain/errors.ts';
import { documentKinds } from '../../domain/index.ts';
import { makeDocument } from '../../services/index.ts';
import type { CliCommand } from '../command.ts';
import { requiredOption, withLocalServices } from './export.ts';

const usage = `Usage: threshold report <kind> --episode ID --as EMAIL [--referral ID] > file.pdf

Makes a document of an episode of care as of today, as a PDF on stdout:
  progress-report      goals, measures against their minimal important change, the timeline,
                       phases, flares and the last checkpoint (the payer's progress report)
  referral-letter      to the next provider: why, what was achieved, the overlap plan, red flags
                       and imaging (needs --referral)
  graduation-summary   for the patient: goals reached, the programme, the flare plan

Options:
  --episode ID     the episode's id
  --as EMAIL       the account you act as: its clinic, its permissions (a patient: their own
                   graduation summary only), and the audit log records the document under it
  --referral ID    the referral a referral letter is about

Uses PostgreSQL when DATABASE_URL is set, otherwise the embedded database in THRESHOLD_DATA
(default ./data). While "threshold serve" holds that folder this command refuses: use
GET /api/v1/episodes/{id}/documents/{kind}.pdf on the running server instead.

Exit codes: 0 written, 1 failure (including a data folder in use), 2 bad input.`;

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'write a document of an episode (progress report, referral letter, graduation summary) as PDF on stdout',
  usage,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args, allowPositionals: true, options: { episode: { type: 'string' }, as: { type: 'string' }, referral: { type: 'string' } },
    });
    const [kind, ...extra] = positionals;
    if (kind === undefined || extra.length > 0 || !(documentKinds as readonly string[]).includes(kind)) {
      throw new AppError('validation', `name one kind of document: ${documentKinds.join(', ')}\n\n${usage}`, [{ path: 'kind', message: 'one of the three kinds' }]);
    }
    const episodeId = requiredOption(values.episode, '--episode', usage);
    const email = requiredOption(values.as, '--as', usage);
    const write = io.stdoutBytes;
    if (!write) throw new AppError('internal', 'this output cannot take a PDF');
    const made = await withLocalServices('threshold report', email, (deps, actor) =>
      makeDocument(deps, actor, episodeId, kind, values.referral === undefined ? {} : { referralId: values.referral }, new Date()));
    write(made.bytes);
    io.stderr(`threshold report: ${made.record.fileName} (${made.record.byteSize} bytes)\n`);
    return 0;
  },
};
