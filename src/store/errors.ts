// Database errors the layers above understand, as AppErrors. Everything else is rethrown as is.
import { AppError } from '../domain/errors.ts';

/** The SQLSTATE of a driver error: postgres.js wraps it in drizzle's error as `cause` (stack notes §4). */
export function sqlState(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth += 1) {
    if (typeof e === 'object' && 'code' in e && typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
    e = typeof e === 'object' && 'cause' in e ? e.cause : undefined;
  }
  return undefined;
}

export function isUniqueViolation(error: unknown): boolean {
  return sqlState(error) === '23505';
}

/** Run a write; a unique violation becomes a conflict with the given message. */
export async function conflictOnDuplicate<T>(write: () => Promise<T>, message: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', message);
    throw error;
  }
}

/** The conflict of an edit made from an old read: someone else saved in between. */
export function staleVersion(what: string, current: number, yours: number): AppError {
  return new AppError('conflict', `Someone changed this ${what} since you opened it (version ${current}, yours ${yours}): reload to see their change, then make yours again`,
    [{ path: 'version', message: `current version is ${current}` }]);
}
