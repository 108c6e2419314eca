// The data-folder lock. PGlite has no cross-process locking: two processes on one folder both
// "commit" and one of them silently loses rows (stack notes §2). So whoever opens the folder first
// writes a lock file with its pid; anyone else is refused with a message saying who holds it. A
// lock left by a process that no longer runs is taken over.
import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../domain/errors.ts';

export interface DataFolderLock {
  path: string;
  release: () => Promise<void>;
}

interface LockContent {
  pid: number;
  purpose: string;
  since: string;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readLock(path: string): Promise<LockContent | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as LockContent;
  } catch {
    return null;
  }
}

/** Take the lock on a data folder for `purpose` (e.g. "threshold serve"), or throw AppError('locked'). */
export async function lockDataFolder(dataDir: string, purpose: string, now: Date): Promise<DataFolderLock> {
  const path = join(dataDir, 'threshold.lock');
  const content: LockContent = { pid: process.pid, purpose, since: now.toISOString() };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(JSON.stringify(content));
      await handle.close();
      return {
        path,
        release: async () => {
          const current = await readLock(path);
          if (current?.pid === process.pid) await unlink(path).catch(() => undefined);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = await readLock(path);
      if (holder && holder.pid !== process.pid && isRunning(holder.pid)) {
        throw new AppError(
          'locked',
          `the data folder ${dataDir} is in use by "${holder.purpose}" (pid ${holder.pid}, since ${holder.since}). ` +
            'The embedded database allows one process at a time: stop that process first, or do this through the running server.',
        );
      }
      if (holder?.pid === process.pid) {
        throw new AppError('locked', `the data folder ${dataDir} is already open in this process ("${holder.purpose}")`);
      }
      // The holder is gone (crashed or killed): the lock is stale.
      await unlink(path).catch(() => undefined);
    }
  }
  throw new AppError('locked', `could not lock the data folder ${dataDir}`);
}
