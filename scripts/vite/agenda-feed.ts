/**
 * Vite plugin: writes `agenda.ics`, the iCal feed of every valid event of
 * `public/data/events.json`, next to `index.html` at build time (and serves it in dev),
 * with the same validation and iCal text as the site itself.
 */
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { DATA_FILES } from '../../src/content/schemas.ts'
import { calendarText } from '../../src/features/agenda/ical.ts'
import { readDataFile } from './read-data.ts'

const FEED = 'agenda.ics'

function feedText(root: string): string {
  return calendarText(readDataFile(DATA_FILES.events, resolve(root, 'public/data')), { now: new Date() })
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
