import { agenda } from './agenda.ts'
import { firstVisit } from './first-visit.ts'
import { galleryDom, galleryImages } from './gallery.ts'
import { prerendered } from './prerendered.ts'
import { publications } from './publications.ts'
import type { Scenario } from './scenario.ts'
import { search } from './search.ts'

/** Every scenario `npm run bench` runs, in order. */
export const scenarios: Scenario[] = [firstVisit, prerendered, agenda, galleryDom, galleryImages, publications, search]
