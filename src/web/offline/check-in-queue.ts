// Check-ins waiting to reach the server. A check-in gets its idempotency key the moment the patient
// makes it; the key is stored with it and sent on every retry, so a check-in whose first attempt
// did arrive (but whose answer was lost) is counted once. Kept in localStorage: it survives a
// reload, a closed tab and a phone going offline. Pure logic over an injected storage and sender,
// so it is tested without a browser.
import type { CheckIn } from '../client/types.ts';

// The programme's log (exercises, the morning after) is optional: a check-in without a programme has none.
export type CheckInBody = Omit<CheckIn, 'id' | 'exercises' | 'morningAfter'> & Partial<Pick<CheckIn, 'exercises' | 'morningAfter'>>;

export interface QueuedCheckIn {
  key: string;
  episodeId: string;
  body: CheckInBody;
  madeAt: string;
  attempts: number;
  /** Why the last attempt failed, in words for the patient. */
  lastError?: string;
  /** A rejection that retrying cannot fix (bad input, no access): shown, not retried. */
  stuck?: boolean;
}

export interface KeyValueStorage {
  getItem: (key: string) => string | null;
  setItem: (key: string, value: string) => void;
}

export type SendResult =
  | { outcome: 'sent' }
  | { outcome: 'retry-later'; message: string }
  | { outcome: 'rejected'; message: string };

const STORAGE_KEY = 'threshold.check-in-queue.v1';

/** A key the API accepts (8-128 of [A-Za-z0-9._:-]); random enough that two phones never collide. */
export function newIdempotencyKey(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(16));
  return `ci-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export class CheckInQueue {
  private flushing: Promise<number> | null = null;

  constructor(private readonly storage: KeyValueStorage) {}

  list(): QueuedCheckIn[] {
    try {
      const parsed: unknown = JSON.parse(this.storage.getItem(STORAGE_KEY) ?? '[]');
      return Array.isArray(parsed) ? (parsed as QueuedCheckIn[]) : [];
    } catch {
      return [];
    }
  }

  private save(items: QueuedCheckIn[]): void {
    this.storage.setItem(STORAGE_KEY, JSON.stringify(items));
  }

  /** Keep a new check-in (with its key) before the first attempt to send it. */
  add(episodeId: string, body: CheckInBody, key: string, madeAt: string): QueuedCheckIn {
    const item: QueuedCheckIn = { key, episodeId, body, madeAt, attempts: 0 };
    this.save([...this.list(), item]);
    return item;
  }

  remove(key: string): void {
    this.save(this.list().filter((item) => item.key !== key));
  }

  private update(key: string, change: Partial<QueuedCheckIn>): void {
    this.save(this.list().map((item) => (item.key === key ? { ...item, ...change } : item)));
  }

  /**
   * Try to send every waiting check-in, oldest first, each with its own key. Only one flush runs at
   * a time (a second call waits for the first). Returns how many were delivered.
   */
  flush(send: (item: QueuedCheckIn) => Promise<SendResult>): Promise<number> {
    this.flushing ??= this.runFlush(send).finally(() => { this.flushing = null; });
    return this.flushing;
  }

  private async runFlush(send: (item: QueuedCheckIn) => Promise<SendResult>): Promise<number> {
    let delivered = 0;
    for (const item of this.list()) {
      if (item.stuck) continue;
      const result = await send(item);
      if (result.outcome === 'sent') {
        this.remove(item.key);
        delivered += 1;
      } else if (result.outcome === 'rejected') {
        this.update(item.key, { attempts: item.attempts + 1, lastError: result.message, stuck: true });
      } else {
        this.update(item.key, { attempts: item.attempts + 1, lastError: result.message });
        break; // the connection is down: the rest would fail the same way
      }
    }
    return delivered;
  }
}
