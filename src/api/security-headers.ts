// Security headers on every response (issue 15): the API's JSON, FHIR, and the web app's files. The
// Content-Security-Policy allows the web app exactly what it is built from, all from this server:
// its script and style files, images inline as data: (the favicon), fetch to its own API; no inline
// script or style element, no plugin, no other site framing it (frame-ancestors 'none', and
// X-Frame-Options DENY for older browsers). Styles React sets on an element go through the DOM, which
// style-src does not govern. Referrer-Policy no-referrer: an invitation link's token stays in its
// fragment anyway, and no page address leaks to another site. HSTS only when served over HTTPS.
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

const self = ["'self'"];

export const contentSecurityPolicy = {
  defaultSrc: self,
  scriptSrc: self,
  styleSrc: self,
  imgSrc: [...self, 'data:'],
  fontSrc: self,
  connectSrc: self,
  manifestSrc: self,
  workerSrc: self,
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: self,
  frameAncestors: ["'none'"],
};

export function securityHeaders(options: { https: boolean }): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy,
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    xContentTypeOptions: true,
    strictTransportSecurity: options.https,
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [] },
  });
}
