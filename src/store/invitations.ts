// Invitations of one clinic (issue 15): single-use links to set a password. Only the token's hash is
// stored; a new invitation replaces the open ones of the same user.
import { and, desc, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { Db } from './database.ts';
import { invitations } from './schema/index.ts';

export interface NewInvitation {
  id: string;
  userId: string;
  tokenHash: string;
  createdBy: string;
  expiresAt: Date;
}

export interface OpenInvitation {
  id: string;
  userId: string;
  createdAt: Date;
  expiresAt: Date;
}

const open = (now: Date) => and(isNull(invitations.usedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now));

export class Invitations {
  constructor(private readonly db: Db, private readonly clinicId: string) {}

  /** A new invitation; the user's earlier open ones are revoked in the same statement's transaction. */
  async replace(invitation: NewInvitation, now: Date): Promise<void> {
    await this.revokeOpen(invitation.userId, now);
    await this.db.insert(invitations).values({ ...invitation, clinicId: this.clinicId, createdAt: now });
  }

  async revokeOpen(userId: string, now: Date): Promise<void> {
    await this.db.update(invitations).set({ revokedAt: now })
      .where(and(eq(invitations.clinicId, this.clinicId), eq(invitations.userId, userId), isNull(invitations.usedAt), isNull(invitations.revokedAt)));
  }

  /** The open (unused, unrevoked, unexpired) invitation of a token hash. */
  async findOpen(tokenHash: string, now: Date): Promise<OpenInvitation | null> {
    const [row] = await this.db.select({ id: invitations.id, userId: invitations.userId, createdAt: invitations.createdAt, expiresAt: invitations.expiresAt })
      .from(invitations)
      .where(and(eq(invitations.clinicId, this.clinicId), eq(invitations.tokenHash, tokenHash), open(now)));
    return row ?? null;
  }

  /** Use an open invitation; false when it was no longer open (used meanwhile, revoked, expired). */
  async use(id: string, now: Date): Promise<boolean> {
    const used = await this.db.update(invitations).set({ usedAt: now })
      .where(and(eq(invitations.clinicId, this.clinicId), eq(invitations.id, id), open(now)))
      .returning({ id: invitations.id });
    return used.length > 0;
  }

  /** Each of these users' open invitation (the latest), for the admin's list. */
  async openFor(userIds: string[], now: Date): Promise<Map<string, OpenInvitation>> {
    if (userIds.length === 0) return new Map();
    const rows = await this.db.select({ id: invitations.id, userId: invitations.userId, createdAt: invitations.createdAt, expiresAt: invitations.expiresAt })
      .from(invitations)
      .where(and(eq(invitations.clinicId, this.clinicId), inArray(invitations.userId, userIds), open(now)))
      .orderBy(desc(invitations.createdAt));
    const latest = new Map<string, OpenInvitation>();
    for (const row of rows) if (!latest.has(row.userId)) latest.set(row.userId, row);
    return latest;
  }
}
