// The authorization server's secrets: the RSA key that signs id tokens (its public half is served at
// the JWKS endpoint) and the key that signs its cookies. Made once, with Node's crypto, and kept in
// the database so they survive restarts and are shared by every server of a PostgreSQL deployment.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { JWK } from 'oidc-provider';
import type { OAuthStorage } from '../services/index.ts';

export interface ServerKeys {
  signing: JWK;
  cookie: string;
}

const MODEL = 'ServerKeys';

export async function serverKeys(storage: OAuthStorage): Promise<ServerKeys> {
  const stored = await storage.find(MODEL, 'current');
  if (stored !== null) return stored.payload as unknown as ServerKeys;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keys: ServerKeys = {
    signing: { ...privateKey.export({ format: 'jwk' }), kid: randomBytes(8).toString('hex'), use: 'sig', alg: 'RS256' } as JWK,
    cookie: randomBytes(32).toString('base64url'),
  };
  await storage.insertIfAbsent(MODEL, 'current', keys as unknown as Record<string, unknown>);
  // Two servers starting at once: the first to write wins, and both use what is stored.
  return (await storage.find(MODEL, 'current'))?.payload as unknown as ServerKeys;
}
