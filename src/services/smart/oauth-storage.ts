// What the SMART authorization server keeps between requests (codes, tokens, grants, interactions,
// sessions, launch contexts), as the services hand it over: one short transaction per operation,
// with the instant read from the clock given. The records' shapes are the server's own business
// (src/smart): here they are opaque payloads with an id, an expiry and two indexes.
import type { OAuthRecord } from '../../store/index.ts';
import type { ServiceDeps } from '../context.ts';

export type { OAuthRecord } from '../../store/index.ts';

export interface OAuthStorage {
  upsert: (model: string, id: string, payload: Record<string, unknown>, expiresAt: Date | null) => Promise<void>;
  insertIfAbsent: (model: string, id: string, payload: Record<string, unknown>) => Promise<void>;
  find: (model: string, id: string) => Promise<OAuthRecord | null>;
  findByUid: (model: string, uid: string) => Promise<OAuthRecord | null>;
  consume: (model: string, id: string) => Promise<void>;
  destroy: (model: string, id: string) => Promise<void>;
  revokeByGrantId: (grantId: string) => Promise<void>;
  deleteExpired: () => Promise<void>;
}

export function oauthStorage(deps: Pick<ServiceDeps, 'store'>, clock: () => Date): OAuthStorage {
  const run = deps.store.transaction;
  return {
    upsert: (model, id, payload, expiresAt) => run((tx) => tx.oauth.upsert(model, id, payload, expiresAt)),
    insertIfAbsent: (model, id, payload) => run((tx) => tx.oauth.insertIfAbsent(model, id, payload)),
    find: (model, id) => run((tx) => tx.oauth.find(model, id, clock())),
    findByUid: (model, uid) => run((tx) => tx.oauth.findByUid(model, uid, clock())),
    consume: (model, id) => run((tx) => tx.oauth.consume(model, id, clock())),
    destroy: (model, id) => run((tx) => tx.oauth.destroy(model, id)),
    revokeByGrantId: (grantId) => run((tx) => tx.oauth.revokeByGrantId(grantId)),
    deleteExpired: () => run((tx) => tx.oauth.deleteExpired(clock())),
  };
}
