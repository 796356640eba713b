// Finds user-visible text written into the source instead of read from the locale files: JSX
// text, text attributes (aria-label, title, placeholder…) and prose-like string literals. A line
// (or the line above it) marked `i18n-ignore` is skipped: for text no user reads.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from '@babel/parser';
import type { Node } from '@babel/types';

/**
 * The folders whose code can put text in front of a user. prompts/ is left out: its validation
 * messages are shared with the command-line tool, which pack authors read, in English.
 */
export const UI_ROOTS = ['entrypoints', 'components', 'storage', 'utils'];
const SKIP = new Set(['entrypoints/watcher.ts']);

const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/** Prose: a capitalised word followed by more words, or a sentence with a space and a stop. */
const PROSE = /^\s*\p{Lu}\p{Ll}+[\s,'’][\s\S]*\p{L}|\p{L}\s\p{L}[\s\S]*[.!?:]\s*$/u;

/** Calls whose string arguments are code: logging, message keys, selectors, test ids. */
const CODE_CALLS =
  /^(console\.\w+|(\w+\.)*(t|rawMessage|querySelector|querySelectorAll|closest|matches|getByTestId|sendMessage|defineItem|getItem|setItem))$/;

export interface Finding {
  file: string;
  line: number;
  text: string;
}

/** Every .ts/.tsx file under the UI roots, relative to `root`. */
export function uiSourceFiles(root = '.'): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') && !SKIP.has(rel))
        out.push(rel);
    }
  };
  for (const dir of UI_ROOTS) walk(dir);
  return out.sort();
}

const calleeName = (n: Node): string =>
  n.type === 'Identifier'
    ? n.name
    : n.type === 'MemberExpression' && !n.computed
      ? `${calleeName(n.object)}.${n.property.type === 'Identifier' ? n.property.name : ''}`
      : '';

/** Whether a literal whose parent is `parent` is code rather than text. */
function codeContext(parent: Node | undefined, node: Node): boolean {
  if (!parent) return true;
  switch (parent.type) {
    case 'ImportDeclaration':
    case 'ExportNamedDeclaration':
    case 'ExportAllDeclaration':
    case 'TSLiteralType':
    case 'JSXAttribute': // judged by the attribute rule
    case 'MemberExpression':
      return true;
    case 'ObjectProperty':
      return parent.key === node;
    case 'CallExpression':
    case 'NewExpression':
      return CODE_CALLS.test(calleeName(parent.callee));
    default:
      return false;
  }
}

/** Hard-coded user-visible strings in one file. */
export function findHardCoded(file: string, text = readFileSync(file, 'utf8')): Finding[] {
  const ast = parse(text, { sourceType: 'module', plugins: ['typescript', 'jsx'] });
  const lines = text.split('\n');
  const found: Finding[] = [];
  const report = (node: Node, value: string) => {
    const line = node.loc?.start.line ?? 0;
    if (/i18n-ignore/.test(lines[line - 1] ?? '') || /i18n-ignore/.test(lines[line - 2] ?? ''))
      return;
    found.push({ file, line, text: value.trim().replace(/\s+/g, ' ') });
  };
  const visit = (node: Node, parent?: Node) => {
    if (node.type === 'JSXText') {
      if (/\p{L}/u.test(node.value)) report(node, node.value);
    } else if (node.type === 'JSXAttribute') {
      const name = node.name.type === 'JSXIdentifier' ? node.name.name : '';
      const value = node.value;
      if (
        TEXT_ATTRIBUTES.has(name) &&
        value?.type === 'StringLiteral' &&
        /\p{L}/u.test(value.value)
      )
        report(node, value.value);
    } else if (node.type === 'StringLiteral') {
      if (PROSE.test(node.value) && !codeContext(parent, node)) report(node, node.value);
    } else if (node.type === 'TemplateLiteral') {
      const joined = node.quasis.map((q) => q.value.cooked ?? q.value.raw).join(' … ');
      if (PROSE.test(joined) && !codeContext(parent, node)) report(node, joined);
    }
    for (const key of Object.keys(node) as (keyof Node)[]) {
      if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments') continue;
      const child = node[key] as unknown;
      if (Array.isArray(child)) {
        for (const c of child) if (c && typeof c.type === 'string') visit(c, node);
      } else if (child && typeof (child as Node).type === 'string') visit(child as Node, node);
    }
  };
  visit(ast.program);
  return found;
}
