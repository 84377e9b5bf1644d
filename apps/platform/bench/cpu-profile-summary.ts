// Where a process spent its CPU: self time per function and per package/folder, from the
// .cpuprofile files that `node --cpu-prof` writes on exit.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

function area(url: string): string {
  if (url === "") return "(native / V8)";
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules !== null) return modules[1]!;
  if (url.startsWith("node:")) return url;
  const src = /\/(apps|packages)\/([^/]+)\/src\/([^/]+)/.exec(url);
  if (src !== null) return `${src[2]}/${src[3]}`;
  return url;
}

/** `function file:line`, the file from its package or app folder on. */
function frameName(frame: ProfileNode["callFrame"]): string {
  const file = frame.url.replace(/^.*\/(node_modules|apps|packages)\//, "$1/");
  return `${frame.functionName || "(anonymous)"} ${file}:${frame.lineNumber + 1}`;
}

/** Top entries by self time of every profile in `dir`, as printable lines. */
export function summarizeProfiles(dir: string, top = 25): string[] {
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  // Time of libraries and natives charged to the nearest platform function calling them: which of
  // our functions the Kysely, SQLite or HTTP time is spent for.
  const byPlatformCaller = new Map<string, number>();
  let total = 0;
  const perThread: string[] = [];
  const threadTops: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"))) {
    const profile = JSON.parse(readFileSync(join(dir, file), "utf8")) as CpuProfile;
    const before = total;
    const threadFunctions = new Map<string, number>();
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const parents = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
    // Per profile node, not per sample: a node's samples share its stack.
    const callers = new Map<number, string | undefined>();
    const platformCaller = (id: number): string | undefined => {
      if (callers.has(id)) return callers.get(id);
      let caller: string | undefined;
      for (let at: number | undefined = id; at !== undefined && caller === undefined; at = parents.get(at)) {
        const frame = nodes.get(at)?.callFrame;
        if (frame !== undefined && frame.url.includes("/apps/platform/src/")) caller = frameName(frame);
      }
      callers.set(id, caller);
      return caller;
    };
    profile.samples.forEach((id, index) => {
      const micros = profile.timeDeltas[index] ?? 0;
      const node = nodes.get(id);
      if (node === undefined) return;
      const { functionName, url } = node.callFrame;
      if (functionName === "(idle)" || functionName === "(program)") return;
      total += micros;
      const name = frameName(node.callFrame);
      byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
      threadFunctions.set(name, (threadFunctions.get(name) ?? 0) + micros);
      const key = functionName === "(garbage collector)" ? "(garbage collector)" : area(url);
      byArea.set(key, (byArea.get(key) ?? 0) + micros);
      const caller = platformCaller(id);
      if (caller !== undefined) byPlatformCaller.set(caller, (byPlatformCaller.get(caller) ?? 0) + micros);
    });
    perThread.push(`${((total - before) / 1e6).toFixed(2)} s`);
    threadTops.push(
      `thread ${perThread.length} (${((total - before) / 1e6).toFixed(2)} s): ` +
        [...threadFunctions]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 8)
          .map(([name, micros]) => `${name.split(" ")[0]} ${((100 * micros) / (total - before)).toFixed(0)}%`)
          .join(", "),
    );
  }
  // One profile per thread (the main thread, the outbox writer, the checkpoint thread).
  const lines = [
    `busy CPU ${(total / 1e6).toFixed(2)} s (idle excluded; per thread ${perThread.join(", ")})`,
    ...threadTops,
    "by area (self time):",
  ];
  const share = (micros: number) => `${((100 * micros) / total).toFixed(1).padStart(5)}%`;
  for (const [key, micros] of [...byArea].sort((a, b) => b[1] - a[1]).slice(0, 15))
    lines.push(`  ${share(micros)}  ${key}`);
  lines.push("by function (self time):");
  for (const [key, micros] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top))
    lines.push(`  ${share(micros)}  ${key}`);
  lines.push("by the nearest platform function (its own time and the libraries' it called):");
  for (const [key, micros] of [...byPlatformCaller].sort((a, b) => b[1] - a[1]).slice(0, top))
    lines.push(`  ${share(micros)}  ${key}`);
  return lines;
}
