import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../support/test-app';

// The built dashboard is served at / beside the API: index.html never kept by a browser, hashed assets
// kept for a year. Nothing under /api is ever a file, even one that sits at that path in the folder.

let t: TestApp;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dashboard-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, 'api'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Meedoen Werkt</title>');
  writeFileSync(join(dir, 'assets', 'app-1a2b3c.js'), 'console.log(1);');
  writeFileSync(join(dir, 'api', 'labs'), 'not the API');
  t = await createTestApp({ settings: { adminDistDir: dir } });
}, 60_000);
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('serves index.html at / with no-cache, and hashed assets as immutable', async () => {
  const index = await t.anonymous.get('/');
  expect(index.status).toBe(200);
  expect(index.text).toContain('<title>Meedoen Werkt</title>');
  expect(index.headers['cache-control']).toBe('no-cache');
  // no-cache means "ask again": index.html keeps its validator, so the browser's question is answered 304.
  expect(index.headers.etag).toBeDefined();
  const again = await t.anonymous.get('/').set('If-None-Match', index.headers.etag);
  expect(again.status).toBe(304);
  const asset = await t.anonymous.get('/assets/app-1a2b3c.js');
  expect(asset.status).toBe(200);
  expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
});

it('answers every /api path from the API, never from a file', async () => {
  const labs = await t.http.get('/api/labs');
  expect(labs.status).toBe(200);
  expect(Array.isArray(labs.body)).toBe(true);
  expect(labs.headers['cache-control']).toBe('no-store');
  // A no-store answer is never asked again, so it carries no ETag (whose SHA-1 of the body would be wasted).
  expect(labs.headers.etag).toBeUndefined();
  const anonymous = await t.anonymous.get('/api/labs');
  expect(anonymous.status).toBe(401);
  expect(anonymous.text).not.toContain('not the API');
});
