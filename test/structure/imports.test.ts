// The source tree's imports go one way: no file imports itself through others (a circle), and no
// two folders import each other, counting every import (static, dynamic, `import type`, `export …
// from`). Folders are checked both as the directories they are (src/cli and src/cli/commands are
// two) and as the top-level areas of src (src/cli/** is one), where any longer circle of folders
// is refused too. When this fails it names the imports that close the circle.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src', import.meta.url));

/** Each source file (relative to src) → the source files it imports. */
function importGraph(): Map<string, string[]> {
  const files = readdirSync(src, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.split('\\').join('/'));
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    // The compiler's own scanner: every import and export … from, `import type`, and import() calls.
    const { importedFiles } = ts.preProcessFile(readFileSync(join(src, file), 'utf8'), true, true);
    const targets = importedFiles
      .map((i) => i.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) =>
        relative(src, resolve(src, dirname(file), name))
          .split('\\')
          .join('/')
          .replace(/\.js$/, '.ts'),
      );
    for (const target of targets)
      if (!known.has(target) && !target.endsWith('.json')) throw new Error(`${file} imports ${target}, which is not a source file`);
    graph.set(file, [...new Set(targets.filter((t) => known.has(t)))]);
  }
  return graph;
}

/** Strongly connected groups of more than one node (or a node importing itself): the circles. */
function circles(graph: Map<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(group.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** The graph of folders (by `folderOf`), each arrow with the file imports behind it. */
function folderGraph(files: Map<string, string[]>, folderOf: (file: string) => string) {
  const arrows = new Map<string, Map<string, string[]>>();
  for (const [file, targets] of files) {
    for (const target of targets) {
      const [from, to] = [folderOf(file), folderOf(target)];
      if (from === to) continue;
      const out = arrows.get(from) ?? new Map<string, string[]>();
      out.set(to, [...(out.get(to) ?? []), `${file} → ${target}`]);
      arrows.set(from, out);
    }
  }
  return arrows;
}

function pairs(arrows: Map<string, Map<string, string[]>>): string[] {
  const found: string[] = [];
  for (const [a, out] of arrows) {
    for (const [b, why] of out) {
      const back = arrows.get(b)?.get(a);
      if (back && a < b) found.push(`${a} ⇄ ${b}: ${[...why, ...back].join(', ')}`);
    }
  }
  return found;
}

const graph = importGraph();
const directory = (file: string) => dirname(file);
const area = (file: string) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : file);

describe('imports go one way', () => {
  it('reads the tree', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get('cli/program.ts')).toContain('cli/commands/phone.ts');
  });

  it('no file imports itself through others', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('no two directories import each other', () => {
    expect(pairs(folderGraph(graph, directory))).toEqual([]);
  });

  it('no two areas of src import each other, and no circle of areas', () => {
    const arrows = folderGraph(graph, area);
    expect(pairs(arrows)).toEqual([]);
    const asGraph = new Map([...arrows].map(([from, out]) => [from, [...out.keys()]]));
    expect(circles(asGraph)).toEqual([]);
  });

  it('finds a circle and a pair when there is one', () => {
    expect(
      circles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
    const files = new Map([
      ['x/one.ts', ['y/two.ts']],
      ['y/two.ts', []],
      ['y/three.ts', ['x/four.ts']],
      ['x/four.ts', []],
    ]);
    expect(pairs(folderGraph(files, directory))).toEqual(['x ⇄ y: x/one.ts → y/two.ts, y/three.ts → x/four.ts']);
  });
});
