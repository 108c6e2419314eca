// /.well-known/smart-configuration (SMART App Launch 2.0, "Conformance"): where the authorization
// server is and what it does, read by an app before it asks to be authorized. Every capability
// listed is one the browser tests exercise (test/e2e/smart.test.ts).
import { OAUTH_ROUTES, OIDC_SCOPES, RESOURCE_SCOPES, type SmartServer } from './authorization-server.ts';

export function smartConfiguration(smart: Pick<SmartServer, 'issuer'>): Record<string, unknown> {
  return {
    issuer: smart.issuer,
    jwks_uri: `${smart.issuer}${OAUTH_ROUTES.jwks}`,
    authorization_endpoint: `${smart.issuer}${OAUTH_ROUTES.authorization}`,
    token_endpoint: `${smart.issuer}${OAUTH_ROUTES.token}`,
    userinfo_endpoint: `${smart.issuer}${OAUTH_ROUTES.userinfo}`,
    revocation_endpoint: `${smart.issuer}${OAUTH_ROUTES.revocation}`,
    token_endpoint_auth_methods_supported: ['none'],
    grant_types_supported: ['authorization_code'],
    response_types_supported: ['code'],
    code_challenge_methods_supported: ['S256'],
    scopes_supported: [...OIDC_SCOPES, ...RESOURCE_SCOPES],
    capabilities: [
      'launch-ehr', 'launch-standalone', 'client-public', 'context-ehr-patient', 'context-standalone-patient',
      'context-banner', 'permission-patient', 'permission-user', 'permission-v2', 'sso-openid-connect',
    ],
  };
}
