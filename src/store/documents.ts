// The documents a clinic has made (schema/documents.ts), one clinic's at a time. The bytes are kept
// base64 in the row and handed out as bytes; a list never carries them (a patient's record may
// list many documents, and FHIR lists them by reference).
import { and, asc, eq, inArray } from 'drizzle-orm';
import { AppError } from '../domain/errors.ts';
import type { DocumentKind } from '../domain/documents/model.ts';
import type { Db } from './database.ts';
import { documents } from './schema/index.ts';

/** What is known of a made document without its bytes. */
export interface DocumentRecord {
  id: string;
  episodeId: string;
  patientId: string;
  kind: DocumentKind;
  referralId?: string;
  asOf: string;
  title: string;
  fileName: string;
  contentType: string;
  byteSize: number;
  sha1: string;
  madeBy: string;
  madeAt: Date;
}

export interface StoredDocument extends DocumentRecord {
  content: Uint8Array;
}

const metadata = {
  id: documents.id, episodeId: documents.episodeId, patientId: documents.patientId, kind: documents.kind, referralId: documents.referralId,
  asOf: documents.asOf, title: documents.title, fileName: documents.fileName, contentType: documents.contentType,
  byteSize: documents.byteSize, sha1: documents.sha1, madeBy: documents.madeBy, madeAt: documents.madeAt,
};

type MetadataRow = Omit<DocumentRecord, 'referralId'> & { referralId: string | null };
const toRecord = ({ referralId, ...row }: MetadataRow): DocumentRecord => ({ ...row, ...(referralId === null ? {} : { referralId }) });

export class Documents {
  constructor(private readonly db: Db, private readonly clinicId: string) {}

  /**
   * Keep a made document; the same bytes for the same episode and kind are kept once. The record
   * kept comes back, with `created` false when it was already there.
   */
  async record(document: StoredDocument): Promise<{ record: DocumentRecord; created: boolean }> {
    const { content, referralId, ...fields } = document;
    const [inserted] = await this.db.insert(documents)
      .values({ ...fields, referralId: referralId ?? null, content: Buffer.from(content).toString('base64'), clinicId: this.clinicId })
      .onConflictDoNothing()
      .returning(metadata);
    if (inserted) return { record: toRecord(inserted), created: true };
    const [existing] = await this.db.select(metadata).from(documents).where(and(
      eq(documents.clinicId, this.clinicId), eq(documents.episodeId, document.episodeId), eq(documents.kind, document.kind), eq(documents.sha1, document.sha1),
    ));
    if (!existing) throw new AppError('internal', 'the document was neither kept nor found');
    return { record: toRecord(existing), created: false };
  }

  async get(id: string): Promise<StoredDocument | null> {
    const [row] = await this.db.select({ ...metadata, content: documents.content }).from(documents)
      .where(and(eq(documents.clinicId, this.clinicId), eq(documents.id, id)));
    if (!row) return null;
    const { content, ...rest } = row;
    return { ...toRecord(rest), content: new Uint8Array(Buffer.from(content, 'base64')) };
  }

  /** The documents of some episodes, oldest first. */
  async listForEpisodes(episodeIds: readonly string[]): Promise<DocumentRecord[]> {
    if (episodeIds.length === 0) return [];
    const rows = await this.db.select(metadata).from(documents)
      .where(and(eq(documents.clinicId, this.clinicId), inArray(documents.episodeId, [...episodeIds])))
      .orderBy(asc(documents.madeAt), asc(documents.id));
    return rows.map(toRecord);
  }
}
