import react from '@vitejs/plugin-react';
import { checkedQuestionnaires } from './scripts/checked-questionnaires.ts';
import { securityHeaders, syncOriginsOf } from './scripts/security-headers.ts';
import { startChunk } from './scripts/start-chunk.ts';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Names this build: kept outcomes of an earlier build's questionnaire checks are not trusted. */
const BUILD_ID = new Date().toISOString();
/** Sync servers this installation may reach (none: files only); see docs/deployment.md. */
const SYNC_ORIGINS = syncOriginsOf(process.env.NAP_SYNC_ORIGINS);

export default defineConfig({
  define: { __BUILD_ID__: JSON.stringify(BUILD_ID), __SYNC_ORIGINS__: JSON.stringify(SYNC_ORIGINS) },
  plugins: [
    checkedQuestionnaires(),
    securityHeaders(SYNC_ORIGINS),
    react(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/*.png'],
      manifest: {
        name: 'CBRN NAP Builder',
        short_name: 'CBRN NAP',
        description: 'CBRN needs assessment and draft National Action Plan, offline.',
        theme_color: '#1d3557',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '.',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,woff2}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
    }),
  ],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: startChunk, debugName: 'start' }] } } },
  },
});
