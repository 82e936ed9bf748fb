import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { agendaFeed } from './scripts/vite/agenda-feed.ts'
import { imageVariants } from './scripts/images/plugin.ts'
import { securityHeaders } from './scripts/vite/security-headers.ts'
import { sitemap } from './scripts/vite/sitemap.ts'

export default defineConfig({
  plugins: [vue(), securityHeaders(), sitemap(), agendaFeed(), imageVariants()],
  // Every component uses <script setup>: leave the Options API out of the bundle.
  define: { __VUE_OPTIONS_API__: false },
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
  },
})
