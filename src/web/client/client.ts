// One way to call /api/v1: JSON in and out, the session cookie sent by the browser, the CSRF token
// added to every change, and every failure turned into an ApiError that keeps the API's field
// details (so a form can show each message next to its field). A request that never reached the
// server is an ApiError with code "offline".
import type { ApiErrorBody } from './types.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: { path: string; message: string }[];

  constructor(status: number, code: string, message: string, details: { path: string; message: string }[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The message for one field path ("goals.0.value"), if the API named it. */
  fieldMessage(path: string): string | undefined {
    return this.details.find((d) => d.path === path)?.message;
  }
}

let csrfToken: string | null = null;

/** Kept in memory only: sign-in and GET /auth/me hand it over. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** True once sign-in or GET /auth/me handed a token over: a change can be sent. */
export function hasCsrfToken(): boolean {
  return csrfToken !== null;
}

/**
 * The header that asks the service worker to keep a copy of a response for offline use (vite.config.ts).
 * Only a signed-in patient's reads carry it: their own record, on their own phone. A clinician's never do.
 */
export const OFFLINE_COPY_HEADER = 'X-Threshold-Offline-Copy';
let keepOfflineCopies = false;

export function setKeepOfflineCopies(keep: boolean): void {
  keepOfflineCopies = keep;
}

const safeMethods = new Set(['GET', 'HEAD']);

function isErrorBody(body: unknown): body is ApiErrorBody {
  return typeof body === 'object' && body !== null && 'error' in body && typeof (body as ApiErrorBody).error?.message === 'string';
}

export interface RequestOptions {
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Where the path is, when not under /api/v1 (the consent screen's calls are under /oauth). */
  base?: string;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (!safeMethods.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  if (method === 'GET' && keepOfflineCopies) headers[OFFLINE_COPY_HEADER] = 'keep';
  let response: Response;
  try {
    response = await fetch(`${options.base ?? '/api/v1'}${path}`, {
      method, headers, credentials: 'same-origin',
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'offline', 'Could not reach the server. Check the connection and try again.');
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text === '' ? null : JSON.parse(text);
  } catch {
    body = text;
  }
  if (!response.ok) {
    if (isErrorBody(body)) throw new ApiError(response.status, body.error.code, body.error.message, body.error.details);
    throw new ApiError(response.status, response.status >= 500 ? 'internal' : 'unknown', `The server answered ${response.status}.`);
  }
  return body as T;
}

/** A POST whose response status and headers matter (check-ins: Idempotent-Replayed). */
export async function post<T>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
  return request<T>('POST', path, { body, headers });
}

/** A file the API makes (a PDF, a CSV): its bytes and the name the server gave it. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/** GET a file; a refusal or a failure is an ApiError with the API's own message, like any request. */
export async function download(path: string): Promise<DownloadedFile> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'offline', 'Could not reach the server. Check the connection and try again.');
  }
  if (!response.ok) {
    const text = await response.text();
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: the status says enough
    }
    if (isErrorBody(body)) throw new ApiError(response.status, body.error.code, body.error.message, body.error.details);
    throw new ApiError(response.status, response.status >= 500 ? 'internal' : 'unknown', `The server answered ${response.status}.`);
  }
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? path.split('/').pop() ?? 'download';
  return { blob: await response.blob(), fileName };
}
