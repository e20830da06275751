import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

export const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

/**
 * Debian's Chromium, driven by playwright-core (a Playwright browser download is not possible on these
 * machines). A missing browser fails the test: a skipped browser test would pass CI without a browser.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: install it (apt-get install -y chromium; .ci/run does so in CI) or set CHROMIUM_PATH`,
    );
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Errors the page reports (script errors, refused resources, CSP violations) fail the test at the end. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('requestfailed', (request) => errors.push(`requestfailed: ${request.url()} ${request.failure()?.errorText}`));
  return errors;
}

/** The same rules the page follows, from the API's raw numbers: `1.446.348,34 €`, `82,3 %`, `11.000`. */
export function flemish(value: number | null, unit: string): string {
  if (value === null) return '–';
  const digits = (n: number) => new Intl.NumberFormat('nl-BE', { minimumFractionDigits: n, maximumFractionDigits: n });
  if (unit === 'EUR-cents') return `${digits(2).format(value / 100)} €`;
  if (unit === 'ratio') return `${digits(1).format(value * 100)} %`;
  return digits(0).format(value);
}

export const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).textContent()) ?? '').replace(/\s+/g, ' ').trim();
