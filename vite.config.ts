import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { scenarioCatalog } from './scripts/vite/scenario-catalog-plugin';

export default defineConfig({
  base: './',
  plugins: [
    react(),
    // CALLCOURT_SCENARIOS_DIR: only for the dev-server test, which edits a copy of the library.
    scenarioCatalog({ dir: process.env.CALLCOURT_SCENARIOS_DIR }),
    // Offline once loaded: a service worker precaches the app, the scenarios and every audio clip.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      includeAssets: ['favicon.svg', 'audio/**/*.ogg', 'audio/manifest.json', 'scenario.schema.json'],
      manifest: {
        name: 'CallCourt',
        short_name: 'CallCourt',
        description: 'Phone-handling drills for customer-service agents.',
        lang: 'fr',
        start_url: './',
        display: 'standalone',
        background_color: '#f6f7f9',
        theme_color: '#0b57d0',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,json,ogg}'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: 'index.html',
      },
    }),
  ],
  build: { target: 'es2022', sourcemap: true },
  preview: { port: 4173, strictPort: false },
});
