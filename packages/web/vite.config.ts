import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Matches --bg in src/styles/tokens.css (light theme): the splash and browser chrome colour. */
const CREAM = '#FFF7F0';

const CORE_DIST = /[\\/]packages[\\/]core[\\/]dist[\\/]/;

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      // A new version waits until the person says so: never reload under someone mid-log.
      registerType: 'prompt',
      // Registered from src/pwa/update-prompt.tsx; the CSP forbids the inline script the plugin could add.
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png', 'theme-boot.js'],
      manifest: {
        id: '/',
        name: 'Ask Anyway',
        short_name: 'Ask Anyway',
        description: 'Rejection therapy, done gently: small real-world asks, at your own pace, with help one tap away.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: CREAM,
        background_color: CREAM,
        categories: ['health', 'lifestyle'],
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        // The API is never served from the cache: answers are per person and must be fresh.
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    sourcemap: true,
    rolldownOptions: {
      treeshake: {
        // Core is pure by design (no I/O, nothing global touched on import), so modules of it the app
        // does not use, such as the challenge catalogue, are left out of the bundle.
        // Every other module keeps the default (its package.json `sideEffects`, else true).
        moduleSideEffects: (id) => (CORE_DIST.test(id) ? false : undefined),
      },
    },
  },
});
