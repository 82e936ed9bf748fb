/**
 * Runs the date-sensitive specs again in time zones far apart (Paris, UTC−3 without daylight
 * saving, UTC+14, UTC−8/−7), in parallel, so a date shown a day off anywhere fails the tests.
 */
import { spawn } from 'node:child_process'

const zones = ['Europe/Paris', 'America/Cayenne', 'Pacific/Kiritimati', 'America/Los_Angeles']
const specs = ['src/shared/dates.spec.ts', 'src/features/agenda/calendar', 'src/features/agenda/event-index', 'src/features/agenda/labels', 'src/features/agenda/ical', 'src/shared/json-ld', 'build/site-files']

function run(zone: string): Promise<{ zone: string; ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['vitest', 'run', '--environment=node', ...specs], { env: { ...process.env, TZ: zone, FORCE_COLOR: '0' } })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('close', (code) => resolve({ zone, ok: code === 0, output }))
  })
}

const results = await Promise.all(zones.map(run))
for (const { zone, ok, output } of results) {
  const summary = /Tests\s+(.*)/.exec(output.replace(/\x1b\[[0-9;]*m/g, ''))?.[1]?.trim() ?? ''
  console.log(`TZ=${zone} : ${ok ? 'ok' : 'ÉCHEC'} ${summary}`)
  if (!ok) console.log(output)
}
process.exit(results.every((result) => result.ok) ? 0 : 1)
