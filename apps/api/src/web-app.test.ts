import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { mountWebApp } from './web-app';

function builtApp(): string {
  const root = mkdtempSync(join(tmpdir(), 'kairos-web-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><div id="root"></div>');
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'assets', 'app-1a2b.js'), 'console.log(1)');
  return root;
}

function appWithApi(root: string) {
  const app = new Hono();
  app.get('/api/v1/health', (c) => c.json({ ok: true }));
  mountWebApp(app, root);
  app.notFound((c) => c.json({ error: 'not_found' }, 404));
  return app;
}

describe('serving the web app', () => {
  it('serves index.html at / and for deep links, so a reload of /cadences/42 opens the app', async () => {
    const app = appWithApi(builtApp());
    for (const path of ['/', '/cadences/42', '/outbox']) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
    }
  });

  it('serves hashed assets with a long cache lifetime', async () => {
    const res = await appWithApi(builtApp()).request('/assets/app-1a2b.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(await res.text()).toBe('console.log(1)');
  });

  it('leaves API paths to the API: known routes answer, unknown ones are a JSON 404, not the app', async () => {
    const app = appWithApi(builtApp());
    expect(await (await app.request('/api/v1/health')).json()).toEqual({ ok: true });
    const missing = await app.request('/api/v1/nothing-here');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'not_found' });
  });

  it('answers 404 for a missing file instead of handing out index.html as JavaScript', async () => {
    const res = await appWithApi(builtApp()).request('/assets/gone-9f8e.js');
    expect(res.status).toBe(404);
  });

  it('refuses a folder without a build, naming it', () => {
    expect(() => mountWebApp(new Hono(), mkdtempSync(join(tmpdir(), 'kairos-empty-')))).toThrow(/index\.html is missing/);
  });
});
