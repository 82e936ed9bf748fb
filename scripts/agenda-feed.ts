/**
 * Vite plugin: writes `agenda.ics`, the iCal feed of every valid event of
 * `public/data/events.json`, next to `index.html` at build time (and serves it in dev),
 * with the same validation and iCal text as the site itself.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { DATA_FILES } from '../src/content/schemas.ts'
import { recordsOf, validateRecords } from '../src/content/validate.ts'
import { calendarText } from '../src/features/agenda/ical.ts'

const FEED = 'agenda.ics'

function feedText(root: string): string {
  const { file, key, schema } = DATA_FILES.events
  const json: unknown = JSON.parse(readFileSync(resolve(root, 'public/data', file), 'utf8'))
  return calendarText(validateRecords(recordsOf(json, key), schema).records, { now: new Date() })
}

export function agendaFeed(): Plugin {
  let root = process.cwd()
  return {
    name: 'agenda-feed',
    configResolved(config) {
      root = config.root
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: FEED, source: feedText(root) })
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== `${server.config.base}${FEED}`) return next()
        response.setHeader('Content-Type', 'text/calendar; charset=utf-8')
        response.end(feedText(root))
      })
    },
  }
}
