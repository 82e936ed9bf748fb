/**
 * `npm run check:data [folder]`: validates the data files (public/data by default) and the
 * local files they point to. Prints one line per problem and exits non-zero if there is any.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { DATA_FILES, SITE_FILE } from '../src/content/schemas.ts'
import { checkFile, checkRecordFile, type Finding } from './lib/check-file.ts'

const dataDir = resolve(process.argv[2] ?? 'public/data')
const publicDir = resolve(dataDir, '..')
let problems = 0

const checks = [
  ...Object.values(DATA_FILES).map((spec) => ({ file: spec.file, check: (text: string, exists: (address: string) => boolean) => checkFile(text, spec, exists) })),
  { file: SITE_FILE.file, check: (text: string, exists: (address: string) => boolean) => checkRecordFile(text, SITE_FILE, exists) },
]

for (const spec of checks) {
  const path = join(dataDir, spec.file)
  const shown = relative(process.cwd(), path)
  if (!existsSync(path)) {
    console.error(`${shown} : fichier introuvable`)
    problems += 1
    continue
  }
  const text = readFileSync(path, 'utf8')
  const findings: Finding[] = spec.check(text, (address) => existsSync(join(publicDir, address.split(/[?#]/)[0] ?? '')))
  for (const finding of findings) console.error(`${shown}:${finding.line}:${finding.column} — ${finding.message}`)
  problems += findings.length
  if (findings.length === 0) console.log(`${shown} : valide`)
}

if (problems > 0) {
  console.error(`\n${problems} problème${problems > 1 ? 's' : ''} trouvé${problems > 1 ? 's' : ''}.`)
  process.exit(1)
}
