// The queue in the app. useCheckInSender (mounted once for a signed-in patient) sends what waits
// when the app opens, when the phone comes back online and every 30 seconds while something waits.
// useCheckInQueue gives a page what is waiting and the ways to add, send and discard.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { hasCsrfToken } from '../client/client.ts';
import { CheckInQueue, type QueuedCheckIn } from './check-in-queue.ts';
import { sendCheckIn } from './send-check-in.ts';

let shared: CheckInQueue | null = null;
const queue = (): CheckInQueue => (shared ??= new CheckInQueue(window.localStorage));
const listeners = new Set<() => void>();
const notify = (): void => { for (const listener of listeners) listener(); };

async function flushNow(): Promise<number> {
  // Opened offline, the app has no CSRF token yet: sending would be refused, so wait for the session.
  if (!hasCsrfToken()) return 0;
  const delivered = await queue().flush(sendCheckIn);
  notify();
  return delivered;
}

/** `online`: the session reached the server; a change of it (back from offline) sends at once. */
export function useCheckInSender(online: boolean): void {
  useEffect(() => {
    if (!online) return undefined;
    void flushNow();
    const onOnline = (): void => void flushNow();
    window.addEventListener('online', onOnline);
    const timer = window.setInterval(() => { if (queue().list().some((i) => !i.stuck)) void flushNow(); }, 30_000);
    return () => {
      window.removeEventListener('online', onOnline);
      window.clearInterval(timer);
    };
  }, [online]);
}

export interface QueueState {
  waiting: QueuedCheckIn[];
  add: (episodeId: string, body: QueuedCheckIn['body'], key: string) => void;
  flush: () => Promise<number>;
  discard: (key: string) => void;
}

export function useCheckInQueue(): QueueState {
  const [waiting, setWaiting] = useState<QueuedCheckIn[]>(() => queue().list());
  const refresh = useCallback(() => setWaiting(queue().list()), []);
  useEffect(() => {
    listeners.add(refresh);
    window.addEventListener('storage', refresh);
    return () => {
      listeners.delete(refresh);
      window.removeEventListener('storage', refresh);
    };
  }, [refresh]);
  return useMemo(() => ({
    waiting,
    add: (episodeId, body, key) => { queue().add(episodeId, body, key, new Date().toISOString()); notify(); },
    flush: flushNow,
    discard: (key) => { queue().remove(key); notify(); },
  }), [waiting]);
}
