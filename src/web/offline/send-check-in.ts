// How the queue sends one check-in through the API, and what each failure means for a retry.
import { ApiError } from '../client/client.ts';
import { api } from '../client/endpoints.ts';
import type { QueuedCheckIn, SendResult } from './check-in-queue.ts';

export async function sendCheckIn(item: QueuedCheckIn): Promise<SendResult> {
  try {
    await api.checkIn(item.episodeId, item.body, item.key);
    return { outcome: 'sent' };
  } catch (error) {
    if (!(error instanceof ApiError)) return { outcome: 'retry-later', message: String(error) };
    // No connection, a server error, or a signed-out session: the same check-in can still go later.
    if (error.code === 'offline' || error.status >= 500 || error.status === 401 || error.status === 429) {
      return { outcome: 'retry-later', message: error.status === 401 ? 'Sign in again to send it.' : 'Waiting for a connection.' };
    }
    return { outcome: 'rejected', message: error.message };
  }
}
