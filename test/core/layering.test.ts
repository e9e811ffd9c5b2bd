import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layers stay visible: src/core imports nothing outside itself (templates are passed in), and
 * the page reaches recognition and rules only through `recognise` and `audit`.
 */
const SRC = resolve(import.meta.dirname, '../../src');

function files(dir: string, ext = /\.(ts|svelte)$/): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Every module specifier a file names: static imports and exports, dynamic import(), require(), whatever the quoting. */
function specifiers(file: string): string[] {
  let text = readFileSync(file, 'utf8');
  if (file.endsWith('.svelte')) text = [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      out.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      const arg = node.arguments[0];
      out.push(arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) ? arg.text : '<computed>');
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      out.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('src/core imports nothing outside itself', () => {
  const core = resolve(SRC, 'core');
  it.each(files(core).map((f) => relative(SRC, f)))('%s', (file) => {
    const full = resolve(SRC, file);
    for (const spec of specifiers(full)) {
      expect(spec, `${file} imports ${spec}`).not.toBe('<computed>');
      if (spec.startsWith('.')) {
        const target = resolve(dirname(full), spec);
        expect(target === core || target.startsWith(core + '/'), `${file} imports ${spec}`).toBe(true);
      } else {
        // packages the engine may use: mathjs only (no DOM, no Svelte, no io or ui libraries), and no alias into src
        expect(spec.startsWith('mathjs'), `${file} imports ${spec}`).toBe(true);
      }
    }
  });

  it('finds the forbidden import in a file that has one (the check can fail)', () => {
    const probe = join(core, '..', '..', 'test', 'fixtures', 'layering-probe.ts.txt');
    const text = "import { x } from '../templates';\nexport const y = await import(\"../io\");\n";
    const source = ts.createSourceFile(probe, text, ts.ScriptTarget.Latest, true);
    const found: string[] = [];
    const visit = (n: ts.Node) => {
      if (ts.isImportDeclaration(n) && ts.isStringLiteral(n.moduleSpecifier)) found.push(n.moduleSpecifier.text);
      if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword) found.push((n.arguments[0] as ts.StringLiteral).text);
      ts.forEachChild(n, visit);
    };
    visit(source);
    expect(found).toEqual(['../templates', '../io']);
  });
});

describe('the page reaches the engine only through recognise and audit', () => {
  const INTERNAL = /core\/(recognise|evaluate|rules|locate|findings)(\/|$)/;
  const FORBIDDEN_NAMES = ['readBestFormat', 'recogniseTemplate', 'evaluateRules', 'compileRuleSet', 'ruleFindings', 'findCandidates'];
  it.each(files(resolve(SRC, 'ui')).map((f) => relative(SRC, f)))('%s', (file) => {
    const full = resolve(SRC, file);
    for (const spec of specifiers(full)) expect(spec, `${file} imports ${spec}`).not.toMatch(INTERNAL);
    const text = readFileSync(full, 'utf8');
    for (const name of FORBIDDEN_NAMES) expect(text.includes(name), `${file} uses ${name}`).toBe(false);
  });
});
