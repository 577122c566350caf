// The entry module must finish evaluating before any lazy chunk can run:
// every lazy chunk imports from the entry's chunk, and a module that imports
// one still evaluating (suspended at a top-level await) waits for it. The
// start-up waits for the virtual list's chunk (a big feed's first render), so
// a top-level await there waited for FEED_WAIT_MS instead (bench/README.md,
// "A big feed's first render waited for its own start-up").
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** The top-level awaits of a module: awaits outside every function. */
function topLevelAwaits(source: string): string[] {
  const file = ts.createSourceFile('main.tsx', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return;
    if (ts.isAwaitExpression(node) || (ts.isForOfStatement(node) && node.awaitModifier !== undefined)) {
      found.push(node.getText(file).split('\n')[0] ?? '');
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('the entry module', () => {
  it('has no top-level await, so the chunks it waits for can run', () => {
    expect(topLevelAwaits(readFileSync(new URL('./main.tsx', import.meta.url), 'utf8'))).toEqual([]);
  });

  it('finds a top-level await, and none inside a function', () => {
    expect(
      topLevelAwaits('await a();\nasync function f() { await b(); }\nconst g = async () => await c();\nfor await (const x of y) {}'),
    ).toEqual(['await a()', 'for await (const x of y) {}']);
  });
});
