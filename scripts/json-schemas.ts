/** `npm run schemas`: writes public/data/schemas/*.schema.json from src/content/schemas.ts. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { allJsonSchemas } from './lib/json-schemas.ts'

const dir = 'public/data/schemas'
mkdirSync(dir, { recursive: true })
for (const [name, text] of allJsonSchemas()) {
  writeFileSync(join(dir, name), text)
  console.log(`${join(dir, name)} écrit`)
}
