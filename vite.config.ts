import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    outDir: 'dist',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  plugins: [
    // Offline: a generated service worker precaches the whole build (code, styles, sounds, fonts,
    // levels, icons), so after the first visit the game loads and plays with no network. It is
    // registered from main.ts (no inline script: the CSP allows none); a new version waits until
    // the player chooses "Update now".
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: null,
      // The glob below finds every public file too; listing them again would precache them twice.
      includeManifestIcons: false,
      manifest: {
        name: 'Weightlings',
        short_name: 'Weightlings',
        description: "A game in which a creature's neural-network weights are its DNA.",
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        display_override: ['fullscreen', 'standalone'],
        orientation: 'any',
        background_color: '#14213d',
        theme_color: '#14213d',
        categories: ['education', 'games'],
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,mjs,css,html,wav,mp3,ogg,woff,woff2,json,svg,png}'],
        // The Phaser and pixi chunks are large; precache them anyway.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
});
