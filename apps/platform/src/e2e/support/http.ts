// Test support: a small JSON-over-HTTP client for the platform's surfaces.

export interface HttpAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read JSON freely
  readonly json: any;
}

export interface RequestOptions {
  readonly token?: string;
  readonly body?: unknown;
  readonly rawBody?: string;
  readonly headers?: Record<string, string>;
}

export type Http = (method: string, path: string, options?: RequestOptions) => Promise<HttpAnswer>;

/** A client for `baseUrl` (read on every call, so a restarted server's new port can be swapped in). */
export function httpClient(baseUrl: () => string): Http {
  return async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(options.body);
    }
    const response = await fetch(`${baseUrl()}${path}`, { method, headers, body });
    const text = await response.text();
    let json: unknown;
    try {
      json = text === "" ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  };
}

/** Polls until `check` holds; the deadline only bounds a failing test, nothing is timed. */
export async function eventually(
  check: () => Promise<boolean> | boolean,
  what: string,
  deadlineMs = 20_000,
): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`not reached before the deadline: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
