import { existsSync } from 'node:fs'

/**
 * The system's Chromium: `CHROMIUM_PATH` if set, else the first one found (Debian:
 * `apt-get install chromium`); `undefined` lets Playwright use its own browser if installed.
 */
const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
export const executablePath = candidates.find((path): path is string => Boolean(path) && existsSync(path!))

/**
 * Chromium here has no network but the loopback: keep it from calling home. Headless Chromium
 * also builds each new window's address-bar pop-up (two WebUI pages of several hundred
 * scripts) while the first page loads, which took 300-500 ms of the two cores from the page
 * being measured; a user's browser has its window open already, so it is turned off.
 */
export const launchArgs = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
]
