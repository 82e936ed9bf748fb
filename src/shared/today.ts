/**
 * "Today" as a calendar date. A prerendered page was made on the build's date, so the server
 * and the hydrating client use that date (`setToday`), and the app moves to the visitor's
 * local date once mounted: the page then follows the day it is read on.
 */
import { readonly, shallowRef, type DeepReadonly, type ShallowRef } from 'vue'
import { toIsoDate } from './dates'

const today = shallowRef(toIsoDate(new Date()))

export function useToday(): DeepReadonly<ShallowRef<string>> {
  return readonly(today)
}

export function setToday(date: string = toIsoDate(new Date())): void {
  today.value = date
}
