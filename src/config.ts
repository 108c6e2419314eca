// The environment, read once at the edge through one zod schema and passed down as plain data.
// Nothing below this file reads process.env.
import { join } from 'node:path';
import { z } from 'zod';
import { validationError } from './domain/errors.ts';

const configSchema = z.object({
  // PostgreSQL when set; otherwise the embedded PGlite database in dataDir.
  databaseUrl: z.string().url().optional(),
  dataDir: z.string().min(1).default('./data'),
  port: z.coerce.number().int().min(0).max(65_535).default(8080),
  // How long a sign-in session lasts without use, in hours (spec §7: sessions expire). Heuristic.
  sessionHours: z.coerce.number().min(0.05).max(24 * 30).default(12),
  // Failed sign-ins allowed per email per window before 429 (spec §7). Heuristic.
  signInAttempts: z.coerce.number().int().min(1).max(1000).default(5),
  signInWindowMinutes: z.coerce.number().min(1).max(24 * 60).default(15),
  // Lockout per account (spec §7, issue 15): failed sign-ins in a row before it locks, and for how
  // long. Heuristic, in the range OWASP's authentication guidance describes (a handful of tries,
  // minutes not days: a lockout must not become a way to keep someone out).
  signInLockoutFailures: z.coerce.number().int().min(3).max(100).default(10),
  signInLockoutMinutes: z.coerce.number().min(1).max(24 * 60).default(30),
  // How long an invitation link stays valid, in hours (issue 15). Heuristic: long enough for a
  // patient to open it after the visit, short enough that a forwarded link goes stale.
  invitationHours: z.coerce.number().min(1).max(24 * 30).default(72),
  // How long a session's lookup is kept in memory, in seconds: the bound on how late another server
  // process notices a session ended elsewhere (this one forgets at once). 0 turns the cache off.
  sessionCacheSeconds: z.coerce.number().min(0).max(300).default(5),
  // Secure cookies need HTTPS; a local clinic server on http://localhost cannot set them.
  secureCookies: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  // Where Bulk Data export files are written (default: <dataDir>/exports), and how long a finished
  // export's files stay readable, in hours (Bulk Data v2: files expire; heuristic).
  exportDir: z.string().min(1).optional(),
  exportHours: z.coerce.number().min(0.01).max(24 * 30).default(24),
  // Where clients reach this server (SMART apps are sent back here; tokens name it): default
  // http://localhost:<port>. And how long a SMART app's access token lasts, in minutes (heuristic:
  // SMART suggests about an hour for tokens without refresh).
  publicUrl: z.url().optional(),
  appTokenMinutes: z.coerce.number().min(1).max(24 * 60).default(60),
});

export type Config = z.infer<typeof configSchema>;

/** Where clients reach this server. */
export const publicUrlOf = (config: Config, port: number): string => (config.publicUrl ?? `http://localhost:${port}`).replace(/\/+$/, '');

/** The folder Bulk Data exports write to. */
export const exportDirOf = (config: Config): string => config.exportDir ?? join(config.dataDir, 'exports');

/** The typed config from an environment (process.env at the edge, a plain object in tests). */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = configSchema.safeParse({
    databaseUrl: env.DATABASE_URL === '' ? undefined : env.DATABASE_URL,
    dataDir: env.THRESHOLD_DATA === '' ? undefined : env.THRESHOLD_DATA,
    port: env.PORT === '' ? undefined : env.PORT,
    sessionHours: env.THRESHOLD_SESSION_HOURS,
    signInAttempts: env.THRESHOLD_SIGN_IN_ATTEMPTS,
    signInWindowMinutes: env.THRESHOLD_SIGN_IN_WINDOW_MINUTES,
    signInLockoutFailures: env.THRESHOLD_SIGN_IN_LOCKOUT_FAILURES,
    signInLockoutMinutes: env.THRESHOLD_SIGN_IN_LOCKOUT_MINUTES,
    invitationHours: env.THRESHOLD_INVITATION_HOURS,
    sessionCacheSeconds: env.THRESHOLD_SESSION_CACHE_SECONDS,
    secureCookies: env.THRESHOLD_SECURE_COOKIES,
    exportDir: env.THRESHOLD_EXPORT_DIR === '' ? undefined : env.THRESHOLD_EXPORT_DIR,
    exportHours: env.THRESHOLD_EXPORT_HOURS === '' ? undefined : env.THRESHOLD_EXPORT_HOURS,
    publicUrl: env.THRESHOLD_PUBLIC_URL === '' ? undefined : env.THRESHOLD_PUBLIC_URL,
    appTokenMinutes: env.THRESHOLD_APP_TOKEN_MINUTES === '' ? undefined : env.THRESHOLD_APP_TOKEN_MINUTES,
  });
  if (!parsed.success) throw validationError(parsed.error, 'environment');
  return parsed.data;
}
