/**
 * `npm run check:data [folder]`: validates the data files (public/data by default) and the
 * files of the site they point to. Prints every problem of every file, one a line, and exits
 * non-zero if there is an error (warnings alone leave it at zero).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { DATA_FILES, SITE_FILE } from '../src/content/schemas.ts'
import { checkFile, checkRecordFile, type Finding } from './lib/check-file.ts'

const dataDir = resolve(process.argv[2] ?? 'public/data')
const publicDir = resolve(dataDir, '..')
let errors = 0
let warnings = 0

const exists = (file: string) => existsSync(join(publicDir, file))
const checks: { file: string; check: (text: string) => Finding[] }[] = [
  ...Object.values(DATA_FILES).map((spec) => ({ file: spec.file, check: (text: string) => checkFile(text, spec, exists) })),
  { file: SITE_FILE.file, check: (text: string) => checkRecordFile(text, SITE_FILE) },
]

for (const spec of checks) {
  const path = join(dataDir, spec.file)
  const shown = relative(process.cwd(), path)
  if (!existsSync(path)) {
    console.error(`${shown} : fichier introuvable`)
    errors += 1
    continue
  }
  const findings = spec.check(readFileSync(path, 'utf8'))
  for (const { line, column, message, severity } of findings) {
    if (severity === 'error') console.error(`${shown}:${line}:${column} — ${message}`)
    else console.warn(`${shown}:${line}:${column} — attention : ${message}`)
  }
  errors += findings.filter(({ severity }) => severity === 'error').length
  warnings += findings.filter(({ severity }) => severity === 'warning').length
  if (findings.length === 0) console.log(`${shown} : valide`)
}

const plural = (count: number, word: string) => `${count} ${word}${count > 1 ? 's' : ''}`
if (errors > 0 || warnings > 0) console.error(`\n${plural(errors, 'erreur')}, ${plural(warnings, 'avertissement')}.`)
if (errors > 0) process.exit(1)
