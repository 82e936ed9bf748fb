import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { adminPlugin } from './build/admin.ts'
import { prerender } from './build/prerender.ts'
import { imageVariants } from './build/image-variants.ts'
import { securityHeaders } from './build/security-headers.ts'
import { siteFilesPlugin } from './build/site-files.ts'
import { contentDir } from './build/content-dir.ts'
import { documentSizesPlugin } from './build/document-sizes.ts'

export default defineConfig({
  plugins: [contentDir(), vue(), securityHeaders(), siteFilesPlugin(), documentSizesPlugin(), imageVariants(), adminPlugin(), prerender()],
  define: {
    // Every component uses <script setup>: leave the Options API out of the bundle.
    __VUE_OPTIONS_API__: false,
    // The end-to-end build reports each hydration mismatch in detail, so that a test fails on it.
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: process.env.HYDRATION_DETAILS === '1',
  },
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
  },
})
