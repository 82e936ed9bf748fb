/**
 * The engine the README states is the engine every installed package accepts: on Node 20.19,
 * `npm install` prints no EBADENGINE warning. Fails when a dependency (or one of theirs)
 * starts asking for a newer Node; pin it or replace it (`overrides` in package.json).
 */
import { readFileSync } from 'node:fs'
import semver from 'semver'
import { describe, expect, it } from 'vitest'

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>
}

describe('the Node engine', () => {
  it('is the oldest Node every locked package accepts', () => {
    const oldest = semver.minVersion(manifest.engines.node)!.version
    const refusing = Object.entries(lock.packages)
      .filter(([path, info]) => path !== '' && info.engines && !Array.isArray(info.engines) && info.engines.node)
      .filter(([, info]) => !semver.satisfies(oldest, (info.engines as { node: string }).node))
      .map(([path, info]) => `${path}@${info.version} (${(info.engines as { node: string }).node})`)
    expect(oldest).toBe('20.19.0')
    expect(refusing).toEqual([])
  })
})
