// The OpenAPI 3.1 document is generated from the route schemas, served without signing in, and lists
// exactly the endpoints the authorization matrix drives (plus sign-in).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../support/backends.ts';
import { startTestApi, type TestApi } from '../support/api.ts';
import { endpoints } from '../support/endpoints.ts';

interface Doc {
  openapi: string;
  paths: Record<string, Record<string, { parameters?: { in: string; required?: boolean; name: string }[] }>>;
  components: { securitySchemes: Record<string, unknown> };
}

/** The endpoints of signing in and out, invitations taken up and one's own sessions: test/api/access.test.ts. */
const authEndpoints = [
  'POST /auth/login', 'POST /auth/logout', 'GET /auth/me', 'POST /auth/invitation', 'POST /auth/invitation/accept', 'GET /auth/sessions',
  'DELETE /auth/sessions/{sessionId}',
];

describe('openapi', () => {
  let api: TestApi;
  let doc: Doc;
  beforeAll(async () => {
    const pglite = backends[0];
    if (!pglite) throw new Error('no backend');
    api = await startTestApi(pglite);
    const response = await api.app.request('/api/v1/openapi.json');
    expect(response.status).toBe(200);
    doc = (await response.json()) as Doc;
  });
  afterAll(async () => api.close());

  it('is OpenAPI 3.1 with both ways to sign in', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['bearer', 'cookie']);
  });

  it('documents every endpoint the matrix drives, and no other', () => {
    const documented = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path.replace(/^\/api\/v1/, '')}`));
    const driven = [...endpoints.map((e) => `${e.method} ${e.path}`), ...authEndpoints];
    expect(documented.sort()).toEqual([...new Set(driven)].sort());
  });

  it('marks every path parameter required', () => {
    for (const methods of Object.values(doc.paths)) {
      for (const operation of Object.values(methods)) {
        for (const parameter of operation.parameters ?? []) if (parameter.in === 'path') expect(parameter.required, parameter.name).toBe(true);
      }
    }
  });
});
