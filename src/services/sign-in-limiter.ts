// Sign-in rate limiting (spec §7): after `attempts` failures for one email (or one client address)
// within `windowMinutes`, further attempts are refused with 429 until the window has passed. Held in
// memory: one server process per clinic database; several servers would need a shared table.
import { AppError } from '../domain/errors.ts';

export interface SignInLimiter {
  check: (keys: string[], now: Date) => void;
  fail: (keys: string[], now: Date) => void;
  succeed: (keys: string[]) => void;
}

export function createSignInLimiter(options: { attempts: number; windowMinutes: number }): SignInLimiter {
  const failures = new Map<string, number[]>();
  const windowMs = options.windowMinutes * 60_000;
  const recent = (key: string, now: Date): number[] => (failures.get(key) ?? []).filter((t) => now.getTime() - t < windowMs);
  return {
    check(keys, now) {
      for (const key of keys) {
        const times = recent(key, now);
        if (times.length >= options.attempts) {
          const retryAfter = Math.ceil((windowMs - (now.getTime() - (times[0] ?? now.getTime()))) / 1000);
          throw new AppError('rate-limited', `too many failed sign-ins: try again in ${Math.ceil(retryAfter / 60)} minutes`,
            [{ path: 'retryAfterSeconds', message: String(retryAfter) }]);
        }
      }
    },
    fail(keys, now) {
      for (const key of keys) failures.set(key, [...recent(key, now), now.getTime()]);
    },
    succeed(keys) {
      for (const key of keys) failures.delete(key);
    },
  };
}
