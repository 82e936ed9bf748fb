import { defineAsyncComponent } from 'vue'

/** The lightbox is loaded on first use, so it weighs nothing on pages that only list photos. */
export const GalleryLightbox = defineAsyncComponent(() => import('./GalleryLightbox.vue'))
