import { useTitle } from '@vueuse/core'
import { toRef, type MaybeRefOrGetter } from 'vue'
import { wording } from './wording'

/** Sets `document.title` to "<page> — CARIF-OREF" for as long as the calling screen is shown. */
export function usePageTitle(title: MaybeRefOrGetter<string>): void {
  useTitle(toRef(title), { titleTemplate: wording.site.titleTemplate })
}
