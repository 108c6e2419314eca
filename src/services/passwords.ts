// Password hashing with argon2id, a memory-hard function (spec §7), at the library's defaults
// (19 MiB, 2 passes: the OWASP minimum for argon2id).
import { hash, verify } from '@node-rs/argon2';

const ARGON2ID = 2;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}

// Verified when the email is unknown, so an unknown email takes as long as a wrong password.
let decoyHash: Promise<string> | null = null;
export async function verifyDecoy(password: string): Promise<void> {
  decoyHash ??= hashPassword('decoy password never used');
  await verify(await decoyHash, password);
}
