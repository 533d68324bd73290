// No sentence a seller reads is written outside the message catalogue: the banner, the popup, the
// options, the history and what core and the background say are scanned for English in string
// literals and JSX text. Developer text (errors, console, performance marks, module paths, the
// rulebooks' quoted policies) is not for the seller and is skipped.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SCANNED = [
  'src/content',
  'src/popup',
  'src/options',
  'src/history',
  'src/ui',
  'src/core',
  'src/background/handlers.ts',
  'src/background/guard-service.ts',
  'src/background/duplicates-on-page.ts',
  'src/background/badge.ts',
  'src/background/banner-text.ts',
];
/** Styles (font names) and the rulebooks' sourced quotes of each policy are not UI text. */
const SKIPPED_FILES = [/banner-css\.ts$/, /rulebooks\/[\w-]+\.ts$/, /drafts\/languages\//];

/** Two words in a row, or one capitalised word with a letter run after it: how a sentence looks. */
const WORDS = /\b[A-Za-z][a-z]+\s+[a-z][a-z]+\b|^[A-Z][a-z]{2,}[.!?…]?$/;

/** Calls whose string arguments are for developers or are codes, never shown as they are. */
const QUIET_CALLS = /^(console\.\w+|performance\.(measure|mark)|t|tk|say|said|words\(\)\.t|Error|GuardInputError)$/;
/** JSX attributes a seller never reads. */
const SILENT_ATTRIBUTES =
  /^(class|className|id|key|type|role|href|rel|target|for|lang|data-[\w-]+|aria-(live|pressed|expanded|labelledby)|accept|value|viewBox|text-anchor|points)$/;

function files(entry: string): string[] {
  if (statSync(entry).isFile()) return [entry];
  return readdirSync(entry).flatMap((name) => files(path.join(entry, name)));
}

function calleeName(node: ts.Node): string | undefined {
  const call = node.parent;
  if (!call || !(ts.isCallExpression(call) || ts.isNewExpression(call))) return undefined;
  return call.expression.getText();
}

function isQuiet(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n) || ts.isTypeNode(n)) return true;
    if (ts.isThrowStatement(n)) return true;
    const callee = calleeName(n);
    if (callee && QUIET_CALLS.test(callee)) return true;
    if (ts.isJsxAttribute(n) && SILENT_ATTRIBUTES.test(n.name.getText())) return true;
    if (ts.isPropertyAssignment(n) && /^(says|source)$/.test(n.name.getText())) return true;
  }
  return false;
}

function englishIn(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const text =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)
        ? node.text
        : ts.isTemplateMiddle(node) || ts.isTemplateTail(node)
          ? node.text
          : ts.isJsxText(node)
            ? node.text.trim()
            : undefined;
    if (text && (ts.isJsxText(node) ? /[A-Za-z]{2,}/.test(text) : WORDS.test(text)) && !isQuiet(node)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${file}:${line + 1}: ${JSON.stringify(text.slice(0, 80))}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no English outside the catalogue', () => {
  const scanned = SCANNED.flatMap(files).filter((f) => /\.tsx?$/.test(f) && !SKIPPED_FILES.some((s) => s.test(f)));
  it('scans the banner, each UI, core and the background handlers', () => {
    for (const file of [
      'src/content/banner.tsx',
      'src/content/cancel-reason.ts',
      'src/popup/action-list.tsx',
      'src/options/policy-form.tsx',
      'src/history/event-table.tsx',
      'src/core/advisor/open-order.ts',
      'src/core/guard-view.ts',
      'src/background/handlers.ts',
    ])
      expect(scanned).toContain(file);
  });
  it('finds no user-visible English literal', () => {
    expect(scanned.flatMap(englishIn)).toEqual([]);
  });
  it('would catch one', () => {
    const probe = path.join('test', 'i18n', 'fixtures', 'english-literal.tsx');
    expect(englishIn(probe)).toHaveLength(3);
  });
});
