// Fails when the workspace's TypeScript imports run in a circle (part of `npm run lint`).
// A cycle means two modules each need the other, usually because a core type lives in a
// feature file; the fix is to move that type to where it belongs, not to silence this.
// Type-only imports count too: they are the same coupling, only erased at run time.
//
//   node scripts/check-import-cycles.ts            prints each cycle, exits 1 if any
//
// The import graph comes from TypeScript's own scanner (`preProcessFile`); relative
// specifiers are resolved against the file, `@croupier/<name>[/sub]` through the workspace
// package's `exports`. Tarjan's algorithm finds every strongly connected component.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

const ROOT = resolve(import.meta.dirname, "..");
const SOURCE_DIRS = ["src", "bench", "test"];
const SKIPPED = new Set(["node_modules", "dist", "data", "coverage"]);

interface Workspace {
  readonly dir: string;
  readonly exports: Record<string, string>;
}

function workspaces(): Map<string, Workspace> {
  const found = new Map<string, Workspace>();
  for (const group of ["packages", "apps"]) {
    for (const name of readdirSync(join(ROOT, group))) {
      const manifest = join(ROOT, group, name, "package.json");
      if (!existsSync(manifest)) continue;
      const json = JSON.parse(readFileSync(manifest, "utf8")) as { name: string; exports?: unknown };
      const exports: Record<string, string> = {};
      if (typeof json.exports === "string") exports["."] = json.exports;
      else if (json.exports !== null && typeof json.exports === "object") {
        for (const [key, value] of Object.entries(json.exports)) {
          const target = typeof value === "string" ? value : (value as { import?: string }).import;
          if (typeof target === "string") exports[key] = target;
        }
      }
      found.set(json.name, { dir: join(ROOT, group, name), exports });
    }
  }
  return found;
}

function sourceFiles(dir: string, into: string[]): string[] {
  if (!existsSync(dir)) return into;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(path, into);
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) into.push(path);
  }
  return into;
}

function resolveSpecifier(
  from: string,
  specifier: string,
  packages: Map<string, Workspace>,
): string | undefined {
  if (specifier.startsWith(".")) {
    const path = resolve(dirname(from), specifier);
    return existsSync(path) ? path : undefined;
  }
  const match = /^(@croupier\/[^/]+)(\/.*)?$/.exec(specifier);
  if (match === null) return undefined;
  const workspace = packages.get(match[1]!);
  const target = workspace?.exports[match[2] === undefined ? "." : `.${match[2]}`];
  return workspace === undefined || target === undefined ? undefined : resolve(workspace.dir, target);
}

function importGraph(): Map<string, string[]> {
  const packages = workspaces();
  const files = [...packages.values()].flatMap((w) =>
    SOURCE_DIRS.flatMap((d) => sourceFiles(join(w.dir, d), [])),
  );
  files.push(...sourceFiles(join(ROOT, "scripts"), []));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    const targets = importedFiles
      .map((imported) => resolveSpecifier(file, imported.fileName, packages))
      .filter((target): target is string => target !== undefined && target !== file);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Strongly connected components with more than one module (Tarjan, iterative). */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; next: number }[] = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = graph.get(frame.node) ?? [];
      if (frame.next < edges.length) {
        const target = edges[frame.next++]!;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        if (component.length > 1) found.push(component.sort());
      }
    }
  }
  return found;
}

/** One shortest path back to `start` inside its component, to show how the circle closes. */
function circleThrough(graph: Map<string, string[]>, component: string[]): string[] {
  const members = new Set(component);
  const start = component[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const target of graph.get(node) ?? []) {
      if (!members.has(target)) continue;
      if (target === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
        return [...path, start];
      }
      if (!previous.has(target)) {
        previous.set(target, node);
        queue.push(target);
      }
    }
  }
  return component;
}

const graph = importGraph();
const found = cycles(graph);
if (found.length === 0) {
  console.log(`import cycles: none among ${graph.size} modules`);
} else {
  for (const component of found) {
    const circle = circleThrough(graph, component).map((file) => relative(ROOT, file));
    const members = component.map((file) => `  ${relative(ROOT, file)}`).join("\n");
    console.error(
      `import cycle among ${component.length} modules:\n${members}\none circle: ${circle.join(" -> ")}\n`,
    );
  }
  console.error(`${found.length} import cycle(s); move the shared type or function to the module both need.`);
  process.exit(1);
}
