// @vitest-environment happy-dom
// Firefox runs content scripts in a sandbox whose `window` is a wrapper of the page's window: a
// function read off it (`window.requestIdleCallback`) and called without `window` as its receiver
// throws "called on an object that does not implement interface Window"; names used bare
// (`setTimeout(…)`) are fixed up by the sandbox and work. Chrome allows both, so only these tests
// (and the Firefox smoke, tests/firefox/) catch a detached call before a Firefox user does.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from '@babel/parser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CompiledMoment } from '../../../prompts/triggers/compile';

const sent = vi.hoisted(() => [] as { type: string; data: unknown }[]);
const MOMENTS: CompiledMoment[] = [
  { id: 'results', u: [], k: ['results'], s: [] },
  { id: 'discharge', u: [], k: ['discharge'], s: [] },
];
vi.mock('../../../utils/messages', () => ({
  sendMessage: async (type: string, data: unknown) => {
    sent.push({ type, data });
    return type === 'getTriggers' ? MOMENTS : undefined;
  },
}));

/** The sandbox's view of `window`: its functions refuse any receiver but the wrapper itself. */
function firefoxWindow(real: Window): Window {
  const wrapper: Window = new Proxy(real, {
    get(target, key) {
      if (key === 'window' || key === 'self' || key === 'top') return wrapper;
      const value = Reflect.get(target, key, target);
      // Interfaces (MutationObserver, Event…) are constructed, not called on a receiver.
      if (typeof value !== 'function' || /^[A-Z]/.test(String(key))) return value;
      return function (this: unknown, ...args: unknown[]) {
        if (this !== wrapper)
          throw new TypeError(
            `'${String(key)}' called on an object that does not implement interface Window.`,
          );
        return value.apply(target, args);
      };
    },
  });
  return wrapper;
}

describe('the watcher under Firefox’s content-script sandbox', () => {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const reports = () =>
    sent
      .filter((m) => m.type === 'reportMatches')
      .map((m) => (m.data as { momentIds: string[] }).momentIds);

  beforeEach(() => {
    // Firefox has requestIdleCallback (happy-dom does not): the branch Firefox users run.
    Object.assign(globalThis, {
      requestIdleCallback: (cb: IdleRequestCallback) =>
        setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 50 })),
    });
    addEventListener('error', onError);
    vi.stubGlobal('window', firefoxWindow(globalThis as unknown as Window));
  });

  afterEach(() => {
    // The page is hidden: the watcher's look timer stops (it would otherwise fire after this
    // test's window is gone, on a slow machine).
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    Reflect.deleteProperty(document, 'hidden');
    vi.unstubAllGlobals();
    removeEventListener('error', onError);
    Reflect.deleteProperty(globalThis, 'requestIdleCallback');
  });

  it('reports matches on load, on DOM changes and on history navigation', async () => {
    document.title = 'Chart'; // i18n-ignore
    document.body.innerHTML = '<h1 id="h">Results review</h1>'; // i18n-ignore
    const { default: watcher } = await import('../../../entrypoints/watcher');
    watcher.main();
    // First evaluation, after load.
    await vi.waitFor(() => expect(reports()).toEqual([['results']]), { timeout: 5000 });
    // A heading swapped by the page: the observer schedules another evaluation.
    (document.getElementById('h') as HTMLElement).textContent = 'Discharge summary'; // i18n-ignore
    await vi.waitFor(() => expect(reports()).toEqual([['results'], ['discharge']]), {
      timeout: 5000,
    });
    // An SPA route back to results, announced by popstate.
    (document.getElementById('h') as HTMLElement).textContent = 'Results review'; // i18n-ignore
    history.pushState(null, '', '/results');
    dispatchEvent(new PopStateEvent('popstate'));
    await vi.waitFor(() => expect(reports().at(-1)).toEqual(['results']), { timeout: 5000 });
    expect(errors).toEqual([]);
  });
});

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** What content scripts run: the watcher, the overlay, and everything they import from here. */
const ENTRIES = [
  'entrypoints/watcher.ts',
  'entrypoints/overlay/index.ts',
  'entrypoints/overlay-ui/index.tsx',
];
/** Objects whose methods need their own receiver (Window, Document, Navigator, History…). */
const HOSTS = new Set([
  'window',
  'globalThis',
  'self',
  'document',
  'navigator',
  'history',
  'location',
]);

type Node = { type: string; [key: string]: unknown };
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && 'type' in v;

/** The source file an import names, if it is one of ours (not a stylesheet or a package). */
function resolveImport(from: string, spec: string): string | undefined {
  const base = path.join(path.dirname(from), spec);
  return ['.ts', '.tsx', '/index.ts', '/index.tsx']
    .map((ext) => base + ext)
    .find((f) => existsSync(path.join(ROOT, f)));
}

/** A method read off a host object, possibly behind `??`, `||`, `?:`, a comma or a cast. */
function hostMethod(node: unknown): boolean {
  if (!isNode(node)) return false;
  switch (node.type) {
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return (
        isNode(node.object) &&
        node.object.type === 'Identifier' &&
        HOSTS.has(node.object.name as string)
      );
    case 'LogicalExpression':
      return hostMethod(node.left) || hostMethod(node.right);
    case 'ConditionalExpression':
      return hostMethod(node.consequent) || hostMethod(node.alternate);
    case 'SequenceExpression':
      return (node.expressions as unknown[]).some(hostMethod);
    case 'TSAsExpression':
    case 'TSNonNullExpression':
    case 'TSSatisfiesExpression':
      return hostMethod(node.expression);
    default:
      return false;
  }
}

/** Calls in `file` of a host method detached from its object; also lists the file's imports. */
function scan(file: string): { found: string[]; imports: string[] } {
  const source = readFileSync(path.join(ROOT, file), 'utf8');
  const ast = parse(source, { sourceType: 'module', plugins: ['typescript', 'jsx'] });
  const found: string[] = [];
  const imports: string[] = [];
  const aliases = new Set<string>(); // const f = window.x; const { x } = window
  const calls: Node[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) walk(child);
      return;
    }
    if (!isNode(node)) return;
    if (node.type === 'ImportDeclaration' && node.importKind !== 'type') {
      const spec = (node.source as { value: string }).value;
      const target = spec.startsWith('.') ? resolveImport(file, spec) : undefined;
      if (target) imports.push(target);
    }
    if (node.type === 'VariableDeclarator' && isNode(node.id)) {
      if (node.id.type === 'Identifier' && hostMethod(node.init))
        aliases.add(node.id.name as string);
      const init = node.init;
      if (
        node.id.type === 'ObjectPattern' &&
        isNode(init) &&
        init.type === 'Identifier' &&
        HOSTS.has(init.name as string)
      )
        for (const p of node.id.properties as Node[])
          if (isNode(p.value) && p.value.type === 'Identifier') aliases.add(p.value.name as string);
    }
    if (node.type === 'CallExpression' || node.type === 'OptionalCallExpression') calls.push(node);
    for (const [key, value] of Object.entries(node))
      if (key !== 'loc' && key !== 'start' && key !== 'end') walk(value);
  };
  walk(ast.program);
  for (const call of calls) {
    const callee = call.callee as Node;
    const direct = callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression';
    const alias = callee.type === 'Identifier' && aliases.has(callee.name as string);
    if ((direct && hostMethod(callee)) || alias) {
      const { line } = (call.loc as { start: { line: number } }).start;
      found.push(`${file}:${line}: ${source.slice(call.start as number, callee.end as number)}`);
    }
  }
  return { found, imports };
}

describe('content-script code', () => {
  it('calls no method of window, document or navigator detached from its object', () => {
    const seen = new Set<string>();
    const queue = [...ENTRIES];
    const found: string[] = [];
    for (let file = queue.shift(); file; file = queue.shift()) {
      if (seen.has(file)) continue;
      seen.add(file);
      const r = scan(file);
      found.push(...r.found);
      queue.push(...r.imports);
    }
    expect(seen.size).toBeGreaterThan(ENTRIES.length); // the imports were followed
    expect(found).toEqual([]);
  });
});
