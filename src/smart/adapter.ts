// oidc-provider's storage contract (its Adapter, one per model) over the services' OAuth storage.
// Clients are not stored here: the model "Client" reads the clinic's registered apps, so an app the
// admin edits or removes changes what the server accepts at once.
import type { Adapter, AdapterPayload } from 'oidc-provider';
import { appForClient, type OAuthStorage, type ServiceDeps, type SmartApp } from '../services/index.ts';

/**
 * An app as OAuth client metadata: a public client (no secret) using the authorization code with
 * PKCE. Its allowed scopes are not given to the provider (whose scope check knows OpenID scopes
 * only): the consent step grants only what the clinic allowed (describeAuthorization).
 */
export function clientMetadata(app: SmartApp): AdapterPayload {
  return {
    client_id: app.id,
    client_name: app.name,
    redirect_uris: app.redirectUris,
    response_types: ['code'],
    grant_types: ['authorization_code'],
    token_endpoint_auth_method: 'none',
  };
}

const epoch = (date: Date): number => Math.floor(date.getTime() / 1000);

export function adapterFactory(deps: Pick<ServiceDeps, 'store'>, storage: OAuthStorage, clock: () => Date): (model: string) => Adapter {
  return (model) => {
    if (model === 'Client') {
      return {
        find: async (id) => {
          const app = await appForClient(deps, id);
          return app === null ? undefined : clientMetadata(app);
        },
        upsert: async () => { throw new Error('apps are registered by the clinic admin, not through OAuth'); },
        findByUid: async () => undefined,
        findByUserCode: async () => undefined,
        consume: async () => undefined,
        destroy: async () => undefined,
        revokeByGrantId: async () => undefined,
      };
    }
    const payloadOf = (record: Awaited<ReturnType<OAuthStorage['find']>>): AdapterPayload | undefined => (record === null
      ? undefined
      : { ...record.payload, ...(record.consumedAt === null ? {} : { consumed: epoch(record.consumedAt) }) });
    return {
      upsert: (id, payload, expiresIn) => storage.upsert(model, id, payload as Record<string, unknown>,
        expiresIn === undefined ? null : new Date(clock().getTime() + expiresIn * 1000)),
      find: async (id) => payloadOf(await storage.find(model, id)),
      findByUid: async (uid) => payloadOf(await storage.findByUid(model, uid)),
      // The device flow, the one user of user codes, is not offered.
      findByUserCode: async () => undefined,
      consume: (id) => storage.consume(model, id),
      destroy: (id) => storage.destroy(model, id),
      revokeByGrantId: (grantId) => storage.revokeByGrantId(grantId),
    };
  };
}
