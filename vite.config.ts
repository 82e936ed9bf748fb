import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { imageVariants } from './scripts/images/plugin.ts'
import { securityHeaders } from './scripts/vite/security-headers.ts'
import { siteFilesPlugin } from './build/site-files.ts'

export default defineConfig({
  plugins: [vue(), securityHeaders(), siteFilesPlugin(), imageVariants()],
  // Every component uses <script setup>: leave the Options API out of the bundle.
  define: { __VUE_OPTIONS_API__: false },
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
  },
})
