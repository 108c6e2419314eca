// Build the web app: `npx vite build src/web` (from the repository root) writes dist/web, which
// `threshold serve` serves at /. `npx vite src/web` runs it in development, with /api sent to a
// server already running on port 8080.
//
// The patient side is an installable app (issue 18, item 6) through vite-plugin-pwa, which generates
// a Workbox service worker: Workbox is the well-kept library for precaching and runtime caching, and
// the plugin keeps its precache list in step with each build. The worker
// - precaches the app shell (the built HTML, scripts, styles, icons), and answers every navigation
//   outside the APIs with index.html: every route of the app opens offline from a cold start,
//   including pages added later;
// - keeps a copy of the reads a signed-in patient's app marks with X-Threshold-Offline-Copy (their
//   own record: src/web/client/client.ts), network first, so a cold start offline shows the last copy.
//   A clinician's reads are never marked, so a clinic's computers keep no patient data.
// Check-ins made offline wait in the app's own queue (src/web/offline), not in the worker: the queue
// holds each one's idempotency key and shows the patient what waits.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: null,
      includeAssets: ['icon-192.png', 'icon-512.png'],
      manifest: {
        name: 'Threshold',
        short_name: 'Threshold',
        description: 'Your check-in, your progress and what to expect, between sessions.',
        start_url: '/check-in',
        scope: '/',
        display: 'standalone',
        background_color: '#f6f7f9',
        theme_color: '#1d2f4a',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'],
        navigateFallback: '/index.html',
        // The server's own pages: the API, FHIR, and SMART's authorization server (/oauth/auth and its
        // resumes are server redirects; the consent screen under /oauth/interaction is this app, served by the server).
        navigateFallbackDenylist: [/^\/api\//, /^\/fhir\//, /^\/oauth\/(?!interaction\/)/, /^\/\.well-known\//],
        cleanupOutdatedCaches: true,
        runtimeCaching: [{
          // Must match OFFLINE_COPY_HEADER in src/web/client/client.ts and PATIENT_DATA_CACHE in
          // src/web/offline/remembered-patient.ts (the worker is built apart from the app).
          urlPattern: ({ url, request }) => url.pathname.startsWith('/api/v1/') && request.headers.get('X-Threshold-Offline-Copy') === 'keep',
          method: 'GET',
          handler: 'NetworkFirst',
          options: {
            cacheName: 'threshold-patient-data',
            networkTimeoutSeconds: 6,
            expiration: { maxEntries: 60 },
            cacheableResponse: { statuses: [200] },
          },
        }],
      },
    }),
  ],
  build: { outDir: '../../dist/web', emptyOutDir: true, target: 'es2022' },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
