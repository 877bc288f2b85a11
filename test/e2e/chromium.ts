import { existsSync } from "fs";
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";

/** Debian's Chromium (`apt-get install chromium`); the browser tests and benchmarks use no other. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Headless, no sandbox (containers), and none of the browser's own background traffic that flags can stop. */
export const CHROMIUM_ARGS: readonly string[] = Object.freeze([
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
]);

/** True when {@link CHROMIUM_PATH} is installed. */
export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/**
 * Starts headless Chromium from {@link CHROMIUM_PATH} with {@link CHROMIUM_ARGS}.
 *
 * @returns the browser; close it when done
 * @throws Error when Chromium is not installed (check {@link hasChromium} first)
 *
 * @example
 * const browser = await launchChromium();
 * browser.version() // => "150.0.7871.100" (the installed version)
 */
export async function launchChromium(): Promise<Browser> {
  if (!hasChromium()) throw new Error(`${CHROMIUM_PATH} is missing: apt-get install chromium`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}
