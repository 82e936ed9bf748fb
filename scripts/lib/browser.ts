import { existsSync } from 'node:fs'

/**
 * The system's Chromium: `CHROMIUM_PATH` if set, else the first one found (Debian:
 * `apt-get install chromium`); `undefined` lets Playwright use its own browser if installed.
 */
const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
export const executablePath = candidates.find((path): path is string => Boolean(path) && existsSync(path!))

/** Chromium here has no network but the loopback: keep it from calling home. */
export const launchArgs = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
