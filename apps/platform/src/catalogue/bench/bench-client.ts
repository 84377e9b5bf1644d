/**
 * The catalogue bench's HTTP client: sequential GETs on one keep-alive connection, each timed
 * to its last byte. `catalogue.bench.ts` runs it in a child process by default, as an
 * operator's backend would be: its garbage collections (a full one every ~80 200-game pages:
 * V8 counts the socket buffers as external memory) then pause the client, not the service.
 */
import { fileURLToPath } from "node:url";
import { Pool } from "undici";

export interface Response {
  readonly status: number;
  readonly body: string;
}

export interface Run {
  /** Each request's latency, ms. */
  readonly samples: number[];
  /** The client's own CPU time per request, ms. */
  readonly cpuMs: number;
}

export interface BenchClient {
  get(path: string): Promise<Response>;
  /** `requests` sequential GETs of `path`; any answer but 200 is an error. */
  run(path: string, requests: number): Promise<Run>;
  close(): Promise<void>;
}

export function benchClient(baseUrl: string, operator: string): BenchClient {
  const pool = new Pool(baseUrl, { connections: 1, pipelining: 1 });
  const request = (path: string) =>
    pool.request({ method: "GET", path, headers: { "x-test-operator": operator } });
  return {
    async get(path) {
      const response = await request(path);
      return { status: response.statusCode, body: await response.body.text() };
    },
    async run(path, requests) {
      const samples: number[] = [];
      const before = process.cpuUsage();
      for (let i = 0; i < requests; i++) {
        const start = performance.now();
        const response = await request(path);
        // Every byte received, not decoded: the time is the service's and the network's, not
        // the client's JSON handling.
        for await (const _chunk of response.body);
        samples.push(performance.now() - start);
        if (response.statusCode !== 200) throw new Error(`${path}: HTTP ${response.statusCode}`);
      }
      const cpu = process.cpuUsage(before);
      return { samples, cpuMs: requests === 0 ? 0 : (cpu.user + cpu.system) / 1000 / requests };
    },
    close: () => pool.close(),
  };
}

type Request =
  | { readonly kind: "get"; readonly path: string }
  | { readonly kind: "run"; readonly path: string; readonly requests: number };
type Call = Request & { readonly id: number };

/** The same client in a child process (this file, forked), driven over IPC. */
export async function forkedBenchClient(baseUrl: string, operator: string): Promise<BenchClient> {
  const { fork } = await import("node:child_process");
  const child = fork(fileURLToPath(import.meta.url), [baseUrl, operator], { stdio: "inherit" });
  const pending = new Map<number, (value: { result?: unknown; error?: string }) => void>();
  child.on("message", (message: { id: number; result?: unknown; error?: string }) => {
    pending.get(message.id)?.(message);
    pending.delete(message.id);
  });
  let nextId = 0;
  const call = <T>(request: Request): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, (answer) =>
        answer.error === undefined ? resolve(answer.result as T) : reject(new Error(answer.error)),
      );
      child.send({ ...request, id });
    });
  return {
    get: (path) => call<Response>({ kind: "get", path }),
    run: (path, requests) => call<Run>({ kind: "run", path, requests }),
    close: async () => {
      child.disconnect();
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}

if (process.send !== undefined && process.argv[1] === fileURLToPath(import.meta.url)) {
  const [baseUrl, operator] = process.argv.slice(2) as [string, string];
  const client = benchClient(baseUrl, operator);
  process.on("message", (call: Call) => {
    const answer = call.kind === "get" ? client.get(call.path) : client.run(call.path, call.requests);
    answer.then(
      (result) => process.send?.({ id: call.id, result }),
      (error: unknown) => process.send?.({ id: call.id, error: String(error) }),
    );
  });
  process.on("disconnect", () => void client.close());
}
