import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

/**
 * Time zones far apart where the date-sensitive specs run again, so that a date shown a day off
 * anywhere fails: Paris, UTC−3 without daylight saving, UTC+14, UTC−8/−7. Vitest starts each
 * project's workers with its `env`, so `Date` and `Intl` read the zone from the first line.
 */
// Unit specs own their content too: what the build reads from the files (photo sizes, document
// sizes) comes from the test content, as in the end-to-end build (`build/content-dir.ts`).
process.env.CONTENT_DIR ??= 'tests/fixtures/content'

const TIME_ZONES = ['Europe/Paris', 'America/Cayenne', 'Pacific/Kiritimati', 'America/Los_Angeles']

const ROOT = dirname(fileURLToPath(import.meta.url))
const DATES = join(ROOT, 'src', 'shared', 'dates.ts')

/** Imports that load code (`import type` loads none), static or dynamic: the module is group 1 or 2. */
const IMPORTED = /^\s*(?:import(?!\s+type\b)[^']*?|export\s*(?:\*|\{)[^']*?from\s*)'([^']+)'|\bimport\(\s*'([^']+)'/gm

/** Whether a file, or any file it imports (relative imports, followed), runs date-fns or `src/shared/dates.ts`. */
function reachesDates(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false
  seen.add(file)
  for (const [, module, dynamic] of readFileSync(file, 'utf8').matchAll(IMPORTED)) {
    const target = module ?? dynamic ?? ''
    if (target.startsWith('date-fns')) return true
    if (!target.startsWith('.')) continue
    const path = join(dirname(file), target)
    const resolved = [path, `${path}.ts`].find((candidate) => /\.(ts|vue)$/.test(candidate) && existsSync(candidate))
    if (resolved === DATES || (resolved && reachesDates(resolved, seen))) return true
  }
  return false
}

/** The specs of the app and of the build that reach date code: they run in every time zone. */
const dateSpecs = ['src', 'build']
  .flatMap((folder) => readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' }).map((file) => join(folder, file)))
  .filter((file) => file.endsWith('.spec.ts') && reachesDates(join(ROOT, file)))

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // Specs run under Node; those that need a DOM say so in their first line
      // (`// @vitest-environment happy-dom`), as components and composables do.
      environment: 'node',
      projects: [
        {
          extends: true,
          test: { name: 'unit', include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts', 'build/**/*.spec.ts', 'tests/*.spec.ts'] },
        },
        ...TIME_ZONES.map((zone) => ({ extends: true as const, test: { name: `TZ=${zone}`, include: dateSpecs, env: { TZ: zone } } })),
      ],
    },
  }),
)
