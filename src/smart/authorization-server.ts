// The SMART App Launch 2.0 authorization server (issue 16), built on oidc-provider, an OpenID
// Certified implementation of OAuth 2.0 and OpenID Connect: we write no token, code or PKCE logic of
// our own, only configuration. Authorization code with PKCE (S256 only: the library supports no
// other method), public clients (the clinic's registered apps), scopes launch, launch/patient,
// openid, fhirUser, patient/*.rs and user/*.rs, the FHIR endpoint as the one resource server (the
// SMART `aud` parameter must name it). Every authorization goes through Threshold's own sign-in and
// the consent screen (interactions.ts); the patient of the launch context travels with the grant
// and comes back in the token response. A token acts as its user, read-only, through the same
// access gate as a sign-in (appActor).
import type { IncomingMessage, ServerResponse } from 'node:http';
import Provider, { errors, interactionPolicy, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import {
  accountOf, appActor, oauthStorage, recordAppToken, type Actor, type OAuthStorage, type ServiceDeps,
} from '../services/index.ts';
import { fhirId } from '../fhir/ids.ts';
import { adapterFactory } from './adapter.ts';
import { serverKeys } from './keys.ts';

export interface SmartServerOptions {
  deps: ServiceDeps;
  /** Where clients reach this server, e.g. https://clinic.example (THRESHOLD_PUBLIC_URL). */
  publicUrl: string;
  /** How long an app's access token lasts (THRESHOLD_APP_TOKEN_MINUTES). */
  tokenMinutes: number;
  secureCookies: boolean;
  clock: () => Date;
}

/** The scopes of the FHIR endpoint as a resource server; openid and fhirUser are OpenID Connect's. */
export const RESOURCE_SCOPES = ['launch', 'launch/patient', 'patient/*.rs', 'user/*.rs'] as const;
export const OIDC_SCOPES = ['openid', 'fhirUser'] as const;
/** Where the patient of a grant is kept, by grant id, for the token response and the token's actor. */
export const GRANT_CONTEXT = 'GrantContext';
export const OAUTH_PATH = '/oauth';
/** The provider's endpoints under OAUTH_PATH, named once for its configuration and smart-configuration. */
export const OAUTH_ROUTES = { authorization: '/auth', token: '/token', jwks: '/jwks', userinfo: '/me', revocation: '/token/revocation' } as const;

export interface SmartServer {
  provider: Provider;
  storage: OAuthStorage;
  issuer: string;
  fhirBase: string;
  /** Node's handler for every request under /oauth (the provider's endpoints). */
  handle: (req: IncomingMessage, res: ServerResponse) => void;
  /** The actor an access token acts as at the FHIR endpoint; null for a token that is not (or no longer) one. */
  verifyAccessToken: (token: string) => Promise<Actor | null>;
  /** Delete expired codes, tokens and sessions. */
  sweep: () => Promise<void>;
}

async function grantPatient(storage: OAuthStorage, grantId: string | undefined): Promise<string | undefined> {
  if (grantId === undefined) return undefined;
  const context = await storage.find(GRANT_CONTEXT, grantId);
  const patientId = context?.payload.patientId;
  return typeof patientId === 'string' ? patientId : undefined;
}

/** The id token's fhirUser: the FHIR resource of the signed-in user (SMART App Launch, "fhirUser"). */
function fhirUserOf(fhirBase: string, account: { userId: string; role: string; patientId?: string | undefined }): string {
  return account.role === 'patient' && account.patientId !== undefined
    ? `${fhirBase}/Patient/${account.patientId}`
    : `${fhirBase}/Practitioner/${fhirId(`practitioner-${account.userId}`)}`;
}

export async function createSmartServer(options: SmartServerOptions): Promise<SmartServer> {
  const { deps, clock } = options;
  const publicUrl = options.publicUrl.replace(/\/+$/, '');
  const issuer = `${publicUrl}${OAUTH_PATH}`;
  const fhirBase = `${publicUrl}/fhir/R4`;
  const storage = oauthStorage(deps, clock);
  const keys = await serverKeys(storage);
  const tokenSeconds = Math.round(options.tokenMinutes * 60);

  // Every authorization asks Threshold who is signed in (a provider session of an earlier user of
  // this browser must not carry over), so the login prompt holds until an interaction resolved it.
  const policy = interactionPolicy.base();
  policy.get('login')?.checks.add(new interactionPolicy.Check('threshold_sign_in', 'sign in to Threshold and allow the app', 'login_required',
    (ctx: KoaContextWithOIDC) => (ctx.oidc.result?.login === undefined ? interactionPolicy.Check.REQUEST_PROMPT : interactionPolicy.Check.NO_NEED_TO_PROMPT)));

  const cookie = { httpOnly: true, sameSite: 'lax' as const, secure: options.secureCookies, signed: true };
  const configuration: Configuration = {
    adapter: adapterFactory(deps, storage, clock),
    clients: [],
    findAccount: async (_ctx, sub) => {
      const account = await accountOf(deps, sub);
      if (!account) return undefined;
      return { accountId: sub, claims: () => ({ sub, fhirUser: fhirUserOf(fhirBase, account) }) };
    },
    claims: { openid: ['sub'], fhirUser: ['fhirUser'] },
    // SMART puts fhirUser in the id token itself.
    conformIdTokenClaims: false,
    responseTypes: ['code'],
    routes: OAUTH_ROUTES,
    pkce: { required: () => true },
    extraParams: {
      // SMART: the FHIR server the app means; a token for another server is refused here.
      aud: (_ctx, value) => {
        if (value !== undefined && value.replace(/\/+$/, '') !== fhirBase) throw new errors.InvalidRequest(`aud must be this FHIR server, ${fhirBase}`);
      },
      launch: null,
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => fhirBase,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource.replace(/\/+$/, '') !== fhirBase) throw new errors.InvalidTarget();
          return { scope: RESOURCE_SCOPES.join(' '), audience: fhirBase, accessTokenFormat: 'opaque', accessTokenTTL: tokenSeconds };
        },
      },
    },
    interactions: { policy, url: (_ctx, interaction) => `${OAUTH_PATH}/interaction/${interaction.uid}` },
    cookies: { keys: [keys.cookie], long: cookie, short: cookie },
    jwks: { keys: [keys.signing] },
    ttl: {
      AccessToken: tokenSeconds,
      // The code is exchanged by the app's script right after the redirect (heuristic: one minute).
      AuthorizationCode: 60,
      IdToken: tokenSeconds,
      Grant: tokenSeconds,
      Interaction: 3600,
      Session: 3600,
    },
    // A public client's script calls the token endpoint from the app's own origin.
    clientBasedCORS: (_ctx, origin, client) => client.redirectUris?.some((uri) => URL.parse(uri)?.origin === origin) === true,
    renderError: (ctx, out) => {
      ctx.type = 'html';
      const text = (value: unknown): string => String(value).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
      ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Threshold: the app could not be authorized</title></head>`
        + `<body><main><h1>The app could not be authorized</h1><p>${text(out.error)}: ${text(out.error_description ?? '')}</p></main></body></html>`;
    },
  };
  const provider = new Provider(issuer, configuration);
  provider.proxy = true;

  // The token response carries the launch context (SMART: "patient"), and the issue is audited.
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.oidc?.route !== 'token' || ctx.status !== 200) return;
    const body = ctx.body as Record<string, unknown>;
    const code = ctx.oidc.entities.AuthorizationCode;
    const patientId = await grantPatient(storage, code?.grantId);
    // The provider reports the access token's (resource) scopes; SMART apps read the whole grant
    // here, openid and fhirUser included (fhirclient decodes the id token only when they are listed).
    const granted = String(code?.scope ?? '').split(' ').filter((s) => (OIDC_SCOPES as readonly string[]).includes(s));
    body.scope = [...new Set([...granted, ...String(body.scope ?? '').split(' ')])].filter((s) => s !== '').join(' ');
    if (patientId !== undefined) {
      body.patient = patientId;
      body.need_patient_banner = true;
    }
    if (code?.accountId !== undefined && code.clientId !== undefined) {
      await recordAppToken(deps, { accountId: code.accountId, clientId: code.clientId, scopes: String(code.scope ?? '').split(' '), patientId }, clock());
    }
  });

  const callback = provider.callback();
  return {
    provider, storage, issuer, fhirBase,
    handle: (req, res) => {
      // Mounted under /oauth: the provider reads the prefix from originalUrl (oidc-provider, "Mounting").
      const original = req.url ?? '/';
      Object.assign(req, { originalUrl: original, url: original.slice(OAUTH_PATH.length) || '/' });
      void callback(req, res);
    },
    verifyAccessToken: async (token) => {
      const found = await provider.AccessToken.find(token);
      if (found === undefined || found.isExpired || found.accountId === undefined) return null;
      const audience = Array.isArray(found.aud) ? found.aud : [found.aud];
      if (!audience.includes(fhirBase)) return null;
      return appActor(deps, {
        accountId: found.accountId, clientId: found.clientId ?? '', scopes: (found.scope ?? '').split(' '), patientId: await grantPatient(storage, found.grantId),
      });
    },
    sweep: () => storage.deleteExpired(),
  };
}
