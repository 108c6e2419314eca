// SMART App Launch over real HTTP for the API tests: the test API's services behind the same one
// Node listener `threshold serve` uses (the authorization server under /oauth, the API for the rest),
// and a small user agent that keeps cookies and does not follow redirects, so a test walks the
// authorization code flow step by step as a browser and an app would.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createApi } from '../../src/api/app.ts';
import { createSmart, type Smart } from '../../src/smart/index.ts';
import type { TestApi } from '../support/api.ts';

export interface SmartTestServer {
  /** The test API with the SMART-aware app in it (for `call`). */
  api: TestApi;
  url: string;
  fhirBase: string;
  smart: Smart;
  close: () => Promise<void>;
}

export async function startSmartServer(api: TestApi): Promise<SmartTestServer> {
  let listener: RequestListener = (_req, res) => { res.statusCode = 503; res.end(); };
  const server = createServer((req, res) => listener(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const log = (error: unknown): void => console.error(error);
  const smart = await createSmart({ deps: api.deps, publicUrl: url, tokenMinutes: 60, secureCookies: false, clock: () => api.clock.now, log });
  const app = createApi({ deps: api.deps, secureCookies: false, clock: () => api.clock.now, log, smart: smart.fhir });
  listener = smart.listener(getRequestListener(app.fetch));
  return {
    api: { ...api, app }, url, fhirBase: smart.fhir.fhirBase, smart,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A browser's cookies and fetch, without following redirects (each step is the test's). */
export class Agent {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly base: string) {}

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const url = path.startsWith('http') ? path : `${this.base}${path}`;
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...(cookie ? { Cookie: cookie } : {}), ...(init.headers as Record<string, string> | undefined) } });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair?.indexOf('=') ?? -1;
      if (pair === undefined || at < 0) continue;
      const value = pair.slice(at + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(pair.slice(0, at));
      else this.cookies.set(pair.slice(0, at), value);
    }
    return response;
  }
}

export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export const location = (response: Response): string => response.headers.get('Location') ?? '';
