import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createTestApp, signedIn, type TestApp } from '../support/test-app';

export const SCREENSHOTS = join(process.cwd(), 'test/browser/screenshots');

/** Debian's Chromium (a test tool's own browser download is not possible here). */
function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync('command -v chromium || command -v chromium-browser', { shell: '/bin/bash' }).toString().trim();
  } catch {
    throw new Error('Chromium is not installed: apt-get install -y chromium (or set CHROMIUM_PATH)');
  }
}

/** The demo accounts of the embedded demo data, one per role. */
export type Role = 'admin' | 'focus_team' | 'project_member';
export const DEMO_PASSWORD = 'meedoen-werkt-demo';
export const DEMO_ACCOUNTS: Record<Role, string> = {
  admin: 'admin@meedoenwerkt.example',
  focus_team: 'focusteam@meedoenwerkt.example',
  project_member: 'projectlid@meedoenwerkt.example',
};
/** Where the dashboard keeps the sign-in (apps/admin/src/auth/session.ts). */
export const AUTH_STORAGE_KEY = 'lab-tracker.auth';

export interface Session {
  token: string;
  user: { id: number; email: string; name: string; role: Role; personId: number | null; projectIds: number[] };
}

export interface BrowserHarness {
  t: TestApp;
  baseUrl: string;
  browser: Browser;
  /**
   * A fresh page at 1366×768 that records console errors and failed requests, signed in as `as`
   * (the demo administrator unless told otherwise; `null`: not signed in).
   */
  newPage(viewport?: { width: number; height: number }, options?: { as?: Role | null }): Promise<Page>;
  /** Signs in through the API as a demo account (once per role) and returns the token and the user. */
  session(role: Role): Promise<Session>;
  /** Every console error and failed request seen so far (and forgets them). */
  problems(): string[];
  close(): Promise<void>;
}

export async function startHarness(): Promise<BrowserHarness> {
  const t = await createTestApp({ demoData: true });
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as { port: number };
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--lang=nl-NL', '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const seen: string[] = [];
  mkdirSync(SCREENSHOTS, { recursive: true });
  const sessions = new Map<Role, Session>();
  const session = async (role: Role): Promise<Session> => {
    const known = sessions.get(role);
    // A test may have ended it (signing out ends the session on the server): then sign in afresh.
    if (known && (await signedIn(t.app.getHttpServer(), known.token).get('/api/auth/me')).status === 200) return known;
    const res = await t.http.post('/api/auth/login').send({ email: DEMO_ACCOUNTS[role], password: DEMO_PASSWORD });
    if (res.status !== 200) throw new Error(`sign-in as ${DEMO_ACCOUNTS[role]} answered ${res.status}: ${JSON.stringify(res.body)}`);
    const fresh = { token: res.body.token, user: res.body.user } as Session;
    sessions.set(role, fresh);
    return fresh;
  };
  return {
    t,
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    session,
    async newPage(viewport = { width: 1366, height: 768 }, { as = 'admin' }: { as?: Role | null } = {}) {
      const page = await browser.newPage({ viewport, locale: 'nl-NL' });
      if (as) {
        // Signed in before the app starts, as if the user had signed in earlier. Only on the tab's first
        // load (sessionStorage survives reloads), so that signing out stays signed out.
        const value = JSON.stringify(await session(as));
        await page.addInitScript(({ key, value }) => {
          try {
            if (sessionStorage.getItem('test:signed-in')) return;
            sessionStorage.setItem('test:signed-in', '1');
            localStorage.setItem(key, value);
          } catch {
            // about:blank has no storage of its own.
          }
        }, { key: AUTH_STORAGE_KEY, value });
      }
      page.on('console', (m) => { if (m.type() === 'error') seen.push(`console: ${m.text()}`); });
      page.on('pageerror', (e) => seen.push(`page error: ${e.message}`));
      page.on('requestfailed', (r) => seen.push(`request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText}`));
      page.on('response', (r) => { if (r.status() >= 500) seen.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`); });
      return page;
    },
    problems: () => seen.splice(0),
    async close() {
      await browser.close();
      await t.close();
    },
  };
}

/** What a test file of pages opened as the demo accounts works with (useDemoHarness). */
export interface DemoHarness {
  /** The harness, once beforeAll has started it. */
  readonly h: BrowserHarness;
  /** A page signed in as `as`, closed after the test. */
  open(as: Role): Promise<Page>;
  /** A GET on the API as `as` (the administrator unless told): the answer's body. */
  api(path: string, as?: Role): Promise<any>;
}

/**
 * The harness of a test file that opens pages as the demo accounts: started before its tests and closed
 * after them; after each test its pages close, and no console error or failed request may have been seen.
 */
export function useDemoHarness(): DemoHarness {
  let h: BrowserHarness;
  const pages: Page[] = [];
  beforeAll(async () => { h = await startHarness(); }, 60_000);
  afterAll(async () => { await h?.close(); });
  afterEach(async () => {
    for (const p of pages.splice(0)) await p.close();
    expect(h.problems()).toEqual([]);
  });
  return {
    get h() { return h; },
    async open(as) {
      const page = await h.newPage(undefined, { as });
      pages.push(page);
      return page;
    },
    async api(path, as = 'admin') {
      return (await h.t.http.get(path).set('Authorization', `Bearer ${(await h.session(as)).token}`)).body;
    },
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 AA checks by axe-core; returns the serious and critical violations. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the app's CSP rightly refuses inline scripts.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
