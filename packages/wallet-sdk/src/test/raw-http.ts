import { Agent, request } from "node:http";

export interface RawReply {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
  /** Whether the request went over a kept-alive connection used before. */
  readonly reusedSocket: boolean;
}

/** One request through `node:http`, so tests can see connection reuse and send any method. */
export function rawRequest(
  url: string,
  options: { method?: string; body?: string | Buffer; headers?: Record<string, string>; agent?: Agent },
): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: options.method ?? "POST", headers: options.headers, agent: options.agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString("utf8"),
            reusedSocket: req.reusedSocket,
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

/** A keep-alive agent with a single socket, so consecutive requests share one connection. */
export function singleSocketAgent(): Agent {
  return new Agent({ keepAlive: true, maxSockets: 1 });
}
