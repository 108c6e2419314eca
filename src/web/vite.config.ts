// Build the web app: `npx vite build src/web` (from the repository root) writes dist/web, which
// `threshold serve` serves at /. `npx vite src/web` runs it in development, with /api sent to a
// server already running on port 8080.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: { outDir: '../../dist/web', emptyOutDir: true, target: 'es2022' },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
