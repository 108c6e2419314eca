// The authorization server's storage (oidc-provider's adapter contract, per model: upsert, find,
// findByUid, consume, destroy, revokeByGrantId), and the client directory. Expired records are
// never returned and are deleted in bulk by deleteExpired().
import { and, eq, gt, isNull, lt, or } from 'drizzle-orm';
import type { Db } from './database.ts';
import { oauthClients, oauthRecords } from './schema/index.ts';

export interface OAuthRecord {
  payload: Record<string, unknown>;
  consumedAt: Date | null;
}

export class OAuthRecords {
  constructor(private readonly db: Db) {}

  private live(now: Date) {
    return or(isNull(oauthRecords.expiresAt), gt(oauthRecords.expiresAt, now));
  }

  async upsert(model: string, id: string, payload: Record<string, unknown>, expiresAt: Date | null): Promise<void> {
    const row = {
      model, id, payload, expiresAt,
      grantId: typeof payload.grantId === 'string' ? payload.grantId : null,
      uid: typeof payload.uid === 'string' ? payload.uid : null,
    };
    await this.db.insert(oauthRecords).values(row)
      .onConflictDoUpdate({ target: [oauthRecords.model, oauthRecords.id], set: { payload, expiresAt, grantId: row.grantId, uid: row.uid } });
  }

  /** Insert unless a record of that id exists (the first writer wins). */
  async insertIfAbsent(model: string, id: string, payload: Record<string, unknown>): Promise<void> {
    await this.db.insert(oauthRecords).values({ model, id, payload }).onConflictDoNothing();
  }

  async find(model: string, id: string, now: Date): Promise<OAuthRecord | null> {
    const [row] = await this.db.select({ payload: oauthRecords.payload, consumedAt: oauthRecords.consumedAt }).from(oauthRecords)
      .where(and(eq(oauthRecords.model, model), eq(oauthRecords.id, id), this.live(now)));
    return row ?? null;
  }

  async findByUid(model: string, uid: string, now: Date): Promise<OAuthRecord | null> {
    const [row] = await this.db.select({ payload: oauthRecords.payload, consumedAt: oauthRecords.consumedAt }).from(oauthRecords)
      .where(and(eq(oauthRecords.model, model), eq(oauthRecords.uid, uid), this.live(now)));
    return row ?? null;
  }

  async consume(model: string, id: string, now: Date): Promise<void> {
    await this.db.update(oauthRecords).set({ consumedAt: now }).where(and(eq(oauthRecords.model, model), eq(oauthRecords.id, id)));
  }

  async destroy(model: string, id: string): Promise<void> {
    await this.db.delete(oauthRecords).where(and(eq(oauthRecords.model, model), eq(oauthRecords.id, id)));
  }

  /** Every record of a grant (its codes and tokens, of any model): revoking a grant revokes them all. */
  async revokeByGrantId(grantId: string): Promise<void> {
    await this.db.delete(oauthRecords).where(eq(oauthRecords.grantId, grantId));
  }

  async deleteExpired(now: Date): Promise<void> {
    await this.db.delete(oauthRecords).where(lt(oauthRecords.expiresAt, now));
  }

  /** The clinic that registered a client id; null when no clinic did. */
  async clinicOfClient(clientId: string): Promise<string | null> {
    const [row] = await this.db.select({ clinicId: oauthClients.clinicId }).from(oauthClients).where(eq(oauthClients.clientId, clientId));
    return row?.clinicId ?? null;
  }
}
