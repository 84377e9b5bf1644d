import createClient, { type Middleware } from "openapi-fetch";
import type { paths } from "./openapi.ts";

/** Which API a session belongs to. */
export type Realm = "backoffice" | "admin";

/**
 * The session token lives in this module's memory only: never in localStorage, sessionStorage
 * or a cookie a script could read (docs/adr: backoffice sessions). A reload signs out.
 */
let sessionToken: string | undefined;
const listeners = new Set<() => void>();

export function setSessionToken(token: string | undefined): void {
  sessionToken = token;
}

/** Called when the server says the session is gone (401), so the app shows the sign-in again. */
export function onSessionLost(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const auth: Middleware = {
  onRequest({ request }) {
    if (sessionToken !== undefined) request.headers.set("authorization", `Bearer ${sessionToken}`);
    return request;
  },
  async onResponse({ response }) {
    // Only a refused session signs out (a wrong second-factor code is a 401 of another code).
    if (response.status === 401 && sessionToken !== undefined) {
      const problem = (await response
        .clone()
        .json()
        .catch(() => ({}))) as { code?: string };
      if (problem.code === "UNAUTHORIZED") {
        sessionToken = undefined;
        for (const listener of listeners) listener();
      }
    }
    return response;
  },
};

/** The typed client of the platform's API; its types come from the OpenAPI document. */
export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use(auth);

/** An RFC 9457 problem from the API, with its stable code. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

interface Problem {
  code?: string;
  detail?: string;
  title?: string;
}

/** The data of a call, or an ApiError carrying the problem's code and detail. */
export async function must<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<NonNullable<T>> {
  const { data, error, response } = await call;
  if (response.ok && data !== undefined && data !== null) return data as NonNullable<T>;
  if (response.ok) return {} as NonNullable<T>;
  const problem = (error ?? {}) as Problem;
  throw new ApiError(
    response.status,
    problem.code ?? `HTTP_${response.status}`,
    problem.detail ?? problem.title ?? `The server answered ${response.status}.`,
  );
}

/** Downloads a file of the API (with the session) under `filename`. */
export async function download(path: string, filename: string): Promise<void> {
  const headers: Record<string, string> = {};
  if (sessionToken !== undefined) headers.authorization = `Bearer ${sessionToken}`;
  const response = await fetch(path, { headers });
  if (!response.ok) throw new ApiError(response.status, `HTTP_${response.status}`, "The download failed.");
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/**
 * POSTs a file as the raw body (with the session), reporting the share sent so far: fetch cannot
 * report upload progress, XMLHttpRequest can. Resolves to the JSON answer or rejects an ApiError.
 */
export function uploadWithProgress(
  path: string,
  file: Blob,
  contentType: string,
  onProgress: (sentBytes: number, totalBytes: number) => void,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", path);
    xhr.setRequestHeader("content-type", contentType);
    if (sessionToken !== undefined) xhr.setRequestHeader("authorization", `Bearer ${sessionToken}`);
    xhr.upload.onprogress = (event) =>
      onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onerror = () => reject(new ApiError(0, "NETWORK", "The upload did not reach the server."));
    xhr.onload = () => {
      let body: Problem & Record<string, unknown> = {};
      try {
        body = JSON.parse(xhr.responseText) as Problem & Record<string, unknown>;
      } catch {
        // Not JSON: the status alone says what happened.
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body);
      else
        reject(
          new ApiError(
            xhr.status,
            body.code ?? `HTTP_${xhr.status}`,
            body.detail ?? body.title ?? `The server answered ${xhr.status}.`,
          ),
        );
    };
    xhr.send(file);
  });
}
