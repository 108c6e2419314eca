// The body limit over a real HTTP server (@hono/node-server), as clients send bodies: with their
// length declared (the usual case, settled from the header) and chunked (counted as they stream in).
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitBody } from '../../src/api/body-limit.ts';
import { AppError } from '../../src/domain/errors.ts';

const LIMIT = 1_000;
let server: ServerType;
let url = '';

beforeAll(async () => {
  const app = new Hono();
  app.onError((error, c) => (error instanceof AppError ? c.json({ code: error.code }, 413) : c.json({ code: 'other' }, 500)));
  app.use('*', limitBody(LIMIT));
  app.post('/echo', async (c) => c.json({ got: (await c.req.text()).length }));
  app.get('/echo', (c) => c.json({ got: 0 }));
  server = await new Promise<ServerType>((resolve) => { const s = serve({ fetch: app.fetch, port: 0 }, () => resolve(s)); });
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/echo`;
});
afterAll(async () => { await new Promise((resolve) => server.close(resolve)); });

/** A body sent chunked: no Content-Length, a Transfer-Encoding instead. */
const chunked = (text: string): RequestInit => ({
  method: 'POST', duplex: 'half',
  body: new ReadableStream({ start(controller) { for (let i = 0; i < text.length; i += 100) controller.enqueue(new TextEncoder().encode(text.slice(i, i + 100))); controller.close(); } }),
} as RequestInit);

describe('the body limit over HTTP', () => {
  it('passes a body within the limit whole, with its length declared or chunked', async () => {
    expect(await (await fetch(url, { method: 'POST', body: 'x'.repeat(LIMIT) })).json()).toEqual({ got: LIMIT });
    expect(await (await fetch(url, chunked('y'.repeat(LIMIT)))).json()).toEqual({ got: LIMIT });
    expect(await (await fetch(url)).json()).toEqual({ got: 0 });
  });

  it('refuses a body over the limit, with its length declared or chunked', async () => {
    const declared = await fetch(url, { method: 'POST', body: 'x'.repeat(LIMIT + 1) });
    expect([declared.status, await declared.json()]).toEqual([413, { code: 'too-large' }]);
    const streamed = await fetch(url, chunked('y'.repeat(LIMIT * 3)));
    expect([streamed.status, await streamed.json()]).toEqual([413, { code: 'too-large' }]);
  });
});
