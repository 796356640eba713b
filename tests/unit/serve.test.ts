// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ROOT, type FixtureServer, startFixtureServer } from '../../scripts/serve';

const PAGES = [
  'index.html',
  'results.html',
  'discharge.html',
  'telehealth.html',
  'spa.html',
  'monitor.html',
  'hostile.html',
  'frame.html',
  'plain.html',
  'note.html',
];
const TRIGGER_WORDS = [
  'results',
  'discharge',
  'pathology',
  'biopsy',
  'oncology',
  'palliative',
  'telehealth',
  'video visit',
];

interface Reply {
  status: number;
  type: string;
  cacheControl: string;
  body: string;
}

let server: FixtureServer;

/** Sends the path exactly as given (no URL normalisation), so traversal attempts stay raw. */
function get(path: string): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request({ host: server.host, port: server.port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () =>
        done({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type'] ?? ''),
          cacheControl: String(res.headers['cache-control'] ?? ''),
          body,
        }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

const source = (file: string) => readFileSync(join(FIXTURE_ROOT, file), 'utf8');
const fieldValues = (html: string, field: string) =>
  [...html.matchAll(new RegExp(`data-field="${field}">([^<]+)<`, 'g'))].map((m) => m[1] ?? '');
const titleAndHeadings = (html: string) =>
  [...html.matchAll(/<(title|h[1-3])\b[^>]*>([\s\S]*?)<\/\1>/gi)].map((m) => m[2] ?? '');

beforeAll(async () => {
  server = await startFixtureServer({ port: 0 });
});
afterAll(async () => {
  await server.close();
});

describe('fixture server', () => {
  it('listens on a random local port and reports its URL', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it('serves index.html for / with html type and no-store', async () => {
    const reply = await get('/');
    expect(reply.status).toBe(200);
    expect(reply.type).toMatch(/^text\/html/);
    expect(reply.cacheControl).toBe('no-store');
    expect(reply.body).toContain('<h1>Chart summary</h1>');
  });

  it('serves results.html with its heading', async () => {
    const reply = await get('/results.html');
    expect(reply.status).toBe(200);
    expect(reply.type).toMatch(/^text\/html/);
    expect(reply.body).toContain('<h1>Results review</h1>');
    expect(reply.body).toContain('<h2>Surgical pathology report</h2>');
  });

  it('sends the right content types for css, js and json, ignoring queries', async () => {
    expect((await get('/site.css')).type).toMatch(/^text\/css/);
    expect((await get('/spa.js')).type).toMatch(/^text\/javascript/);
    expect((await get('/identifiers.json')).type).toMatch(/^application\/json/);
    expect((await get('/spa.html?view=inbox')).status).toBe(200);
  });

  it('answers 404 for missing files and directories without index', async () => {
    expect((await get('/no-such-page.html')).status).toBe(404);
    expect((await get('/nested/')).status).toBe(404);
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/%2e%2e/main/package.json',
    '/..%2fpackage.json',
    '/..%5cpackage.json',
    '/....//package.json',
    '/%00/index.html',
  ])('refuses traversal attempt %s', async (path) => {
    const reply = await get(path);
    expect(reply.status).not.toBe(200);
    expect(reply.body).not.toContain('"name"');
    expect(reply.body).not.toContain('devDependencies');
  });

  it('rejects methods other than GET and HEAD', async () => {
    const status = await new Promise<number>((done, fail) => {
      const req = request(
        { host: server.host, port: server.port, path: '/', method: 'POST' },
        (res) => {
          res.resume();
          done(res.statusCode ?? 0);
        },
      );
      req.on('error', fail);
      req.end();
    });
    expect(status).toBe(405);
  });
});

describe('fixture site', () => {
  it.each(PAGES)('serves %s with an inline favicon and no external resources', async (page) => {
    const reply = await get(`/${page}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<link rel="icon" href="data:,">');
    expect(reply.body).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(reply.body).not.toMatch(/@import|url\(\s*['"]?(https?:)?\/\//i);
  });

  it('links from index.html to every other page, and every link resolves', async () => {
    const html = source('index.html');
    const refs = [...html.matchAll(/(?:href|src)="([^"#]+)"/g)]
      .map((m) => m[1] ?? '')
      .filter((ref) => !ref.startsWith('data:'));
    for (const page of PAGES.filter((p) => p !== 'index.html')) expect(refs).toContain(page);
    for (const ref of new Set(refs)) {
      const path = new URL(ref, `${server.url}index.html`).pathname;
      expect((await get(path)).status, ref).toBe(200);
    }
  });

  it('gives each page the headings the e2e tests rely on', () => {
    const expected: Record<string, string[]> = {
      'index.html': ['<h1>Chart summary</h1>'],
      'results.html': ['<h1>Results review</h1>', '<h2>Surgical pathology report</h2>'],
      'discharge.html': ['<h1>Discharge instructions</h1>'],
      'telehealth.html': ['<h1>Telehealth visit</h1>', 'Video visit — connected'],
      'monitor.html': ['<h1>Unit monitoring board</h1>'],
      'hostile.html': ['<h1>Results review</h1>', 'id="hostile-layer"', '2147483647'],
      'frame.html': ['<h1>Chart summary (framed)</h1>', '<iframe', 'src="results.html"'],
      'plain.html': ['<h1>Nursing handover</h1>', '<textarea'],
      'spa.html': ['id="nav-schedule"', 'id="nav-inbox"', 'id="nav-pathology"'],
      'spa.js': ["Today's schedule", "'Inbox'", "'Pathology'", "'Biopsy report'", 'pushState'],
    };
    for (const [file, needles] of Object.entries(expected)) {
      for (const needle of needles) expect(source(file), `${file}: ${needle}`).toContain(needle);
    }
    expect(source('results.html')).toContain('<textarea id="result-note" aria-label="Result note"');
    const [title] = titleAndHeadings(source('results.html'));
    expect(title).toBe(`Results review — ${fieldValues(source('results.html'), 'name')[0]}`);
  });

  it.each(['index.html', 'monitor.html', 'plain.html'])(
    'keeps trigger words out of the title and headings of %s',
    (page) => {
      const text = titleAndHeadings(source(page)).join(' | ').toLowerCase();
      for (const word of TRIGGER_WORDS) expect(text, word).not.toContain(word);
    },
  );

  it('lists in identifiers.json only strings that appear in the site', () => {
    const ids: unknown = JSON.parse(source('identifiers.json'));
    expect(Array.isArray(ids)).toBe(true);
    const files = readdirSync(FIXTURE_ROOT).filter((f) => /\.(html|js)$/.test(f));
    const all = files.map(source).join('\n');
    for (const id of ids as unknown[]) {
      expect(typeof id).toBe('string');
      expect(all, String(id)).toContain(id);
    }
  });

  it('gives every page its own name, MRN, birth date and phone, all listed', () => {
    const ids = new Set(JSON.parse(source('identifiers.json')) as string[]);
    const seen = new Map<string, string>();
    for (const page of PAGES) {
      const html = source(page);
      for (const field of ['name', 'mrn', 'dob', 'phone']) {
        const values = fieldValues(html, field);
        expect(values, `${page} ${field}`).toHaveLength(1);
        const value = values[0] ?? '';
        if (field === 'mrn') expect(value).toMatch(/^\d{8,}$/);
        expect(ids.has(value), `${page} ${field} listed`).toBe(true);
        expect(seen.get(value), `${value} reused`).toBeUndefined();
        seen.set(value, page);
      }
    }
  });
});
