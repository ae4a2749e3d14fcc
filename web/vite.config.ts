import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The web app is built into `web/dist`, which the server serves at `/`. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  // `npm run dev:web` serves the app with hot reload and hands the API to the server of `npm run dev`.
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080', '/t/': 'http://127.0.0.1:8080', '/docs': 'http://127.0.0.1:8080' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Only the app's own pages load it, on current browsers of dealers' laptops and phones.
    target: 'es2022',
  },
});
