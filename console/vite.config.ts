import { defineConfig } from 'vite';

// The server serves dist/ at /console/ (with an index.html fallback for client-side routes).
// Preact's JSX through esbuild, as in vitest.config.ts: no framework plugin needed.
export default defineConfig({
  base: '/console/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
  server: {
    // `npx vite` during development talks to a server started with `npm start` on 3000.
    proxy: {
      '/api': 'http://localhost:3000',
      '/socket.io': { target: 'http://localhost:3000', ws: true },
    },
  },
});
