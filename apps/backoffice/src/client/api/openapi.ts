// Generated from the platform's OpenAPI document by apps/platform/src/backoffice-app/generate-api-types.ts.
// Do not edit: run `npm run api-types -w @croupier/platform`; a test fails while this file is stale.
export interface paths {
  "/healthz": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness and database check */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {string} */
              status: "ok";
              /** @enum {string} */
              database: "ok";
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/problems": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every problem code each surface can answer, with its status and meaning */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/docs/protocol": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The seamless wallet protocol (the callback contract), as a page */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/docs/protocol.md": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The seamless wallet protocol, as markdown */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/docs/protocol/test-vectors.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The protocol's test vectors: requests and the verdict an operator's gate must reach */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/docs/protocol/egress-addresses.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The addresses wallet calls leave from, for operators' firewall allowlists
     * @description Every callback comes from one of these addresses or ranges (EGRESS_ADDRESSES). An operator on the compatibility profile, which carries no body signature, should accept calls only from them. An empty list means this installation does not publish them.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/lobby/{operator_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Embeddable game lobby (HTML) of an operator; tiles link to the operator's launch URL */
    get: {
      parameters: {
        query?: {
          search?: string;
          provider?: string;
          cursor?: string;
        };
        header?: never;
        path: {
          operator_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The operator and environment of this API credential */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              operatorId: string;
              /** @enum {unknown} */
              environment: "sandbox" | "live";
              credentialId: string;
              /** @enum {unknown} */
              status: "pending" | "sandbox" | "live" | "suspended" | "rejected";
              /** @description False while suspended, or on live credentials before going live. */
              canLaunchGames: boolean;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/conformance-runs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Conformance runs of this credential's environment, newest first */
    get: {
      parameters: {
        query?: {
          status?: "running" | "passed" | "failed" | "aborted" | "interrupted";
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                /** @enum {unknown} */
                environment: "sandbox" | "live";
                /** @enum {unknown} */
                status: "running" | "passed" | "failed" | "aborted" | "interrupted";
                /** @description The URL tested, as it was when the run started. */
                callbackUrl: string;
                players: string[];
                currency: string;
                requireBodySignature: boolean;
                /** @description Empty: every check (a full run). */
                only: string[];
                /** @description Every check ran: only full passing runs count for going live. */
                fullRun: boolean;
                startedBy: {
                  /** @enum {unknown} */
                  kind: "operator_user" | "api_credential";
                  id: string;
                };
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                finishedAtMs: number | null;
                progress: {
                  checksDone: number;
                  checksTotal: number | null;
                  /** @description The check in progress. */
                  currentCheck: string | null;
                  /** @description The latest check that finished, and how. */
                  lastCheck: {
                    id: string;
                    status: string;
                  } | null;
                };
                summary: {
                  total: number;
                  passed: number;
                  warned: number;
                  failed: number;
                  requiredFailed: number;
                  advisoryFailed: number;
                  skipped: number;
                } | null;
                /** @description Ids of the checks that failed. */
                failedChecks: string[];
                /** @description Why the run stopped without a verdict: the kit's setup codes (UNREACHABLE, BAD_SALT, PLAYER_SETUP, CURRENCY, CLOCK, BAD_OPTIONS), INTERRUPTED, RUN_TIME_LIMIT or PLATFORM_ERROR. */
                abort: {
                  code: string;
                  message: string;
                } | null;
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Start a conformance run against the callback URL of this credential's environment (202; runs in the background) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description Test players the operator created, each with at least 1000 minor units; the kit puts every cent back. */
            players: string[];
            /**
             * @description The test players' currency (ISO 4217), one of the operator's.
             * @example EUR
             */
            currency: string;
            /** @description The wallet refuses calls whose webhook-signature does not verify; adds that check. */
            requireBodySignature?: boolean;
            /** @description Run only these check ids or areas (e.g. `rollback`). Only full runs count for going live. */
            only?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              /** @enum {unknown} */
              environment: "sandbox" | "live";
              /** @enum {unknown} */
              status: "running" | "passed" | "failed" | "aborted" | "interrupted";
              /** @description The URL tested, as it was when the run started. */
              callbackUrl: string;
              players: string[];
              currency: string;
              requireBodySignature: boolean;
              /** @description Empty: every check (a full run). */
              only: string[];
              /** @description Every check ran: only full passing runs count for going live. */
              fullRun: boolean;
              startedBy: {
                /** @enum {unknown} */
                kind: "operator_user" | "api_credential";
                id: string;
              };
              /** @description Epoch milliseconds (UTC). */
              createdAtMs: number;
              finishedAtMs: number | null;
              progress: {
                checksDone: number;
                checksTotal: number | null;
                /** @description The check in progress. */
                currentCheck: string | null;
                /** @description The latest check that finished, and how. */
                lastCheck: {
                  id: string;
                  status: string;
                } | null;
              };
              summary: {
                total: number;
                passed: number;
                warned: number;
                failed: number;
                requiredFailed: number;
                advisoryFailed: number;
                skipped: number;
              } | null;
              /** @description Ids of the checks that failed. */
              failedChecks: string[];
              /** @description Why the run stopped without a verdict: the kit's setup codes (UNREACHABLE, BAD_SALT, PLAYER_SETUP, CURRENCY, CLOCK, BAD_OPTIONS), INTERRUPTED, RUN_TIME_LIMIT or PLATFORM_ERROR. */
              abort: {
                code: string;
                message: string;
              } | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/conformance-runs/{runId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One conformance run: status, progress while running, each check's outcome */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          runId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              /** @enum {unknown} */
              environment: "sandbox" | "live";
              /** @enum {unknown} */
              status: "running" | "passed" | "failed" | "aborted" | "interrupted";
              /** @description The URL tested, as it was when the run started. */
              callbackUrl: string;
              players: string[];
              currency: string;
              requireBodySignature: boolean;
              /** @description Empty: every check (a full run). */
              only: string[];
              /** @description Every check ran: only full passing runs count for going live. */
              fullRun: boolean;
              startedBy: {
                /** @enum {unknown} */
                kind: "operator_user" | "api_credential";
                id: string;
              };
              /** @description Epoch milliseconds (UTC). */
              createdAtMs: number;
              finishedAtMs: number | null;
              progress: {
                checksDone: number;
                checksTotal: number | null;
                /** @description The check in progress. */
                currentCheck: string | null;
                /** @description The latest check that finished, and how. */
                lastCheck: {
                  id: string;
                  status: string;
                } | null;
              };
              summary: {
                total: number;
                passed: number;
                warned: number;
                failed: number;
                requiredFailed: number;
                advisoryFailed: number;
                skipped: number;
              } | null;
              /** @description Ids of the checks that failed. */
              failedChecks: string[];
              /** @description Why the run stopped without a verdict: the kit's setup codes (UNREACHABLE, BAD_SALT, PLAYER_SETUP, CURRENCY, CLOCK, BAD_OPTIONS), INTERRUPTED, RUN_TIME_LIMIT or PLATFORM_ERROR. */
              abort: {
                code: string;
                message: string;
              } | null;
              /** @description Empty while running. */
              checks: {
                id: string;
                title: string;
                area: string;
                required: boolean;
                /** @enum {unknown} */
                status: "pass" | "fail" | "warn" | "skip";
                durationMs: number;
                /** @description Why it failed or was skipped, or its warnings. */
                message: string | null;
              }[];
              /** @description Paths of the report downloads, once the kit wrote a report. */
              reports: {
                json: string;
                junit: string;
              } | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/conformance-runs/{runId}/report.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download the run's full report as JSON, every check's evidence included */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          runId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The ConformanceReport as pretty-printed JSON (attachment). */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": string;
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/conformance-runs/{runId}/report.junit.xml": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download the run's report as JUnit XML, for CI */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          runId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description JUnit XML, one testcase per check (attachment). */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": string;
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/sessions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your game sessions in this credential's environment, newest first */
    get: {
      parameters: {
        query?: {
          /**
           * @description Your player id.
           * @example player-1042
           */
          player_id?: string;
          /**
           * @description Only sessions of this game.
           * @example slots-classic
           */
          game_id?: string;
          status?: "created" | "active" | "ended" | "expired";
          /**
           * @description Only items at or after this instant: epoch milliseconds or RFC 3339 (`2026-01-01T00:00:00Z`).
           * @example 2026-01-01T00:00:00Z
           */
          from?: string;
          /**
           * @description Only items before this instant (exclusive): epoch milliseconds or RFC 3339.
           * @example 2026-02-01T00:00:00Z
           */
          to?: string;
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                session_id: string;
                /** @enum {unknown} */
                status: "created" | "active" | "ended" | "expired";
                /** @enum {unknown} */
                environment: "sandbox" | "live";
                player_id: string;
                currency: string;
                game_id: string;
                studio_id: string;
                language: string;
                demo: boolean;
                /** @description Demo: the play-money balance. Real play: the last balance your wallet reported. */
                balance: number | null;
                /** @description Epoch milliseconds (UTC). */
                created_at_ms: number;
                launched_at_ms: number | null;
                /** @description Epoch milliseconds (UTC). */
                last_activity_at_ms: number;
                ended_at_ms: number | null;
                end_reason: string | null;
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Launch a game: a session and a single-use launch URL for the player's browser
     * @description The launch URL works once and expires after a minute. Opening it asks your wallet for the player's balance (real play) and sends the player to the game. `demo: true` plays with platform-held play money.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /**
             * @description Your player id; sent back to your wallet in every call.
             * @example player-1042
             */
            player_id: string;
            /**
             * @description ISO 4217 code of the player's wallet.
             * @example EUR
             */
            currency: string;
            /** @example slots-classic */
            game_id: string;
            /**
             * @description BCP 47 tag, e.g. `en`, `pt-BR`.
             * @example en
             */
            language: string;
            /**
             * @description Where the game's exit/home button sends the player (absolute http(s) URL).
             * @example https://luckystar.example/lobby
             */
            return_url: string;
            /**
             * @description Where the game's deposit button sends the player (absolute http(s) URL).
             * @example https://luckystar.example/cashier
             */
            cashier_url: string;
            /** @description Play money held by the platform for this session only; your wallet is never called. Default false. */
            demo?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              session_id: string;
              /** @description Send the player's browser here; works once, until `launch_expires_at_ms`. */
              launch_url: string;
              /** @description Epoch milliseconds (UTC). */
              launch_expires_at_ms: number;
              demo: boolean;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/rounds": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your game rounds in this credential's environment, newest first */
    get: {
      parameters: {
        query?: {
          /**
           * @description Your player id.
           * @example player-1042
           */
          player_id?: string;
          /**
           * @description Only this round.
           * @example rnd_4k9t2m8q1x7z3v5b
           */
          round_id?: string;
          /**
           * @description Only rounds of this session.
           * @example ses_7h2k9m4q8x1z5v3b
           */
          session_id?: string;
          /**
           * @description Only rounds of this game.
           * @example slots-classic
           */
          game_id?: string;
          status?: "open" | "closed" | "void";
          /**
           * @description Only items at or after this instant: epoch milliseconds or RFC 3339 (`2026-01-01T00:00:00Z`).
           * @example 2026-01-01T00:00:00Z
           */
          from?: string;
          /**
           * @description Only items before this instant (exclusive): epoch milliseconds or RFC 3339.
           * @example 2026-02-01T00:00:00Z
           */
          to?: string;
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                round_id: string;
                /**
                 * @description `void`: closed without a call because no bet of it was acknowledged.
                 * @enum {unknown}
                 */
                status: "open" | "closed" | "void";
                player_id: string;
                session_id: string;
                game_id: string;
                currency: string;
                /** @description Epoch milliseconds (UTC). */
                opened_at_ms: number;
                closed_at_ms: number | null;
                close_reason: ("game" | "abandoned") | null;
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/rounds/{round_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One round: every wallet call with every attempt (request, response, latency, outcome) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * @description The round id, as sent to your wallet.
           * @example rnd_4k9t2m8q1x7z3v5b
           */
          round_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              round_id: string;
              /**
               * @description `void`: closed without a call because no bet of it was acknowledged.
               * @enum {unknown}
               */
              status: "open" | "closed" | "void";
              player_id: string;
              session_id: string;
              game_id: string;
              currency: string;
              /** @description Epoch milliseconds (UTC). */
              opened_at_ms: number;
              closed_at_ms: number | null;
              close_reason: ("game" | "abandoned") | null;
              /** @description From acknowledged calls only. */
              totals: {
                /** @description Acknowledged bets (debits), minor units. */
                debited: number;
                /** @description Acknowledged wins (credits, rollbacks excluded). */
                credited: number;
                /** @description Acknowledged rollbacks (`rb` 1). */
                rolled_back: number;
              };
              /** @description Every wallet call of the round with every attempt, oldest first. */
              transactions: {
                call_id: string;
                /** @enum {unknown} */
                action: "balance" | "debit" | "credit";
                /**
                 * @description `pending`: being delivered (credits and rollbacks are retried until acknowledged); `ok`: acknowledged; `refused`: definitely refused; `unknown`: a debit or balance with no usable answer (a debit is rolled back); `not_sent`: never sent; `manual`/`resolved`: waiting for or closed by Croupier support.
                 * @enum {unknown}
                 */
                status: "pending" | "ok" | "refused" | "unknown" | "not_sent" | "manual" | "resolved";
                player_id: string;
                session_id: string;
                game_id: string;
                round_id: string | null;
                currency: string;
                amount: number | null;
                /**
                 * @description 1: this call rolls back `rb_call_id`.
                 * @enum {unknown}
                 */
                rb: 0 | 1;
                rb_call_id: string | null;
                round_closed: boolean;
                balance: number | null;
                error_code: string | null;
                outcome_reason: string | null;
                tx_id: string | null;
                attempts: number;
                next_attempt_at_ms: number | null;
                /** @description Epoch milliseconds (UTC). */
                created_at_ms: number;
                /** @description Epoch milliseconds (UTC). */
                updated_at_ms: number;
                final_at_ms: number | null;
                /** @description Every attempt sent, oldest first. */
                attempt_log: {
                  attempt_no: number;
                  /** @description Epoch milliseconds (UTC). */
                  sent_at_ms: number;
                  /** @description From sending to reading the whole answer. */
                  latency_micros: number;
                  /** @description Exactly what was sent: the JSON body, or the path and query of the GameHub profile. */
                  request: string;
                  http_status: number | null;
                  response_body: string | null;
                  /**
                   * @description `unknown`: timeout, network error, non-200, unreadable answer or INTERNAL_ERROR.
                   * @enum {unknown}
                   */
                  outcome: "ok" | "refused" | "unknown";
                  error_code: string | null;
                  reason: string | null;
                }[];
                /** @description True when the call has more attempts than the 100 latest shown here. */
                attempt_log_truncated: boolean;
              }[];
              /** @description True when the round has more than 200 calls (the oldest are shown); list the rest with GET /v1/transactions?round_id=… */
              transactions_truncated: boolean;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/transactions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your wallet calls (balance, bets, wins, rollbacks) in this credential's environment, newest first */
    get: {
      parameters: {
        query?: {
          /**
           * @description Your player id.
           * @example player-1042
           */
          player_id?: string;
          /**
           * @description Only calls of this round.
           * @example rnd_4k9t2m8q1x7z3v5b
           */
          round_id?: string;
          /**
           * @description Only this call.
           * @example c_9m2k7t4q1x8z3v5b
           */
          call_id?: string;
          /**
           * @description Only calls of this session.
           * @example ses_7h2k9m4q8x1z5v3b
           */
          session_id?: string;
          /**
           * @description Only calls of this game.
           * @example slots-classic
           */
          game_id?: string;
          action?: "balance" | "debit" | "credit";
          status?: "pending" | "ok" | "refused" | "unknown" | "not_sent" | "manual" | "resolved";
          /**
           * @description Only items at or after this instant: epoch milliseconds or RFC 3339 (`2026-01-01T00:00:00Z`).
           * @example 2026-01-01T00:00:00Z
           */
          from?: string;
          /**
           * @description Only items before this instant (exclusive): epoch milliseconds or RFC 3339.
           * @example 2026-02-01T00:00:00Z
           */
          to?: string;
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                call_id: string;
                /** @enum {unknown} */
                action: "balance" | "debit" | "credit";
                /**
                 * @description `pending`: being delivered (credits and rollbacks are retried until acknowledged); `ok`: acknowledged; `refused`: definitely refused; `unknown`: a debit or balance with no usable answer (a debit is rolled back); `not_sent`: never sent; `manual`/`resolved`: waiting for or closed by Croupier support.
                 * @enum {unknown}
                 */
                status: "pending" | "ok" | "refused" | "unknown" | "not_sent" | "manual" | "resolved";
                player_id: string;
                session_id: string;
                game_id: string;
                round_id: string | null;
                currency: string;
                amount: number | null;
                /**
                 * @description 1: this call rolls back `rb_call_id`.
                 * @enum {unknown}
                 */
                rb: 0 | 1;
                rb_call_id: string | null;
                round_closed: boolean;
                balance: number | null;
                error_code: string | null;
                outcome_reason: string | null;
                tx_id: string | null;
                attempts: number;
                next_attempt_at_ms: number | null;
                /** @description Epoch milliseconds (UTC). */
                created_at_ms: number;
                /** @description Epoch milliseconds (UTC). */
                updated_at_ms: number;
                final_at_ms: number | null;
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/transactions/{call_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One wallet call with its attempts */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * @description The call_id, as sent to your wallet.
           * @example c_9m2k7t4q1x8z3v5b
           */
          call_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              call_id: string;
              /** @enum {unknown} */
              action: "balance" | "debit" | "credit";
              /**
               * @description `pending`: being delivered (credits and rollbacks are retried until acknowledged); `ok`: acknowledged; `refused`: definitely refused; `unknown`: a debit or balance with no usable answer (a debit is rolled back); `not_sent`: never sent; `manual`/`resolved`: waiting for or closed by Croupier support.
               * @enum {unknown}
               */
              status: "pending" | "ok" | "refused" | "unknown" | "not_sent" | "manual" | "resolved";
              player_id: string;
              session_id: string;
              game_id: string;
              round_id: string | null;
              currency: string;
              amount: number | null;
              /**
               * @description 1: this call rolls back `rb_call_id`.
               * @enum {unknown}
               */
              rb: 0 | 1;
              rb_call_id: string | null;
              round_closed: boolean;
              balance: number | null;
              error_code: string | null;
              outcome_reason: string | null;
              tx_id: string | null;
              attempts: number;
              next_attempt_at_ms: number | null;
              /** @description Epoch milliseconds (UTC). */
              created_at_ms: number;
              /** @description Epoch milliseconds (UTC). */
              updated_at_ms: number;
              final_at_ms: number | null;
              /** @description Every attempt sent, oldest first. */
              attempt_log: {
                attempt_no: number;
                /** @description Epoch milliseconds (UTC). */
                sent_at_ms: number;
                /** @description From sending to reading the whole answer. */
                latency_micros: number;
                /** @description Exactly what was sent: the JSON body, or the path and query of the GameHub profile. */
                request: string;
                http_status: number | null;
                response_body: string | null;
                /**
                 * @description `unknown`: timeout, network error, non-200, unreadable answer or INTERNAL_ERROR.
                 * @enum {unknown}
                 */
                outcome: "ok" | "refused" | "unknown";
                error_code: string | null;
                reason: string | null;
              }[];
              /** @description True when the call has more attempts than the 100 latest shown here. */
              attempt_log_truncated: boolean;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/games": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Games you may offer: search, filter, sort, cursor pages */
    get: {
      parameters: {
        query?: {
          /** @description Case- and accent-insensitive part of the name. */
          search?: string;
          /** @example slots-classic */
          provider?: string;
          type?:
            | "slot"
            | "table"
            | "live"
            | "crash"
            | "instant"
            | "lottery"
            | "bingo"
            | "scratch"
            | "poker"
            | "video_poker"
            | "virtual_sports"
            | "fishing"
            | "other";
          /** @example free_spins */
          feature?: string;
          volatility?: "low" | "medium" | "high" | "very_high";
          /**
           * @description ISO 4217 code, upper case.
           * @example EUR
           */
          currency?: string;
          /**
           * @description Games accepting this stake in `currency`, minor units.
           * @example 100
           */
          stakeMinor?: string;
          demoAvailable?: boolean;
          sort?: "name" | "releaseDate" | "rtp" | "popularity";
          /** @description Default: asc for name, desc otherwise. */
          order?: "asc" | "desc";
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
          /**
           * @description ISO 3166 code: GB, US-NJ.
           * @example GB
           */
          jurisdiction?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** @description Stable slug; the protocol's `game_id`. */
                id: string;
                name: string;
                provider: {
                  id: string;
                  name: string;
                };
                /** @description One of slot, table, live, crash, instant, lottery, bingo, scratch, poker, video_poker, virtual_sports, fishing, other. */
                type: string;
                /** @description Percent, two decimals, exact: "96.48". */
                rtp: string;
                /** @description The same RTP in basis points: 9648. */
                rtpBasisPoints: number;
                volatility: string | null;
                /** @description Per ISO 4217 currency, integer minor units. */
                betLimits: {
                  [key: string]: {
                    /** @description Minor units (cents). */
                    minMinor: number;
                    /** @description Minor units (cents). */
                    maxMinor: number;
                  };
                };
                features: string[];
                images: {
                  thumbnail: string | null;
                  banner: string | null;
                };
                /** @description Where the game may NOT be offered. */
                blockedJurisdictions: string[];
                /** @description YYYY-MM-DD */
                releaseDate: string;
                demoAvailable: boolean;
                /** @description Placeholder ranking; 0 for now. */
                popularity: number;
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/games/{game_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One game you may offer */
    get: {
      parameters: {
        query?: {
          /**
           * @description ISO 3166 code: GB, US-NJ.
           * @example GB
           */
          jurisdiction?: string;
        };
        header?: never;
        path: {
          /** @example slots-classic */
          game_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description Stable slug; the protocol's `game_id`. */
              id: string;
              name: string;
              provider: {
                id: string;
                name: string;
              };
              /** @description One of slot, table, live, crash, instant, lottery, bingo, scratch, poker, video_poker, virtual_sports, fishing, other. */
              type: string;
              /** @description Percent, two decimals, exact: "96.48". */
              rtp: string;
              /** @description The same RTP in basis points: 9648. */
              rtpBasisPoints: number;
              volatility: string | null;
              /** @description Per ISO 4217 currency, integer minor units. */
              betLimits: {
                [key: string]: {
                  /** @description Minor units (cents). */
                  minMinor: number;
                  /** @description Minor units (cents). */
                  maxMinor: number;
                };
              };
              features: string[];
              images: {
                thumbnail: string | null;
                banner: string | null;
              };
              /** @description Where the game may NOT be offered. */
              blockedJurisdictions: string[];
              /** @description YYYY-MM-DD */
              releaseDate: string;
              demoAvailable: boolean;
              /** @description Placeholder ranking; 0 for now. */
              popularity: number;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/providers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Providers with games you may offer */
    get: {
      parameters: {
        query?: {
          /**
           * @description ISO 3166 code: GB, US-NJ.
           * @example GB
           */
          jurisdiction?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                name: string;
              }[];
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/sessions/{session_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of your game sessions (only in your credential's environment) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          session_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              session_id: string;
              /** @enum {unknown} */
              status: "created" | "active" | "ended" | "expired";
              /** @enum {unknown} */
              environment: "sandbox" | "live";
              player_id: string;
              currency: string;
              game_id: string;
              studio_id: string;
              language: string;
              demo: boolean;
              /** @description Demo: the play-money balance. Real play: the last balance your wallet reported. */
              balance: number | null;
              /** @description Epoch milliseconds (UTC). */
              created_at_ms: number;
              launched_at_ms: number | null;
              /** @description Epoch milliseconds (UTC). */
              last_activity_at_ms: number;
              ended_at_ms: number | null;
              end_reason: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/sessions/{session_id}/end": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End a session: no new bets; open rounds still settle */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          session_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              session_id: string;
              /** @enum {unknown} */
              status: "created" | "active" | "ended" | "expired";
              /** @enum {unknown} */
              environment: "sandbox" | "live";
              player_id: string;
              currency: string;
              game_id: string;
              studio_id: string;
              language: string;
              demo: boolean;
              /** @description Demo: the play-money balance. Real play: the last balance your wallet reported. */
              balance: number | null;
              /** @description Epoch milliseconds (UTC). */
              created_at_ms: number;
              launched_at_ms: number | null;
              /** @description Epoch milliseconds (UTC). */
              last_activity_at_ms: number;
              ended_at_ms: number | null;
              end_reason: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/rounds/{round_id}/replay": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Replay a round of the built-in studio: what the player saw and the money of the round */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @example sr_4k9t2m8q1x7z3v5b */
          round_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              round_id: string;
              platform_round_id: string | null;
              game_id: string;
              game_name: string;
              engine: string;
              /** @description `sha256:<hex>` of the title's maths (canonical JSON of its definition) the round was played and is replayed with; null for rounds from before versions were recorded. */
              title_version: string | null;
              currency: string;
              currency_exponent: number;
              demo: boolean;
              status: string;
              /** @description Epoch milliseconds (UTC). */
              created_at_ms: number;
              settled_at_ms: number | null;
              bet_minor: number;
              win_minor: number | null;
              config: unknown;
              /** @description The stake and the game's options as the player chose them. */
              request: unknown;
              /** @description What the player saw, replayed by the engine from the stored draws. */
              display: unknown;
              /** @description The replay equals what was shown at the time. */
              matches_original: boolean;
              /** @description Settled by the platform's closing credit after the player left the round. */
              abandoned: boolean;
              movements: {
                transaction_id: string;
                /** @enum {unknown} */
                kind: "bet" | "win" | "rollback" | "end_round";
                amount_minor: number | null;
                /** @description `OK`, the refusal's code, or `pending`. */
                result: string;
                rollback_of: string | null;
                /** @description Epoch milliseconds (UTC). */
                at_ms: number;
              }[];
              session_id: string;
              player_id: string;
              /** @description The calls your wallet received for this round. */
              wallet_calls: {
                call_id: string;
                action: string;
                amount_minor: number | null;
                rb: boolean;
                rb_call_id: string | null;
                round_closed: boolean;
                /** @description Delivery state in the outbox: ok, refused, pending, unknown, … */
                state: string;
                balance_minor: number | null;
                error_code: string | null;
                /** @description Epoch milliseconds (UTC). */
                created_at_ms: number;
              }[];
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/billing": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your prepaid credit: billing currency, balance, low-credit threshold, state */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              operatorId: string;
              /**
               * @description ISO 4217 code.
               * @example EUR
               */
              currency: string;
              /** @description Prepaid credit in minor units of the billing currency (may go below zero by the fees of rounds that were running when it reached zero). */
              balanceMinor: number;
              /** @description At or below this the operator is warned. */
              lowCreditThresholdMinor: number;
              /**
               * @description `low`: at or below the low-credit threshold; `exhausted`: at or below zero (no new live launches).
               * @enum {unknown}
               */
              state: "ok" | "low" | "exhausted";
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/billing/entries": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every entry of your prepaid credit (top-ups, corrections, fees), newest first */
    get: {
      parameters: {
        query?: {
          kind?: "top_up" | "correction" | "fee";
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                /** @description 1, 2, 3… in posting order. */
                seq: number;
                /** @enum {unknown} */
                kind: "top_up" | "correction" | "fee";
                /** @description Signed: top-ups add, fees take away. */
                amountMinor: number;
                /**
                 * @description ISO 4217 code.
                 * @example EUR
                 */
                currency: string;
                balanceAfterMinor: number;
                paymentReference: string | null;
                note: string | null;
                fee: {
                  providerId: string;
                  /**
                   * @description ISO 4217 code.
                   * @example EUR
                   */
                  roundCurrency: string;
                  /** @description GGR of the rounds charged, in the round currency. */
                  ggrMinor: number;
                  /** @description The part of it charged, after negative GGR carried forward was offset. */
                  chargeableMinor: number;
                  rounds: number;
                } | null;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/notifications": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Events to act on (application decided, low credit, credit exhausted, a call waiting for manual resolution, salt rotation started), newest first, with their webhook delivery */
    get: {
      parameters: {
        query?: {
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                event: string;
                /** @enum {unknown} */
                state: "pending" | "delivered" | "failed" | "no_webhook";
                attempts: number;
                lastError: string | null;
                createdAtMs: number;
                deliveredAtMs: number | null;
                payload: {
                  [key: string]: unknown;
                };
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/billing/statement": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Statement of prepaid credit for a period: opening balance, top-ups, corrections, fees by provider and currency, closing balance (JSON or CSV) */
    get: {
      parameters: {
        query: {
          /**
           * @description YYYY-MM-DD (UTC), inclusive.
           * @example 2026-12-01
           */
          from: string;
          /**
           * @description YYYY-MM-DD (UTC), inclusive.
           * @example 2026-12-01
           */
          to: string;
          format?: "json" | "csv";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              operatorId: string;
              currency: string;
              from: string;
              to: string;
              openingBalanceMinor: number;
              topUpsMinor: number;
              topUps: number;
              correctionsMinor: number;
              corrections: number;
              fees: {
                providerId: string;
                roundCurrency: string;
                rounds: number;
                ggrMinor: number;
                chargeableMinor: number;
                feeMinor: number;
              }[];
              feesMinor: number;
              closingBalanceMinor: number;
              carriedForward: {
                providerId: string;
                roundCurrency: string;
                carriedGgrMinor: number;
              }[];
              notes: string[];
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/reports": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Activity per bucket (day or hour, UTC) × provider × game × currency: rounds, distinct players, bets, wins, rollbacks, GGR, calls waiting for manual resolution (JSON or CSV) */
    get: {
      parameters: {
        query: {
          /**
           * @description A day, YYYY-MM-DD (UTC), inclusive.
           * @example 2026-12-01
           */
          from: string;
          /**
           * @description A day, YYYY-MM-DD (UTC), inclusive.
           * @example 2026-12-01
           */
          to: string;
          /** @description Buckets (default day); hour covers at most 31 days. */
          grain?: "day" | "hour";
          providerId?: string;
          gameId?: string;
          /**
           * @description ISO 4217 code.
           * @example EUR
           */
          currency?: string;
          /** @description csv: one line per row, a header first. */
          format?: "json" | "csv";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {unknown} */
              environment: "sandbox" | "live";
              /** @enum {unknown} */
              grain: "day" | "hour";
              from: string;
              to: string;
              rows: {
                bucketStartMs: number;
                providerId: string;
                gameId: string;
                currency: string;
                /** @description Distinct players in the bucket. */
                players: number;
                rounds: number;
                betsMinor: number;
                winsMinor: number;
                rolledBackBetsMinor: number;
                rolledBackWinsMinor: number;
                ggrMinor: number;
                rollbacks: number;
                manualResolutionCalls: number;
              }[];
              totalsByCurrency: {
                currency: string;
                rounds: number;
                betsMinor: number;
                winsMinor: number;
                rolledBackBetsMinor: number;
                rolledBackWinsMinor: number;
                ggrMinor: number;
                rollbacks: number;
                manualResolutionCalls: number;
              }[];
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/reconciliations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your reconciliations, newest first */
    get: {
      parameters: {
        query?: {
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                /** @enum {unknown} */
                environment: "sandbox" | "live";
                from: string;
                to: string;
                /** @enum {unknown} */
                format: "csv" | "jsonl";
                /** @enum {unknown} */
                status: "reading" | "matching" | "done" | "failed";
                progress: {
                  bytesRead: number;
                  linesRead: number;
                  /** @description How many comparisons matching makes (our calls of the period and your lines without one): the number of your lines until our calls are compared (exact for a ledger that matches), then exact; 0 while reading. */
                  callsToCompare: number;
                  /** @description Compared so far; `matched` and `differences` grow with it. */
                  callsCompared: number;
                };
                matched: number;
                differences: number;
                byKind: {
                  [key: string]: number;
                };
                createdAtMs: number;
                finishedAtMs: number | null;
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Upload your ledger of a period (CSV with header call_id,action,amount,currency,rb,status,time, or JSON lines) and reconcile it with our calls by call_id
     * @description Send the file as the body with Content-Type text/csv or application/x-ndjson; it is streamed (up to 160 MiB). A bad file is refused whole with LEDGER_UPLOAD_REFUSED listing the first errors, and nothing is kept. Progress shows on GET /reconciliations/{id} while it runs.
     */
    post: {
      parameters: {
        query: {
          /**
           * @description YYYY-MM-DD (UTC), inclusive.
           * @example 2026-12-01
           */
          from: string;
          /**
           * @description YYYY-MM-DD (UTC), inclusive.
           * @example 2026-12-01
           */
          to: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              /** @enum {unknown} */
              environment: "sandbox" | "live";
              from: string;
              to: string;
              /** @enum {unknown} */
              format: "csv" | "jsonl";
              /** @enum {unknown} */
              status: "reading" | "matching" | "done" | "failed";
              progress: {
                bytesRead: number;
                linesRead: number;
                /** @description How many comparisons matching makes (our calls of the period and your lines without one): the number of your lines until our calls are compared (exact for a ledger that matches), then exact; 0 while reading. */
                callsToCompare: number;
                /** @description Compared so far; `matched` and `differences` grow with it. */
                callsCompared: number;
              };
              matched: number;
              differences: number;
              byKind: {
                [key: string]: number;
              };
              createdAtMs: number;
              finishedAtMs: number | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/reconciliations/{reconciliationId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A reconciliation: its progress while it runs, then its counts by kind */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @example rec_4k2m9x7q1w3e5r6t */
          reconciliationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              /** @enum {unknown} */
              environment: "sandbox" | "live";
              from: string;
              to: string;
              /** @enum {unknown} */
              format: "csv" | "jsonl";
              /** @enum {unknown} */
              status: "reading" | "matching" | "done" | "failed";
              progress: {
                bytesRead: number;
                linesRead: number;
                /** @description How many comparisons matching makes (our calls of the period and your lines without one): the number of your lines until our calls are compared (exact for a ledger that matches), then exact; 0 while reading. */
                callsToCompare: number;
                /** @description Compared so far; `matched` and `differences` grow with it. */
                callsCompared: number;
              };
              matched: number;
              differences: number;
              byKind: {
                [key: string]: number;
              };
              createdAtMs: number;
              finishedAtMs: number | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/v1/reconciliations/{reconciliationId}/differences": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The differences found, each with both sides and what fixes it (format=csv: every one, as a download) */
    get: {
      parameters: {
        query?: {
          format?: "json" | "csv";
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path: {
          /** @example rec_4k2m9x7q1w3e5r6t */
          reconciliationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                seq: number;
                kind: string;
                callId: string;
                roundId: string | null;
                ours: {
                  [key: string]: unknown;
                } | null;
                theirs: {
                  [key: string]: unknown;
                } | null;
                fix: string;
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/registrations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Register an operator (company, contact, licences, volume) and its first user
     * @description Creates a `pending` operator; an admin approves or rejects it. Rate-limited per IP. An email that already has an account gets the same answer (nothing is created; the account's owner is told), so this route does not reveal who is registered.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @example Lucky Star Casino Ltd */
            companyName: string;
            /**
             * Format: uri
             * @example https://luckystar.example
             */
            website: string;
            contact: {
              /** @example Ada Lovelace */
              name: string;
              /** Format: email */
              email: string;
            };
            licenceJurisdictions: string[];
            currencies: string[];
            expectedMonthlyVolume:
              | {
                  /** @description Minor units of `currency`. */
                  amountMinor: number;
                  /**
                   * @description ISO 4217 code
                   * @example EUR
                   */
                  currency: string;
                }
              | {
                  /**
                   * @description Monthly turnover band in EUR equivalent.
                   * @enum {unknown}
                   */
                  range: "under_100k" | "100k_1m" | "1m_10m" | "10m_100m" | "over_100m";
                };
            /** @example Online casino, 40k monthly active players, in-house wallet. */
            platformDescription: string;
            user: {
              /** Format: email */
              email: string;
              password: string;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              operatorId: string;
              userId: string;
              /** @enum {string} */
              status: "pending";
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/login": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in as an operator user; returns a bearer session token */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: email */
            email: string;
            password: string;
            /** @description Needed when the account has a second factor. */
            totpCode?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description Send as `Authorization: Bearer <token>`. */
              token: string;
              /** @description Epoch milliseconds (UTC). */
              expiresAtMs: number;
              user: {
                id: string;
                operatorId: string;
                email: string;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                lastLoginAtMs: number | null;
              };
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/invites/accept": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept a team invitation: choose a password; then sign in */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            token: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              userId: string;
              email: string;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/password-resets": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask for a one-time password reset link by mail (the same answer whether or not the email has an account) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: email */
            email: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/password-resets/confirm": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a new password with a reset link's token; every session of the account ends */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            token: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user and their operator's profile and status */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              user: {
                id: string;
                operatorId: string;
                email: string;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                lastLoginAtMs: number | null;
              };
              operator: {
                id: string;
                companyName: string;
                website: string;
                contact: {
                  name: string;
                  email: string;
                };
                licenceJurisdictions: string[];
                currencies: string[];
                expectedMonthlyVolume:
                  | {
                      /** @description Minor units of `currency`. */
                      amountMinor: number;
                      /**
                       * @description ISO 4217 code
                       * @example EUR
                       */
                      currency: string;
                    }
                  | {
                      /**
                       * @description Monthly turnover band in EUR equivalent.
                       * @enum {unknown}
                       */
                      range: "under_100k" | "100k_1m" | "1m_10m" | "10m_100m" | "over_100m";
                    };
                platformDescription: string;
                /** @enum {unknown} */
                status: "pending" | "sandbox" | "live" | "suspended" | "rejected";
                statusBeforeSuspension: "sandbox" | "live" | null;
                /** @description Why it was rejected or suspended. */
                statusReason: string | null;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                /** @description Epoch milliseconds (UTC). */
                updatedAtMs: number;
              };
              canLaunchGames: {
                sandbox: boolean;
                live: boolean;
              };
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/logout": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End this session */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/credentials": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List your API credentials (newest first) */
    get: {
      parameters: {
        query?: {
          environment?: "sandbox" | "live";
          includeRevoked?: boolean;
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                /** @enum {unknown} */
                environment: "sandbox" | "live";
                label: string;
                /** @description Start of the token, to recognise it; never the secret. */
                prefix: string;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                revokedAtMs: number | null;
                lastUsedAtMs: number | null;
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Create an API credential; the token is in this answer only */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {unknown} */
            environment: "sandbox" | "live";
            /** @example production servers */
            label: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              credential: {
                id: string;
                /** @enum {unknown} */
                environment: "sandbox" | "live";
                label: string;
                /** @description Start of the token, to recognise it; never the secret. */
                prefix: string;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                revokedAtMs: number | null;
                lastUsedAtMs: number | null;
              };
              /** @description Shown only now: store it safely. Only a hash is kept. */
              token: string;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/credentials/{credentialId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an API credential at once */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          credentialId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              /** @enum {unknown} */
              environment: "sandbox" | "live";
              label: string;
              /** @description Start of the token, to recognise it; never the secret. */
              prefix: string;
              /** @description Epoch milliseconds (UTC). */
              createdAtMs: number;
              revokedAtMs: number | null;
              lastUsedAtMs: number | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/environments/{environment}/salt-keys": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your salt keys in an environment: the active one and any pending one */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          environment: "sandbox" | "live";
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {unknown} */
              environment: "sandbox" | "live";
              /** @description The active salt and, during a rotation, the pending one. */
              keys: {
                id: string;
                /** @enum {unknown} */
                state: "active" | "pending";
                salt: string;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                activatedAtMs: number | null;
              }[];
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/environments/{environment}/salt-keys/rotate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start a rotation: a new salt is created as pending; signing stays on the active one
     * @description Make your wallet accept both salts, then confirm. Nothing changes for live traffic until the confirmation succeeds.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          environment: "sandbox" | "live";
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              /** @enum {unknown} */
              state: "active" | "pending";
              salt: string;
              /** @description Epoch milliseconds (UTC). */
              createdAtMs: number;
              activatedAtMs: number | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/environments/{environment}/salt-keys/confirm": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm a rotation: a signed test call with the pending salt, and the switch if it is accepted
     * @description Sends `balance` signed with the pending salt. On `ok`, or a refusal proving the key was accepted (e.g. PLAYER_NOT_FOUND), the pending salt becomes active and the old one is retired. Otherwise SALT_NOT_ACCEPTED and nothing changes. With the GameHub profile only `ok` counts: pass an existing `playerId`.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          environment: "sandbox" | "live";
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @example player-1042 */
            playerId?: string;
            /**
             * @description ISO 4217 code
             * @example EUR
             */
            currency?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              active: {
                id: string;
                /** @enum {unknown} */
                state: "active" | "pending";
                salt: string;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                activatedAtMs: number | null;
              };
              testCall: {
                request: {
                  /** @enum {unknown} */
                  method: "POST" | "GET";
                  url: string;
                  headers: {
                    [key: string]: string;
                  };
                  body: string | null;
                };
                response: {
                  httpStatus: number;
                  contentType: string | null;
                  body: string;
                  truncated: boolean;
                } | null;
                /** @description ok; refused (a definite protocol refusal, `code`); unknown (`reason`). */
                outcome: {
                  /** @enum {unknown} */
                  kind: "ok" | "refused" | "unknown";
                  balance?: number;
                  code?: string;
                  message?: string;
                  reason?: string;
                  txId?: string;
                };
                durationMs: number;
              };
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/environments/{environment}/salt-keys/pending": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Cancel a rotation: discard the pending salt */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          environment: "sandbox" | "live";
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/environments/{environment}/wallet-settings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Callback URL and call settings of an environment */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          environment: "sandbox" | "live";
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {unknown} */
              environment: "sandbox" | "live";
              callbackUrl: string | null;
              timeoutMs: number;
              maxConcurrency: number;
              breakerFailureThreshold: number;
              breakerCooldownMs: number;
              /** @enum {unknown} */
              profile: "native" | "gamehub";
              /** @description Epoch milliseconds (UTC). */
              updatedAtMs: number;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change the callback URL and/or call settings of an environment (absent fields stay) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          environment: "sandbox" | "live";
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            callbackUrl?: string | null;
            /** @description No answer within this time is an unknown outcome. Default 5000. */
            timeoutMs?: number;
            /** @description Most calls in flight at once. Default 50. */
            maxConcurrency?: number;
            /** @description Consecutive unknown outcomes that open the circuit. Default 10. */
            breakerFailureThreshold?: number;
            /** @description How long an open circuit waits before a trial call. Default 30000. */
            breakerCooldownMs?: number;
            /**
             * @description How calls are encoded (docs/protocol.md). `native`: JSON POST with a Standard Webhooks body signature. `gamehub`: the compatibility profile, a GET query answered {error:0|1|2}; it carries NO body signature, so a captured call URL can be replayed with another amount inside the timestamp window: prefer native, or accept calls only from the platform's egress addresses. Under gamehub a bet whose outcome is unknown is not rolled back automatically but held for review (ADR 0006).
             * @enum {unknown}
             */
            profile?: "native" | "gamehub";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {unknown} */
              environment: "sandbox" | "live";
              callbackUrl: string | null;
              timeoutMs: number;
              maxConcurrency: number;
              breakerFailureThreshold: number;
              breakerCooldownMs: number;
              /** @enum {unknown} */
              profile: "native" | "gamehub";
              /** @description Epoch milliseconds (UTC). */
              updatedAtMs: number;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  "/backoffice/environments/{environment}/test-call": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a signed `balance` call to your callback URL and see the request, the answer and the time */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          environment: "sandbox" | "live";
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @example player-1042 */
            playerId: string;
            /**
             * @description ISO 4217 code
             * @example EUR
             */
            currency?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              request: {
                /** @enum {unknown} */
                method: "POST" | "GET";
                url: string;
                headers: {
                  [key: string]: string;
                };
                body: string | null;
              };
              response: {
                httpStatus: number;
                contentType: string | null;
                body: string;
                truncated: boolean;
              } | null;
              /** @description ok; refused (a definite protocol refusal, `code`); unknown (`reason`). */
              outcome: {
                /** @enum {unknown} */
                kind: "ok" | "refused" | "unknown";
                balance?: number;
                code?: string;
                message?: string;
                reason?: string;
                txId?: string;
              };
              durationMs: number;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/environments/{environment}/conformance-runs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Conformance runs of an environment, newest first */
    get: {
      parameters: {
        query?: {
          status?: "running" | "passed" | "failed" | "aborted" | "interrupted";
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path: {
          environment: "sandbox" | "live";
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                /** @enum {unknown} */
                environment: "sandbox" | "live";
                /** @enum {unknown} */
                status: "running" | "passed" | "failed" | "aborted" | "interrupted";
                /** @description The URL tested, as it was when the run started. */
                callbackUrl: string;
                players: string[];
                currency: string;
                requireBodySignature: boolean;
                /** @description Empty: every check (a full run). */
                only: string[];
                /** @description Every check ran: only full passing runs count for going live. */
                fullRun: boolean;
                startedBy: {
                  /** @enum {unknown} */
                  kind: "operator_user" | "api_credential";
                  id: string;
                };
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                finishedAtMs: number | null;
                progress: {
                  checksDone: number;
                  checksTotal: number | null;
                  /** @description The check in progress. */
                  currentCheck: string | null;
                  /** @description The latest check that finished, and how. */
                  lastCheck: {
                    id: string;
                    status: string;
                  } | null;
                };
                summary: {
                  total: number;
                  passed: number;
                  warned: number;
                  failed: number;
                  requiredFailed: number;
                  advisoryFailed: number;
                  skipped: number;
                } | null;
                /** @description Ids of the checks that failed. */
                failedChecks: string[];
                /** @description Why the run stopped without a verdict: the kit's setup codes (UNREACHABLE, BAD_SALT, PLAYER_SETUP, CURRENCY, CLOCK, BAD_OPTIONS), INTERRUPTED, RUN_TIME_LIMIT or PLATFORM_ERROR. */
                abort: {
                  code: string;
                  message: string;
                } | null;
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Start a conformance run against the environment's callback URL with its active salt (202; runs in the background) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          environment: "sandbox" | "live";
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description Test players the operator created, each with at least 1000 minor units; the kit puts every cent back. */
            players: string[];
            /**
             * @description The test players' currency (ISO 4217), one of the operator's.
             * @example EUR
             */
            currency: string;
            /** @description The wallet refuses calls whose webhook-signature does not verify; adds that check. */
            requireBodySignature?: boolean;
            /** @description Run only these check ids or areas (e.g. `rollback`). Only full runs count for going live. */
            only?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              /** @enum {unknown} */
              environment: "sandbox" | "live";
              /** @enum {unknown} */
              status: "running" | "passed" | "failed" | "aborted" | "interrupted";
              /** @description The URL tested, as it was when the run started. */
              callbackUrl: string;
              players: string[];
              currency: string;
              requireBodySignature: boolean;
              /** @description Empty: every check (a full run). */
              only: string[];
              /** @description Every check ran: only full passing runs count for going live. */
              fullRun: boolean;
              startedBy: {
                /** @enum {unknown} */
                kind: "operator_user" | "api_credential";
                id: string;
              };
              /** @description Epoch milliseconds (UTC). */
              createdAtMs: number;
              finishedAtMs: number | null;
              progress: {
                checksDone: number;
                checksTotal: number | null;
                /** @description The check in progress. */
                currentCheck: string | null;
                /** @description The latest check that finished, and how. */
                lastCheck: {
                  id: string;
                  status: string;
                } | null;
              };
              summary: {
                total: number;
                passed: number;
                warned: number;
                failed: number;
                requiredFailed: number;
                advisoryFailed: number;
                skipped: number;
              } | null;
              /** @description Ids of the checks that failed. */
              failedChecks: string[];
              /** @description Why the run stopped without a verdict: the kit's setup codes (UNREACHABLE, BAD_SALT, PLAYER_SETUP, CURRENCY, CLOCK, BAD_OPTIONS), INTERRUPTED, RUN_TIME_LIMIT or PLATFORM_ERROR. */
              abort: {
                code: string;
                message: string;
              } | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/conformance-runs/{runId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One conformance run: status, progress while running, each check's outcome */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          runId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              /** @enum {unknown} */
              environment: "sandbox" | "live";
              /** @enum {unknown} */
              status: "running" | "passed" | "failed" | "aborted" | "interrupted";
              /** @description The URL tested, as it was when the run started. */
              callbackUrl: string;
              players: string[];
              currency: string;
              requireBodySignature: boolean;
              /** @description Empty: every check (a full run). */
              only: string[];
              /** @description Every check ran: only full passing runs count for going live. */
              fullRun: boolean;
              startedBy: {
                /** @enum {unknown} */
                kind: "operator_user" | "api_credential";
                id: string;
              };
              /** @description Epoch milliseconds (UTC). */
              createdAtMs: number;
              finishedAtMs: number | null;
              progress: {
                checksDone: number;
                checksTotal: number | null;
                /** @description The check in progress. */
                currentCheck: string | null;
                /** @description The latest check that finished, and how. */
                lastCheck: {
                  id: string;
                  status: string;
                } | null;
              };
              summary: {
                total: number;
                passed: number;
                warned: number;
                failed: number;
                requiredFailed: number;
                advisoryFailed: number;
                skipped: number;
              } | null;
              /** @description Ids of the checks that failed. */
              failedChecks: string[];
              /** @description Why the run stopped without a verdict: the kit's setup codes (UNREACHABLE, BAD_SALT, PLAYER_SETUP, CURRENCY, CLOCK, BAD_OPTIONS), INTERRUPTED, RUN_TIME_LIMIT or PLATFORM_ERROR. */
              abort: {
                code: string;
                message: string;
              } | null;
              /** @description Empty while running. */
              checks: {
                id: string;
                title: string;
                area: string;
                required: boolean;
                /** @enum {unknown} */
                status: "pass" | "fail" | "warn" | "skip";
                durationMs: number;
                /** @description Why it failed or was skipped, or its warnings. */
                message: string | null;
              }[];
              /** @description Paths of the report downloads, once the kit wrote a report. */
              reports: {
                json: string;
                junit: string;
              } | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/conformance-runs/{runId}/report.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download the run's full report as JSON, every check's evidence included */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          runId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The ConformanceReport as pretty-printed JSON (attachment). */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": string;
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/conformance-runs/{runId}/report.junit.xml": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download the run's report as JUnit XML, for CI */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          runId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description JUnit XML, one testcase per check (attachment). */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": string;
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/go-live": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Go-live readiness: each condition, met or not, and why */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              operatorId: string;
              /** @enum {unknown} */
              status: "pending" | "sandbox" | "live" | "suspended" | "rejected";
              conditions: {
                /** @enum {unknown} */
                id: "live_callback_url" | "passing_live_conformance_run" | "prepaid_credit";
                met: boolean;
                /** @description What is there, or what is missing and what to do. */
                reason: string;
                callbackUrl?: string;
                runId?: string;
                /** @description Epoch milliseconds (UTC). */
                runFinishedAtMs?: number;
                /** @description Epoch milliseconds (UTC). */
                validUntilMs?: number;
                /** @description Prepaid credit, minor units. */
                balanceMinor?: number;
              }[];
              /** @description The unmet conditions; empty when all are met. */
              missing: ("live_callback_url" | "passing_live_conformance_run" | "prepaid_credit")[];
              /** @description Every condition met and the operator in sandbox. */
              ready: boolean;
              /** @description Epoch milliseconds (UTC). */
              evaluatedAtMs: number;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/go-live/request": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask Croupier to go live (every condition must be met; refused with GO_LIVE_CONDITIONS_NOT_MET listing the missing ones) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              operatorId: string;
              /** @enum {unknown} */
              status: "pending" | "sandbox" | "live" | "suspended" | "rejected";
              conditions: {
                /** @enum {unknown} */
                id: "live_callback_url" | "passing_live_conformance_run" | "prepaid_credit";
                met: boolean;
                /** @description What is there, or what is missing and what to do. */
                reason: string;
                callbackUrl?: string;
                runId?: string;
                /** @description Epoch milliseconds (UTC). */
                runFinishedAtMs?: number;
                /** @description Epoch milliseconds (UTC). */
                validUntilMs?: number;
                /** @description Prepaid credit, minor units. */
                balanceMinor?: number;
              }[];
              /** @description The unmet conditions; empty when all are met. */
              missing: ("live_callback_url" | "passing_live_conformance_run" | "prepaid_credit")[];
              /** @description Every condition met and the operator in sandbox. */
              ready: boolean;
              /** @description Epoch milliseconds (UTC). */
              evaluatedAtMs: number;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/catalogue/providers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Providers available to you and whether you offer them */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                name: string;
                gameCount: number;
                enabled: boolean;
                /**
                 * @description The operator's explicit choice, or the default (enabled).
                 * @enum {unknown}
                 */
                setting: "enabled" | "disabled" | "default";
              }[];
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/catalogue/games": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Games available to you and whether you offer them */
    get: {
      parameters: {
        query?: {
          /** @description Case- and accent-insensitive part of the name. */
          search?: string;
          /** @example slots-classic */
          provider?: string;
          type?:
            | "slot"
            | "table"
            | "live"
            | "crash"
            | "instant"
            | "lottery"
            | "bingo"
            | "scratch"
            | "poker"
            | "video_poker"
            | "virtual_sports"
            | "fishing"
            | "other";
          /** @example free_spins */
          feature?: string;
          volatility?: "low" | "medium" | "high" | "very_high";
          /**
           * @description ISO 4217 code, upper case.
           * @example EUR
           */
          currency?: string;
          /**
           * @description Games accepting this stake in `currency`, minor units.
           * @example 100
           */
          stakeMinor?: string;
          demoAvailable?: boolean;
          sort?: "name" | "releaseDate" | "rtp" | "popularity";
          /** @description Default: asc for name, desc otherwise. */
          order?: "asc" | "desc";
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** @description Stable slug; the protocol's `game_id`. */
                id: string;
                name: string;
                provider: {
                  id: string;
                  name: string;
                };
                /** @description One of slot, table, live, crash, instant, lottery, bingo, scratch, poker, video_poker, virtual_sports, fishing, other. */
                type: string;
                /** @description Percent, two decimals, exact: "96.48". */
                rtp: string;
                /** @description The same RTP in basis points: 9648. */
                rtpBasisPoints: number;
                volatility: string | null;
                /** @description Per ISO 4217 currency, integer minor units. */
                betLimits: {
                  [key: string]: {
                    /** @description Minor units (cents). */
                    minMinor: number;
                    /** @description Minor units (cents). */
                    maxMinor: number;
                  };
                };
                features: string[];
                images: {
                  thumbnail: string | null;
                  banner: string | null;
                };
                /** @description Where the game may NOT be offered. */
                blockedJurisdictions: string[];
                /** @description YYYY-MM-DD */
                releaseDate: string;
                demoAvailable: boolean;
                /** @description Placeholder ranking; 0 for now. */
                popularity: number;
                /** @description Whether your players see it (jurisdictions aside). */
                enabled: boolean;
                /**
                 * @description The operator's explicit choice, or the default (enabled).
                 * @enum {unknown}
                 */
                gameSetting: "enabled" | "disabled" | "default";
                /**
                 * @description The operator's explicit choice, or the default (enabled).
                 * @enum {unknown}
                 */
                providerSetting: "enabled" | "disabled" | "default";
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/catalogue/providers/{provider_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Offer or hide a provider's games */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @example slots-classic */
          provider_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            enabled: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              providerId: string;
              /** @enum {unknown} */
              setting: "enabled" | "disabled" | "default";
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    post?: never;
    /** Back to the default (offered) for a provider */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @example slots-classic */
          provider_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              providerId: string;
              /** @enum {unknown} */
              setting: "enabled" | "disabled" | "default";
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/catalogue/games/{game_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Offer or hide one game (wins over your provider choice) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @example slots-classic */
          game_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            enabled: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              gameId: string;
              /** @enum {unknown} */
              setting: "enabled" | "disabled" | "default";
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    post?: never;
    /** Back to the default for one game */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @example slots-classic */
          game_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              gameId: string;
              /** @enum {unknown} */
              setting: "enabled" | "disabled" | "default";
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/catalogue/lobby": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your lobby's settings */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description Where a tile sends the player's browser, with `game_id` added to the query. */
              launchUrl: string | null;
              /** @description Origins allowed to embed the lobby; empty: your website. */
              frameAncestors: string[];
              /** @description Path of your lobby page on this service. */
              lobbyPath: string;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    /** Set your lobby's launch URL and the origins allowed to embed it */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            launchUrl: string | null;
            frameAncestors: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description Where a tile sends the player's browser, with `game_id` added to the query. */
              launchUrl: string | null;
              /** @description Origins allowed to embed the lobby; empty: your website. */
              frameAncestors: string[];
              /** @description Path of your lobby page on this service. */
              lobbyPath: string;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/environments/{environment}/rounds": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Rounds of an environment, newest first; filter by player, round id, game, status, time */
    get: {
      parameters: {
        query?: {
          /**
           * @description Your player id.
           * @example player-1042
           */
          player_id?: string;
          /**
           * @description Only this round.
           * @example rnd_4k9t2m8q1x7z3v5b
           */
          round_id?: string;
          /**
           * @description Only rounds of this session.
           * @example ses_7h2k9m4q8x1z5v3b
           */
          session_id?: string;
          /**
           * @description Only rounds of this game.
           * @example slots-classic
           */
          game_id?: string;
          status?: "open" | "closed" | "void";
          /**
           * @description Only items at or after this instant: epoch milliseconds or RFC 3339 (`2026-01-01T00:00:00Z`).
           * @example 2026-01-01T00:00:00Z
           */
          from?: string;
          /**
           * @description Only items before this instant (exclusive): epoch milliseconds or RFC 3339.
           * @example 2026-02-01T00:00:00Z
           */
          to?: string;
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path: {
          environment: "sandbox" | "live";
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                round_id: string;
                /**
                 * @description `void`: closed without a call because no bet of it was acknowledged.
                 * @enum {unknown}
                 */
                status: "open" | "closed" | "void";
                player_id: string;
                session_id: string;
                game_id: string;
                currency: string;
                /** @description Epoch milliseconds (UTC). */
                opened_at_ms: number;
                closed_at_ms: number | null;
                close_reason: ("game" | "abandoned") | null;
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/environments/{environment}/rounds.csv": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Rounds of an environment as CSV (the filter of the list; at most 10 000 rows, newest first) */
    get: {
      parameters: {
        query?: {
          /**
           * @description Your player id.
           * @example player-1042
           */
          player_id?: string;
          /**
           * @description Only this round.
           * @example rnd_4k9t2m8q1x7z3v5b
           */
          round_id?: string;
          /**
           * @description Only rounds of this session.
           * @example ses_7h2k9m4q8x1z5v3b
           */
          session_id?: string;
          /**
           * @description Only rounds of this game.
           * @example slots-classic
           */
          game_id?: string;
          status?: "open" | "closed" | "void";
          /**
           * @description Only items at or after this instant: epoch milliseconds or RFC 3339 (`2026-01-01T00:00:00Z`).
           * @example 2026-01-01T00:00:00Z
           */
          from?: string;
          /**
           * @description Only items before this instant (exclusive): epoch milliseconds or RFC 3339.
           * @example 2026-02-01T00:00:00Z
           */
          to?: string;
        };
        header?: never;
        path: {
          environment: "sandbox" | "live";
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description text/csv */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": string;
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/environments/{environment}/rounds/{round_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One round (by the wallet's gr_… id or the player's sr_… id) with every callback attempt */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          environment: "sandbox" | "live";
          /**
           * @description The round id, as sent to your wallet.
           * @example rnd_4k9t2m8q1x7z3v5b
           */
          round_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              round_id: string;
              /**
               * @description `void`: closed without a call because no bet of it was acknowledged.
               * @enum {unknown}
               */
              status: "open" | "closed" | "void";
              player_id: string;
              session_id: string;
              game_id: string;
              currency: string;
              /** @description Epoch milliseconds (UTC). */
              opened_at_ms: number;
              closed_at_ms: number | null;
              close_reason: ("game" | "abandoned") | null;
              /** @description From acknowledged calls only. */
              totals: {
                /** @description Acknowledged bets (debits), minor units. */
                debited: number;
                /** @description Acknowledged wins (credits, rollbacks excluded). */
                credited: number;
                /** @description Acknowledged rollbacks (`rb` 1). */
                rolled_back: number;
              };
              /** @description Every wallet call of the round with every attempt, oldest first. */
              transactions: {
                call_id: string;
                /** @enum {unknown} */
                action: "balance" | "debit" | "credit";
                /**
                 * @description `pending`: being delivered (credits and rollbacks are retried until acknowledged); `ok`: acknowledged; `refused`: definitely refused; `unknown`: a debit or balance with no usable answer (a debit is rolled back); `not_sent`: never sent; `manual`/`resolved`: waiting for or closed by Croupier support.
                 * @enum {unknown}
                 */
                status: "pending" | "ok" | "refused" | "unknown" | "not_sent" | "manual" | "resolved";
                player_id: string;
                session_id: string;
                game_id: string;
                round_id: string | null;
                currency: string;
                amount: number | null;
                /**
                 * @description 1: this call rolls back `rb_call_id`.
                 * @enum {unknown}
                 */
                rb: 0 | 1;
                rb_call_id: string | null;
                round_closed: boolean;
                balance: number | null;
                error_code: string | null;
                outcome_reason: string | null;
                tx_id: string | null;
                attempts: number;
                next_attempt_at_ms: number | null;
                /** @description Epoch milliseconds (UTC). */
                created_at_ms: number;
                /** @description Epoch milliseconds (UTC). */
                updated_at_ms: number;
                final_at_ms: number | null;
                /** @description Every attempt sent, oldest first. */
                attempt_log: {
                  attempt_no: number;
                  /** @description Epoch milliseconds (UTC). */
                  sent_at_ms: number;
                  /** @description From sending to reading the whole answer. */
                  latency_micros: number;
                  /** @description Exactly what was sent: the JSON body, or the path and query of the GameHub profile. */
                  request: string;
                  http_status: number | null;
                  response_body: string | null;
                  /**
                   * @description `unknown`: timeout, network error, non-200, unreadable answer or INTERNAL_ERROR.
                   * @enum {unknown}
                   */
                  outcome: "ok" | "refused" | "unknown";
                  error_code: string | null;
                  reason: string | null;
                }[];
                /** @description True when the call has more attempts than the 100 latest shown here. */
                attempt_log_truncated: boolean;
              }[];
              /** @description True when the round has more than 200 calls (the oldest are shown); list the rest with GET /v1/transactions?round_id=… */
              transactions_truncated: boolean;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/environments/{environment}/rounds/{round_id}/replay": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Replay a built-in studio round: what the player saw and the money of the round */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          environment: "sandbox" | "live";
          /**
           * @description The round id, as sent to your wallet.
           * @example rnd_4k9t2m8q1x7z3v5b
           */
          round_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              round_id: string;
              platform_round_id: string | null;
              game_id: string;
              game_name: string;
              engine: string;
              /** @description `sha256:<hex>` of the title's maths (canonical JSON of its definition) the round was played and is replayed with; null for rounds from before versions were recorded. */
              title_version: string | null;
              currency: string;
              currency_exponent: number;
              demo: boolean;
              status: string;
              /** @description Epoch milliseconds (UTC). */
              created_at_ms: number;
              settled_at_ms: number | null;
              bet_minor: number;
              win_minor: number | null;
              config: unknown;
              /** @description The stake and the game's options as the player chose them. */
              request: unknown;
              /** @description What the player saw, replayed by the engine from the stored draws. */
              display: unknown;
              /** @description The replay equals what was shown at the time. */
              matches_original: boolean;
              /** @description Settled by the platform's closing credit after the player left the round. */
              abandoned: boolean;
              movements: {
                transaction_id: string;
                /** @enum {unknown} */
                kind: "bet" | "win" | "rollback" | "end_round";
                amount_minor: number | null;
                /** @description `OK`, the refusal's code, or `pending`. */
                result: string;
                rollback_of: string | null;
                /** @description Epoch milliseconds (UTC). */
                at_ms: number;
              }[];
              session_id: string;
              player_id: string;
              /** @description The calls your wallet received for this round. */
              wallet_calls: {
                call_id: string;
                action: string;
                amount_minor: number | null;
                rb: boolean;
                rb_call_id: string | null;
                round_closed: boolean;
                /** @description Delivery state in the outbox: ok, refused, pending, unknown, … */
                state: string;
                balance_minor: number | null;
                error_code: string | null;
                /** @description Epoch milliseconds (UTC). */
                created_at_ms: number;
              }[];
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/environments/{environment}/transactions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Wallet calls of an environment, newest first; filter by player, round, call id, time */
    get: {
      parameters: {
        query?: {
          /**
           * @description Your player id.
           * @example player-1042
           */
          player_id?: string;
          /**
           * @description Only calls of this round.
           * @example rnd_4k9t2m8q1x7z3v5b
           */
          round_id?: string;
          /**
           * @description Only this call.
           * @example c_9m2k7t4q1x8z3v5b
           */
          call_id?: string;
          /**
           * @description Only calls of this session.
           * @example ses_7h2k9m4q8x1z5v3b
           */
          session_id?: string;
          /**
           * @description Only calls of this game.
           * @example slots-classic
           */
          game_id?: string;
          action?: "balance" | "debit" | "credit";
          status?: "pending" | "ok" | "refused" | "unknown" | "not_sent" | "manual" | "resolved";
          /**
           * @description Only items at or after this instant: epoch milliseconds or RFC 3339 (`2026-01-01T00:00:00Z`).
           * @example 2026-01-01T00:00:00Z
           */
          from?: string;
          /**
           * @description Only items before this instant (exclusive): epoch milliseconds or RFC 3339.
           * @example 2026-02-01T00:00:00Z
           */
          to?: string;
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path: {
          environment: "sandbox" | "live";
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                call_id: string;
                /** @enum {unknown} */
                action: "balance" | "debit" | "credit";
                /**
                 * @description `pending`: being delivered (credits and rollbacks are retried until acknowledged); `ok`: acknowledged; `refused`: definitely refused; `unknown`: a debit or balance with no usable answer (a debit is rolled back); `not_sent`: never sent; `manual`/`resolved`: waiting for or closed by Croupier support.
                 * @enum {unknown}
                 */
                status: "pending" | "ok" | "refused" | "unknown" | "not_sent" | "manual" | "resolved";
                player_id: string;
                session_id: string;
                game_id: string;
                round_id: string | null;
                currency: string;
                amount: number | null;
                /**
                 * @description 1: this call rolls back `rb_call_id`.
                 * @enum {unknown}
                 */
                rb: 0 | 1;
                rb_call_id: string | null;
                round_closed: boolean;
                balance: number | null;
                error_code: string | null;
                outcome_reason: string | null;
                tx_id: string | null;
                attempts: number;
                next_attempt_at_ms: number | null;
                /** @description Epoch milliseconds (UTC). */
                created_at_ms: number;
                /** @description Epoch milliseconds (UTC). */
                updated_at_ms: number;
                final_at_ms: number | null;
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/team": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your team: members with roles, open invitations */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              members: {
                userId: string;
                email: string;
                /**
                 * @description owner: everything incl. team; developer: integration; finance: explorer and exports; viewer: read-only.
                 * @enum {unknown}
                 */
                role: "owner" | "developer" | "finance" | "viewer";
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                lastLoginAtMs: number | null;
              }[];
              invites: {
                id: string;
                email: string;
                /**
                 * @description owner: everything incl. team; developer: integration; finance: explorer and exports; viewer: read-only.
                 * @enum {unknown}
                 */
                role: "owner" | "developer" | "finance" | "viewer";
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                /** @description Epoch milliseconds (UTC). */
                expiresAtMs: number;
              }[];
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/team/invites": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Invite a member by email with a role (owner only); the one-time link goes by mail */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: email */
            email: string;
            /**
             * @description owner: everything incl. team; developer: integration; finance: explorer and exports; viewer: read-only.
             * @enum {unknown}
             */
            role: "owner" | "developer" | "finance" | "viewer";
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              email: string;
              /**
               * @description owner: everything incl. team; developer: integration; finance: explorer and exports; viewer: read-only.
               * @enum {unknown}
               */
              role: "owner" | "developer" | "finance" | "viewer";
              /** @description Epoch milliseconds (UTC). */
              expiresAtMs: number;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/team/invites/{inviteId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Withdraw an open invitation (owner only) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          inviteId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/team/members/{userId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a member: the account and its sessions end at once (owner only) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change a member's role (owner only; the last owner stays owner) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /**
             * @description owner: everything incl. team; developer: integration; finance: explorer and exports; viewer: read-only.
             * @enum {unknown}
             */
            role: "owner" | "developer" | "finance" | "viewer";
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  "/backoffice/account": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your account: role and second factor */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              userId: string;
              email: string;
              /**
               * @description owner: everything incl. team; developer: integration; finance: explorer and exports; viewer: read-only.
               * @enum {unknown}
               */
              role: "owner" | "developer" | "finance" | "viewer";
              secondFactor: {
                enabled: boolean;
                recoveryCodesLeft: number;
                /** @description An admin requires a second factor for this account; without one, only its setup works. */
                required: boolean;
              };
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/account/totp/setup": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start setting up a TOTP second factor: a new secret (shown once) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description Base32; shown only now. Type it into an authenticator app or use the URI. */
              secret: string;
              /** @description otpauth:// URI (render it as a QR code). */
              uri: string;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/account/totp/enable": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm the setup with a first code; returns recovery codes (shown once) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description A 6-digit code (or a recovery code to disable). */
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description Shown only now; each works once instead of a code. */
              recoveryCodes: string[];
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/account/totp/disable": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Turn the second factor off, with a current code or a recovery code */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description A 6-digit code (or a recovery code to disable). */
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/account/sessions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your signed-in sessions, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                /** @description Epoch milliseconds (UTC). */
                expiresAtMs: number;
                current: boolean;
              }[];
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/account/sessions/sign-out-others": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out everywhere else (every session but this one ends now) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              ended: number;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/account/password": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change your password (the current one is required); your other sessions end */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            current: string;
            next: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/billing": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your prepaid credit: billing currency, balance, low-credit threshold, state */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              operatorId: string;
              /**
               * @description ISO 4217 code.
               * @example EUR
               */
              currency: string;
              /** @description Prepaid credit in minor units of the billing currency (may go below zero by the fees of rounds that were running when it reached zero). */
              balanceMinor: number;
              /** @description At or below this the operator is warned. */
              lowCreditThresholdMinor: number;
              /**
               * @description `low`: at or below the low-credit threshold; `exhausted`: at or below zero (no new live launches).
               * @enum {unknown}
               */
              state: "ok" | "low" | "exhausted";
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/billing/entries": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every entry of your prepaid credit (top-ups, corrections, fees), newest first */
    get: {
      parameters: {
        query?: {
          kind?: "top_up" | "correction" | "fee";
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                /** @description 1, 2, 3… in posting order. */
                seq: number;
                /** @enum {unknown} */
                kind: "top_up" | "correction" | "fee";
                /** @description Signed: top-ups add, fees take away. */
                amountMinor: number;
                /**
                 * @description ISO 4217 code.
                 * @example EUR
                 */
                currency: string;
                balanceAfterMinor: number;
                paymentReference: string | null;
                note: string | null;
                fee: {
                  providerId: string;
                  /**
                   * @description ISO 4217 code.
                   * @example EUR
                   */
                  roundCurrency: string;
                  /** @description GGR of the rounds charged, in the round currency. */
                  ggrMinor: number;
                  /** @description The part of it charged, after negative GGR carried forward was offset. */
                  chargeableMinor: number;
                  rounds: number;
                } | null;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/billing/settings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Set your low-credit threshold (you are notified when the balance falls to it) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            lowCreditThresholdMinor: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              operatorId: string;
              /**
               * @description ISO 4217 code.
               * @example EUR
               */
              currency: string;
              /** @description Prepaid credit in minor units of the billing currency (may go below zero by the fees of rounds that were running when it reached zero). */
              balanceMinor: number;
              /** @description At or below this the operator is warned. */
              lowCreditThresholdMinor: number;
              /**
               * @description `low`: at or below the low-credit threshold; `exhausted`: at or below zero (no new live launches).
               * @enum {unknown}
               */
              state: "ok" | "low" | "exhausted";
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  "/backoffice/notifications": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Events to act on (application decided, low credit, credit exhausted, a call waiting for manual resolution, salt rotation started), newest first, with their webhook delivery */
    get: {
      parameters: {
        query?: {
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                event: string;
                /** @enum {unknown} */
                state: "pending" | "delivered" | "failed" | "no_webhook";
                attempts: number;
                lastError: string | null;
                createdAtMs: number;
                deliveredAtMs: number | null;
                payload: {
                  [key: string]: unknown;
                };
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/notifications/webhook": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The webhook events are POSTed to (url null: none set) and how its deliveries go; the signing secret is never shown again */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              url: string | null;
              updatedAtMs: number | null;
              lastDelivery: {
                event: string;
                /** @enum {unknown} */
                state: "delivered" | "failed";
                createdAtMs: number;
                deliveredAtMs: number | null;
                attempts: number;
                error: string | null;
              } | null;
              /** @description Events waiting for a delivery attempt. */
              pending: number;
              /** @description Whether a waiting event's last attempt failed. */
              retrying: boolean;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    /** Set the webhook URL events are POSTed to (null removes it); the answer holds the new signing secret, shown only now */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            url: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              url: string | null;
              signingSecret?: string;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/billing/statement": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Statement of prepaid credit for a period: opening balance, top-ups, corrections, fees by provider and currency, closing balance (JSON or CSV) */
    get: {
      parameters: {
        query: {
          /**
           * @description YYYY-MM-DD (UTC), inclusive.
           * @example 2026-12-01
           */
          from: string;
          /**
           * @description YYYY-MM-DD (UTC), inclusive.
           * @example 2026-12-01
           */
          to: string;
          format?: "json" | "csv";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              operatorId: string;
              currency: string;
              from: string;
              to: string;
              openingBalanceMinor: number;
              topUpsMinor: number;
              topUps: number;
              correctionsMinor: number;
              corrections: number;
              fees: {
                providerId: string;
                roundCurrency: string;
                rounds: number;
                ggrMinor: number;
                chargeableMinor: number;
                feeMinor: number;
              }[];
              feesMinor: number;
              closingBalanceMinor: number;
              carriedForward: {
                providerId: string;
                roundCurrency: string;
                carriedGgrMinor: number;
              }[];
              notes: string[];
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/reports": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Activity per bucket (day or hour, UTC) × provider × game × currency: rounds, distinct players, bets, wins, rollbacks, GGR, calls waiting for manual resolution (JSON or CSV) */
    get: {
      parameters: {
        query: {
          /**
           * @description A day, YYYY-MM-DD (UTC), inclusive.
           * @example 2026-12-01
           */
          from: string;
          /**
           * @description A day, YYYY-MM-DD (UTC), inclusive.
           * @example 2026-12-01
           */
          to: string;
          /** @description Buckets (default day); hour covers at most 31 days. */
          grain?: "day" | "hour";
          providerId?: string;
          gameId?: string;
          /**
           * @description ISO 4217 code.
           * @example EUR
           */
          currency?: string;
          /** @description csv: one line per row, a header first. */
          format?: "json" | "csv";
          environment?: "sandbox" | "live";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {unknown} */
              environment: "sandbox" | "live";
              /** @enum {unknown} */
              grain: "day" | "hour";
              from: string;
              to: string;
              rows: {
                bucketStartMs: number;
                providerId: string;
                gameId: string;
                currency: string;
                /** @description Distinct players in the bucket. */
                players: number;
                rounds: number;
                betsMinor: number;
                winsMinor: number;
                rolledBackBetsMinor: number;
                rolledBackWinsMinor: number;
                ggrMinor: number;
                rollbacks: number;
                manualResolutionCalls: number;
              }[];
              totalsByCurrency: {
                currency: string;
                rounds: number;
                betsMinor: number;
                winsMinor: number;
                rolledBackBetsMinor: number;
                rolledBackWinsMinor: number;
                ggrMinor: number;
                rollbacks: number;
                manualResolutionCalls: number;
              }[];
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/play-limits": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your bet limits and maximum win per round, per currency */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                currency: string;
                minBetMinor: number | null;
                maxBetMinor: number | null;
                maxWinPerRoundMinor: number | null;
                /** @description Epoch milliseconds (UTC). */
                updatedAtMs: number;
              }[];
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/play-limits/{currency}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set your limits in one currency (minor units of that currency; all null removes them). Bets outside are refused; a win taking a round past the maximum is refused and shown to Croupier's staff */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /**
           * @description ISO 4217 code, upper case.
           * @example EUR
           */
          currency: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            minBetMinor: number | null;
            maxBetMinor: number | null;
            maxWinPerRoundMinor: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              currency: string;
              minBetMinor: number | null;
              maxBetMinor: number | null;
              maxWinPerRoundMinor: number | null;
              /** @description Epoch milliseconds (UTC). */
              updatedAtMs: number;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/sandbox/launches": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Play a game in sandbox as a test player: a session and a single-use launch URL
     * @description Real sandbox play: opening the URL asks your sandbox wallet (your sandbox callback URL) for the player's balance, and every bet and win is a wallet call to it, listed in the rounds explorer.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @example slots-classic */
            game_id: string;
            /**
             * @description Your player id; sent back to your wallet in every call.
             * @example player-1042
             */
            player_id: string;
            /**
             * @description ISO 4217 code of the player's wallet.
             * @example EUR
             */
            currency: string;
            /**
             * @description BCP 47 tag, e.g. `en`, `pt-BR`.
             * @example en
             */
            language?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              session_id: string;
              /** @description Send the player's browser here; works once, until `launch_expires_at_ms`. */
              launch_url: string;
              /** @description Epoch milliseconds (UTC). */
              launch_expires_at_ms: number;
              demo: boolean;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/reconciliations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your reconciliations, newest first */
    get: {
      parameters: {
        query?: {
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                /** @enum {unknown} */
                environment: "sandbox" | "live";
                from: string;
                to: string;
                /** @enum {unknown} */
                format: "csv" | "jsonl";
                /** @enum {unknown} */
                status: "reading" | "matching" | "done" | "failed";
                progress: {
                  bytesRead: number;
                  linesRead: number;
                  /** @description How many comparisons matching makes (our calls of the period and your lines without one): the number of your lines until our calls are compared (exact for a ledger that matches), then exact; 0 while reading. */
                  callsToCompare: number;
                  /** @description Compared so far; `matched` and `differences` grow with it. */
                  callsCompared: number;
                };
                matched: number;
                differences: number;
                byKind: {
                  [key: string]: number;
                };
                createdAtMs: number;
                finishedAtMs: number | null;
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /**
     * Upload your ledger of a period (CSV with header call_id,action,amount,currency,rb,status,time, or JSON lines) and reconcile it with our calls by call_id
     * @description Send the file as the body with Content-Type text/csv or application/x-ndjson; it is streamed (up to 160 MiB). A bad file is refused whole with LEDGER_UPLOAD_REFUSED listing the first errors, and nothing is kept. Progress shows on GET /reconciliations/{id} while it runs.
     */
    post: {
      parameters: {
        query: {
          /**
           * @description YYYY-MM-DD (UTC), inclusive.
           * @example 2026-12-01
           */
          from: string;
          /**
           * @description YYYY-MM-DD (UTC), inclusive.
           * @example 2026-12-01
           */
          to: string;
          environment?: "sandbox" | "live";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              /** @enum {unknown} */
              environment: "sandbox" | "live";
              from: string;
              to: string;
              /** @enum {unknown} */
              format: "csv" | "jsonl";
              /** @enum {unknown} */
              status: "reading" | "matching" | "done" | "failed";
              progress: {
                bytesRead: number;
                linesRead: number;
                /** @description How many comparisons matching makes (our calls of the period and your lines without one): the number of your lines until our calls are compared (exact for a ledger that matches), then exact; 0 while reading. */
                callsToCompare: number;
                /** @description Compared so far; `matched` and `differences` grow with it. */
                callsCompared: number;
              };
              matched: number;
              differences: number;
              byKind: {
                [key: string]: number;
              };
              createdAtMs: number;
              finishedAtMs: number | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/reconciliations/{reconciliationId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A reconciliation: its progress while it runs, then its counts by kind */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @example rec_4k2m9x7q1w3e5r6t */
          reconciliationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              /** @enum {unknown} */
              environment: "sandbox" | "live";
              from: string;
              to: string;
              /** @enum {unknown} */
              format: "csv" | "jsonl";
              /** @enum {unknown} */
              status: "reading" | "matching" | "done" | "failed";
              progress: {
                bytesRead: number;
                linesRead: number;
                /** @description How many comparisons matching makes (our calls of the period and your lines without one): the number of your lines until our calls are compared (exact for a ledger that matches), then exact; 0 while reading. */
                callsToCompare: number;
                /** @description Compared so far; `matched` and `differences` grow with it. */
                callsCompared: number;
              };
              matched: number;
              differences: number;
              byKind: {
                [key: string]: number;
              };
              createdAtMs: number;
              finishedAtMs: number | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/backoffice/reconciliations/{reconciliationId}/differences": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The differences found, each with both sides and what fixes it (format=csv: every one, as a download) */
    get: {
      parameters: {
        query?: {
          format?: "json" | "csv";
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path: {
          /** @example rec_4k2m9x7q1w3e5r6t */
          reconciliationId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                seq: number;
                kind: string;
                callId: string;
                roundId: string | null;
                ours: {
                  [key: string]: unknown;
                } | null;
                theirs: {
                  [key: string]: unknown;
                } | null;
                fix: string;
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/login": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in as an admin; returns a bearer session token */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: email */
            email: string;
            password: string;
            /** @description Needed when the account has a second factor. */
            totpCode?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              token: string;
              /** @description Epoch milliseconds (UTC). */
              expiresAtMs: number;
              admin: {
                id: string;
                email: string;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                createdByAdminId: string | null;
                lastLoginAtMs: number | null;
              };
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/password-resets": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask for a one-time password reset link by mail (the same answer whether or not the email has an account) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: email */
            email: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/password-resets/confirm": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a new password with a reset link's token; every session of the account ends */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            token: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in admin */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              email: string;
              /** @description Epoch milliseconds (UTC). */
              createdAtMs: number;
              createdByAdminId: string | null;
              lastLoginAtMs: number | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/logout": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End this session */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/operators": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List operators, newest first; filter by status or search */
    get: {
      parameters: {
        query?: {
          status?: "pending" | "sandbox" | "live" | "suspended" | "rejected";
          /** @description Part of the company name or contact email. */
          search?: string;
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                companyName: string;
                website: string;
                contact: {
                  name: string;
                  email: string;
                };
                licenceJurisdictions: string[];
                currencies: string[];
                expectedMonthlyVolume:
                  | {
                      /** @description Minor units of `currency`. */
                      amountMinor: number;
                      /**
                       * @description ISO 4217 code
                       * @example EUR
                       */
                      currency: string;
                    }
                  | {
                      /**
                       * @description Monthly turnover band in EUR equivalent.
                       * @enum {unknown}
                       */
                      range: "under_100k" | "100k_1m" | "1m_10m" | "10m_100m" | "over_100m";
                    };
                platformDescription: string;
                /** @enum {unknown} */
                status: "pending" | "sandbox" | "live" | "suspended" | "rejected";
                statusBeforeSuspension: "sandbox" | "live" | null;
                /** @description Why it was rejected or suspended. */
                statusReason: string | null;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                /** @description Epoch milliseconds (UTC). */
                updatedAtMs: number;
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/registrations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Registrations waiting for review (operators in `pending`), newest first */
    get: {
      parameters: {
        query?: {
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                companyName: string;
                website: string;
                contact: {
                  name: string;
                  email: string;
                };
                licenceJurisdictions: string[];
                currencies: string[];
                expectedMonthlyVolume:
                  | {
                      /** @description Minor units of `currency`. */
                      amountMinor: number;
                      /**
                       * @description ISO 4217 code
                       * @example EUR
                       */
                      currency: string;
                    }
                  | {
                      /**
                       * @description Monthly turnover band in EUR equivalent.
                       * @enum {unknown}
                       */
                      range: "under_100k" | "100k_1m" | "1m_10m" | "10m_100m" | "over_100m";
                    };
                platformDescription: string;
                /** @enum {unknown} */
                status: "pending" | "sandbox" | "live" | "suspended" | "rejected";
                statusBeforeSuspension: "sandbox" | "live" | null;
                /** @description Why it was rejected or suspended. */
                statusReason: string | null;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                /** @description Epoch milliseconds (UTC). */
                updatedAtMs: number;
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/operators/{operatorId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One operator */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          operatorId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              companyName: string;
              website: string;
              contact: {
                name: string;
                email: string;
              };
              licenceJurisdictions: string[];
              currencies: string[];
              expectedMonthlyVolume:
                | {
                    /** @description Minor units of `currency`. */
                    amountMinor: number;
                    /**
                     * @description ISO 4217 code
                     * @example EUR
                     */
                    currency: string;
                  }
                | {
                    /**
                     * @description Monthly turnover band in EUR equivalent.
                     * @enum {unknown}
                     */
                    range: "under_100k" | "100k_1m" | "1m_10m" | "10m_100m" | "over_100m";
                  };
              platformDescription: string;
              /** @enum {unknown} */
              status: "pending" | "sandbox" | "live" | "suspended" | "rejected";
              statusBeforeSuspension: "sandbox" | "live" | null;
              /** @description Why it was rejected or suspended. */
              statusReason: string | null;
              /** @description Epoch milliseconds (UTC). */
              createdAtMs: number;
              /** @description Epoch milliseconds (UTC). */
              updatedAtMs: number;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/operators/{operatorId}/approve": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve a registration (pending → sandbox); provisions salts and settings */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          operatorId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              companyName: string;
              website: string;
              contact: {
                name: string;
                email: string;
              };
              licenceJurisdictions: string[];
              currencies: string[];
              expectedMonthlyVolume:
                | {
                    /** @description Minor units of `currency`. */
                    amountMinor: number;
                    /**
                     * @description ISO 4217 code
                     * @example EUR
                     */
                    currency: string;
                  }
                | {
                    /**
                     * @description Monthly turnover band in EUR equivalent.
                     * @enum {unknown}
                     */
                    range: "under_100k" | "100k_1m" | "1m_10m" | "10m_100m" | "over_100m";
                  };
              platformDescription: string;
              /** @enum {unknown} */
              status: "pending" | "sandbox" | "live" | "suspended" | "rejected";
              statusBeforeSuspension: "sandbox" | "live" | null;
              /** @description Why it was rejected or suspended. */
              statusReason: string | null;
              /** @description Epoch milliseconds (UTC). */
              createdAtMs: number;
              /** @description Epoch milliseconds (UTC). */
              updatedAtMs: number;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/operators/{operatorId}/reject": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a registration (pending → rejected) with a reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          operatorId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /**
             * @description Shown to the operator.
             * @example The licence documents are confirmed.
             */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              companyName: string;
              website: string;
              contact: {
                name: string;
                email: string;
              };
              licenceJurisdictions: string[];
              currencies: string[];
              expectedMonthlyVolume:
                | {
                    /** @description Minor units of `currency`. */
                    amountMinor: number;
                    /**
                     * @description ISO 4217 code
                     * @example EUR
                     */
                    currency: string;
                  }
                | {
                    /**
                     * @description Monthly turnover band in EUR equivalent.
                     * @enum {unknown}
                     */
                    range: "under_100k" | "100k_1m" | "1m_10m" | "10m_100m" | "over_100m";
                  };
              platformDescription: string;
              /** @enum {unknown} */
              status: "pending" | "sandbox" | "live" | "suspended" | "rejected";
              statusBeforeSuspension: "sandbox" | "live" | null;
              /** @description Why it was rejected or suspended. */
              statusReason: string | null;
              /** @description Epoch milliseconds (UTC). */
              createdAtMs: number;
              /** @description Epoch milliseconds (UTC). */
              updatedAtMs: number;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/operators/{operatorId}/go-live": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Go-live readiness of an operator: each condition, met or not, and why */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          operatorId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              operatorId: string;
              /** @enum {unknown} */
              status: "pending" | "sandbox" | "live" | "suspended" | "rejected";
              conditions: {
                /** @enum {unknown} */
                id: "live_callback_url" | "passing_live_conformance_run" | "prepaid_credit";
                met: boolean;
                /** @description What is there, or what is missing and what to do. */
                reason: string;
                callbackUrl?: string;
                runId?: string;
                /** @description Epoch milliseconds (UTC). */
                runFinishedAtMs?: number;
                /** @description Epoch milliseconds (UTC). */
                validUntilMs?: number;
                /** @description Prepaid credit, minor units. */
                balanceMinor?: number;
              }[];
              /** @description The unmet conditions; empty when all are met. */
              missing: ("live_callback_url" | "passing_live_conformance_run" | "prepaid_credit")[];
              /** @description Every condition met and the operator in sandbox. */
              ready: boolean;
              /** @description Epoch milliseconds (UTC). */
              evaluatedAtMs: number;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Let a sandbox operator go live (sandbox → live); refused with GO_LIVE_CONDITIONS_NOT_MET until every condition of GET …/go-live is met */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          operatorId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              companyName: string;
              website: string;
              contact: {
                name: string;
                email: string;
              };
              licenceJurisdictions: string[];
              currencies: string[];
              expectedMonthlyVolume:
                | {
                    /** @description Minor units of `currency`. */
                    amountMinor: number;
                    /**
                     * @description ISO 4217 code
                     * @example EUR
                     */
                    currency: string;
                  }
                | {
                    /**
                     * @description Monthly turnover band in EUR equivalent.
                     * @enum {unknown}
                     */
                    range: "under_100k" | "100k_1m" | "1m_10m" | "10m_100m" | "over_100m";
                  };
              platformDescription: string;
              /** @enum {unknown} */
              status: "pending" | "sandbox" | "live" | "suspended" | "rejected";
              statusBeforeSuspension: "sandbox" | "live" | null;
              /** @description Why it was rejected or suspended. */
              statusReason: string | null;
              /** @description Epoch milliseconds (UTC). */
              createdAtMs: number;
              /** @description Epoch milliseconds (UTC). */
              updatedAtMs: number;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/operators/{operatorId}/suspend": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Suspend (no new launches; open rounds still settle) with a reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          operatorId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /**
             * @description Shown to the operator.
             * @example The licence documents are confirmed.
             */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              companyName: string;
              website: string;
              contact: {
                name: string;
                email: string;
              };
              licenceJurisdictions: string[];
              currencies: string[];
              expectedMonthlyVolume:
                | {
                    /** @description Minor units of `currency`. */
                    amountMinor: number;
                    /**
                     * @description ISO 4217 code
                     * @example EUR
                     */
                    currency: string;
                  }
                | {
                    /**
                     * @description Monthly turnover band in EUR equivalent.
                     * @enum {unknown}
                     */
                    range: "under_100k" | "100k_1m" | "1m_10m" | "10m_100m" | "over_100m";
                  };
              platformDescription: string;
              /** @enum {unknown} */
              status: "pending" | "sandbox" | "live" | "suspended" | "rejected";
              statusBeforeSuspension: "sandbox" | "live" | null;
              /** @description Why it was rejected or suspended. */
              statusReason: string | null;
              /** @description Epoch milliseconds (UTC). */
              createdAtMs: number;
              /** @description Epoch milliseconds (UTC). */
              updatedAtMs: number;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/operators/{operatorId}/reinstate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lift a suspension (back to sandbox or live) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          operatorId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              companyName: string;
              website: string;
              contact: {
                name: string;
                email: string;
              };
              licenceJurisdictions: string[];
              currencies: string[];
              expectedMonthlyVolume:
                | {
                    /** @description Minor units of `currency`. */
                    amountMinor: number;
                    /**
                     * @description ISO 4217 code
                     * @example EUR
                     */
                    currency: string;
                  }
                | {
                    /**
                     * @description Monthly turnover band in EUR equivalent.
                     * @enum {unknown}
                     */
                    range: "under_100k" | "100k_1m" | "1m_10m" | "10m_100m" | "over_100m";
                  };
              platformDescription: string;
              /** @enum {unknown} */
              status: "pending" | "sandbox" | "live" | "suspended" | "rejected";
              statusBeforeSuspension: "sandbox" | "live" | null;
              /** @description Why it was rejected or suspended. */
              statusReason: string | null;
              /** @description Epoch milliseconds (UTC). */
              createdAtMs: number;
              /** @description Epoch milliseconds (UTC). */
              updatedAtMs: number;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/admins": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List admins (oldest first) */
    get: {
      parameters: {
        query?: {
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                email: string;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                createdByAdminId: string | null;
                lastLoginAtMs: number | null;
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Create an admin */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** Format: email */
            email: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              email: string;
              /** @description Epoch milliseconds (UTC). */
              createdAtMs: number;
              createdByAdminId: string | null;
              lastLoginAtMs: number | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/account": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your admin account and its second factor */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              adminId: string;
              email: string;
              secondFactor: {
                enabled: boolean;
                recoveryCodesLeft: number;
                /** @description An admin requires a second factor for this account; without one, only its setup works. */
                required: boolean;
              };
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/account/totp/setup": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start setting up a TOTP second factor: a new secret (shown once) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description Base32; shown only now. Type it into an authenticator app or use the URI. */
              secret: string;
              /** @description otpauth:// URI (render it as a QR code). */
              uri: string;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/account/totp/enable": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm the setup with a first code; returns recovery codes (shown once) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description A 6-digit code (or a recovery code to disable). */
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description Shown only now; each works once instead of a code. */
              recoveryCodes: string[];
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/account/totp/disable": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Turn the second factor off, with a current code or a recovery code */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description A 6-digit code (or a recovery code to disable). */
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/account/sessions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your signed-in sessions, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                /** @description Epoch milliseconds (UTC). */
                expiresAtMs: number;
                current: boolean;
              }[];
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/account/sessions/sign-out-others": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out everywhere else (every session but this one ends now) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              ended: number;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/account/password": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change your password (the current one is required); your other sessions end */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            current: string;
            next: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/security/totp-requirements": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where a TOTP second factor is required: admins, every operator, some operators */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description Every admin must have a second factor. */
              admins: boolean;
              /** @description Every operator's users must have one. */
              operators: boolean;
              /** @description Operators whose users must have one. */
              operatorIds: string[];
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    /**
     * Require a second factor of every admin and/or of every operator's users
     * @description Accounts without one may only set it up (SECOND_FACTOR_ENROLLMENT_REQUIRED elsewhere), from their next request.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            admins: boolean;
            operators: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description Every admin must have a second factor. */
              admins: boolean;
              /** @description Every operator's users must have one. */
              operators: boolean;
              /** @description Operators whose users must have one. */
              operatorIds: string[];
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/operators/{operatorId}/totp-requirement": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Require (or stop requiring) a second factor of one operator's users */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          operatorId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            required: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              operatorId: string;
              required: boolean;
              /** @description Epoch milliseconds (UTC). */
              changedAtMs: number;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/audit-log": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Audit log: who did what to which target, when (newest first) */
    get: {
      parameters: {
        query?: {
          actorId?: string;
          targetId?: string;
          action?: string;
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                /** @description Epoch milliseconds (UTC). */
                atMs: number;
                /** @enum {unknown} */
                actorKind: "admin" | "operator_user" | "system";
                actorId: string;
                action: string;
                targetKind: string;
                targetId: string;
                details: {
                  [key: string]: unknown;
                };
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/operators/{operatorId}/conformance-runs": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An operator's conformance runs, newest first */
    get: {
      parameters: {
        query?: {
          environment?: "sandbox" | "live";
          status?: "running" | "passed" | "failed" | "aborted" | "interrupted";
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path: {
          operatorId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                /** @enum {unknown} */
                environment: "sandbox" | "live";
                /** @enum {unknown} */
                status: "running" | "passed" | "failed" | "aborted" | "interrupted";
                /** @description The URL tested, as it was when the run started. */
                callbackUrl: string;
                players: string[];
                currency: string;
                requireBodySignature: boolean;
                /** @description Empty: every check (a full run). */
                only: string[];
                /** @description Every check ran: only full passing runs count for going live. */
                fullRun: boolean;
                startedBy: {
                  /** @enum {unknown} */
                  kind: "operator_user" | "api_credential";
                  id: string;
                };
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                finishedAtMs: number | null;
                progress: {
                  checksDone: number;
                  checksTotal: number | null;
                  /** @description The check in progress. */
                  currentCheck: string | null;
                  /** @description The latest check that finished, and how. */
                  lastCheck: {
                    id: string;
                    status: string;
                  } | null;
                };
                summary: {
                  total: number;
                  passed: number;
                  warned: number;
                  failed: number;
                  requiredFailed: number;
                  advisoryFailed: number;
                  skipped: number;
                } | null;
                /** @description Ids of the checks that failed. */
                failedChecks: string[];
                /** @description Why the run stopped without a verdict: the kit's setup codes (UNREACHABLE, BAD_SALT, PLAYER_SETUP, CURRENCY, CLOCK, BAD_OPTIONS), INTERRUPTED, RUN_TIME_LIMIT or PLATFORM_ERROR. */
                abort: {
                  code: string;
                  message: string;
                } | null;
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/operators/{operatorId}/conformance-runs/{runId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One conformance run: status, progress while running, each check's outcome */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          operatorId: string;
          runId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              /** @enum {unknown} */
              environment: "sandbox" | "live";
              /** @enum {unknown} */
              status: "running" | "passed" | "failed" | "aborted" | "interrupted";
              /** @description The URL tested, as it was when the run started. */
              callbackUrl: string;
              players: string[];
              currency: string;
              requireBodySignature: boolean;
              /** @description Empty: every check (a full run). */
              only: string[];
              /** @description Every check ran: only full passing runs count for going live. */
              fullRun: boolean;
              startedBy: {
                /** @enum {unknown} */
                kind: "operator_user" | "api_credential";
                id: string;
              };
              /** @description Epoch milliseconds (UTC). */
              createdAtMs: number;
              finishedAtMs: number | null;
              progress: {
                checksDone: number;
                checksTotal: number | null;
                /** @description The check in progress. */
                currentCheck: string | null;
                /** @description The latest check that finished, and how. */
                lastCheck: {
                  id: string;
                  status: string;
                } | null;
              };
              summary: {
                total: number;
                passed: number;
                warned: number;
                failed: number;
                requiredFailed: number;
                advisoryFailed: number;
                skipped: number;
              } | null;
              /** @description Ids of the checks that failed. */
              failedChecks: string[];
              /** @description Why the run stopped without a verdict: the kit's setup codes (UNREACHABLE, BAD_SALT, PLAYER_SETUP, CURRENCY, CLOCK, BAD_OPTIONS), INTERRUPTED, RUN_TIME_LIMIT or PLATFORM_ERROR. */
              abort: {
                code: string;
                message: string;
              } | null;
              /** @description Empty while running. */
              checks: {
                id: string;
                title: string;
                area: string;
                required: boolean;
                /** @enum {unknown} */
                status: "pass" | "fail" | "warn" | "skip";
                durationMs: number;
                /** @description Why it failed or was skipped, or its warnings. */
                message: string | null;
              }[];
              /** @description Paths of the report downloads, once the kit wrote a report. */
              reports: {
                json: string;
                junit: string;
              } | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/operators/{operatorId}/conformance-runs/{runId}/report.json": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download the run's full report as JSON, every check's evidence included */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          operatorId: string;
          runId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The ConformanceReport as pretty-printed JSON (attachment). */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": string;
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/operators/{operatorId}/conformance-runs/{runId}/report.junit.xml": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download the run's report as JUnit XML, for CI */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          operatorId: string;
          runId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description JUnit XML, one testcase per check (attachment). */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": string;
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/catalogue/imports": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Catalogue imports, newest first: who, when, counts */
    get: {
      parameters: {
        query?: {
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                actor: {
                  kind: string;
                  id: string;
                };
                /** @enum {unknown} */
                format: "json" | "csv";
                source: string | null;
                feedSha256: string;
                rowsTotal: number;
                counts: {
                  added: number;
                  changed: number;
                  unchanged: number;
                  refused: number;
                };
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Import a provider feed (application/json or text/csv); the report says what was added, changed, refused */
    post: {
      parameters: {
        query?: {
          /** @description Report only; change and record nothing. */
          dryRun?: boolean;
          /** @description Label: file name, feed URL. */
          source?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description Null for a dry run. */
              importId: string | null;
              dryRun: boolean;
              /** @description Epoch milliseconds (UTC). */
              createdAtMs: number;
              /** @enum {unknown} */
              format: "json" | "csv";
              source: string | null;
              feedSha256: string;
              rowsTotal: number;
              counts: {
                added: number;
                changed: number;
                unchanged: number;
                refused: number;
              };
              added: {
                row: number;
                gameId: string;
              }[];
              changed: {
                row: number;
                gameId: string;
                fields: string[];
                changes: {
                  [key: string]: {
                    from: unknown;
                    to: unknown;
                  };
                };
              }[];
              unchanged: {
                row: number;
                gameId: string;
              }[];
              refused: {
                /** @description JSON: index in `games` from 1. CSV: line in the file (header = 1). */
                row: number;
                gameId: string | null;
                errors: {
                  field: string;
                  reason: string;
                }[];
              }[];
              providers: {
                added: {
                  id: string;
                  name: string;
                }[];
                renamed: {
                  id: string;
                  from: string;
                  to: string;
                }[];
              };
              warnings: string[];
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description Null for a dry run. */
              importId: string | null;
              dryRun: boolean;
              /** @description Epoch milliseconds (UTC). */
              createdAtMs: number;
              /** @enum {unknown} */
              format: "json" | "csv";
              source: string | null;
              feedSha256: string;
              rowsTotal: number;
              counts: {
                added: number;
                changed: number;
                unchanged: number;
                refused: number;
              };
              added: {
                row: number;
                gameId: string;
              }[];
              changed: {
                row: number;
                gameId: string;
                fields: string[];
                changes: {
                  [key: string]: {
                    from: unknown;
                    to: unknown;
                  };
                };
              }[];
              unchanged: {
                row: number;
                gameId: string;
              }[];
              refused: {
                /** @description JSON: index in `games` from 1. CSV: line in the file (header = 1). */
                row: number;
                gameId: string | null;
                errors: {
                  field: string;
                  reason: string;
                }[];
              }[];
              providers: {
                added: {
                  id: string;
                  name: string;
                }[];
                renamed: {
                  id: string;
                  from: string;
                  to: string;
                }[];
              };
              warnings: string[];
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/catalogue/imports/{import_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One import with its full report */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          import_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              /** @description Epoch milliseconds (UTC). */
              createdAtMs: number;
              actor: {
                kind: string;
                id: string;
              };
              /** @enum {unknown} */
              format: "json" | "csv";
              source: string | null;
              feedSha256: string;
              rowsTotal: number;
              counts: {
                added: number;
                changed: number;
                unchanged: number;
                refused: number;
              };
              report: {
                /** @description Null for a dry run. */
                importId: string | null;
                dryRun: boolean;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                /** @enum {unknown} */
                format: "json" | "csv";
                source: string | null;
                feedSha256: string;
                rowsTotal: number;
                counts: {
                  added: number;
                  changed: number;
                  unchanged: number;
                  refused: number;
                };
                added: {
                  row: number;
                  gameId: string;
                }[];
                changed: {
                  row: number;
                  gameId: string;
                  fields: string[];
                  changes: {
                    [key: string]: {
                      from: unknown;
                      to: unknown;
                    };
                  };
                }[];
                unchanged: {
                  row: number;
                  gameId: string;
                }[];
                refused: {
                  /** @description JSON: index in `games` from 1. CSV: line in the file (header = 1). */
                  row: number;
                  gameId: string | null;
                  errors: {
                    field: string;
                    reason: string;
                  }[];
                }[];
                providers: {
                  added: {
                    id: string;
                    name: string;
                  }[];
                  renamed: {
                    id: string;
                    from: string;
                    to: string;
                  }[];
                };
                warnings: string[];
              };
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/catalogue/providers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every provider with its status and game count */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                name: string;
                /** @enum {unknown} */
                status: "active" | "disabled";
                gameCount: number;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                /** @description Epoch milliseconds (UTC). */
                updatedAtMs: number;
              }[];
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/catalogue/games": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every game, enabled or not, with why */
    get: {
      parameters: {
        query?: {
          /** @description Case- and accent-insensitive part of the name. */
          search?: string;
          /** @example slots-classic */
          provider?: string;
          type?:
            | "slot"
            | "table"
            | "live"
            | "crash"
            | "instant"
            | "lottery"
            | "bingo"
            | "scratch"
            | "poker"
            | "video_poker"
            | "virtual_sports"
            | "fishing"
            | "other";
          /** @example free_spins */
          feature?: string;
          volatility?: "low" | "medium" | "high" | "very_high";
          /**
           * @description ISO 4217 code, upper case.
           * @example EUR
           */
          currency?: string;
          /**
           * @description Games accepting this stake in `currency`, minor units.
           * @example 100
           */
          stakeMinor?: string;
          demoAvailable?: boolean;
          sort?: "name" | "releaseDate" | "rtp" | "popularity";
          /** @description Default: asc for name, desc otherwise. */
          order?: "asc" | "desc";
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** @description Stable slug; the protocol's `game_id`. */
                id: string;
                name: string;
                provider: {
                  id: string;
                  name: string;
                };
                /** @description One of slot, table, live, crash, instant, lottery, bingo, scratch, poker, video_poker, virtual_sports, fishing, other. */
                type: string;
                /** @description Percent, two decimals, exact: "96.48". */
                rtp: string;
                /** @description The same RTP in basis points: 9648. */
                rtpBasisPoints: number;
                volatility: string | null;
                /** @description Per ISO 4217 currency, integer minor units. */
                betLimits: {
                  [key: string]: {
                    /** @description Minor units (cents). */
                    minMinor: number;
                    /** @description Minor units (cents). */
                    maxMinor: number;
                  };
                };
                features: string[];
                images: {
                  thumbnail: string | null;
                  banner: string | null;
                };
                /** @description Where the game may NOT be offered. */
                blockedJurisdictions: string[];
                /** @description YYYY-MM-DD */
                releaseDate: string;
                demoAvailable: boolean;
                /** @description Placeholder ranking; 0 for now. */
                popularity: number;
                /**
                 * @description active only when the feed, the admin and the provider all say so.
                 * @enum {unknown}
                 */
                status: "active" | "disabled";
                /** @enum {unknown} */
                feedStatus: "active" | "disabled";
                /** @enum {unknown} */
                adminStatus: "active" | "disabled";
                /** @enum {unknown} */
                providerStatus: "active" | "disabled";
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                /** @description Epoch milliseconds (UTC). */
                updatedAtMs: number;
                lastImportId: string | null;
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/catalogue/providers/{provider_id}/status": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Enable or disable a provider for every operator */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @example slots-classic */
          provider_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {unknown} */
            status: "active" | "disabled";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              /** @enum {unknown} */
              status: "active" | "disabled";
              changed: boolean;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/catalogue/games/{game_id}/status": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Enable or disable a game for every operator (a feed import never overrides this) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @example slots-classic */
          game_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {unknown} */
            status: "active" | "disabled";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description Stable slug; the protocol's `game_id`. */
              id: string;
              name: string;
              provider: {
                id: string;
                name: string;
              };
              /** @description One of slot, table, live, crash, instant, lottery, bingo, scratch, poker, video_poker, virtual_sports, fishing, other. */
              type: string;
              /** @description Percent, two decimals, exact: "96.48". */
              rtp: string;
              /** @description The same RTP in basis points: 9648. */
              rtpBasisPoints: number;
              volatility: string | null;
              /** @description Per ISO 4217 currency, integer minor units. */
              betLimits: {
                [key: string]: {
                  /** @description Minor units (cents). */
                  minMinor: number;
                  /** @description Minor units (cents). */
                  maxMinor: number;
                };
              };
              features: string[];
              images: {
                thumbnail: string | null;
                banner: string | null;
              };
              /** @description Where the game may NOT be offered. */
              blockedJurisdictions: string[];
              /** @description YYYY-MM-DD */
              releaseDate: string;
              demoAvailable: boolean;
              /** @description Placeholder ranking; 0 for now. */
              popularity: number;
              /**
               * @description active only when the feed, the admin and the provider all say so.
               * @enum {unknown}
               */
              status: "active" | "disabled";
              /** @enum {unknown} */
              feedStatus: "active" | "disabled";
              /** @enum {unknown} */
              adminStatus: "active" | "disabled";
              /** @enum {unknown} */
              providerStatus: "active" | "disabled";
              /** @description Epoch milliseconds (UTC). */
              createdAtMs: number;
              /** @description Epoch milliseconds (UTC). */
              updatedAtMs: number;
              lastImportId: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/account-mails": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The last 100 account mails (invitations, password resets) and their delivery, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                to: string;
                subject: string;
                /** @description The text, for mail that was only logged (no SMTP). Null for mail sent by SMTP: its links belong to the recipient alone. */
                body: string | null;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                status: "logged" | "pending" | "sent" | "failed";
                attempts: number;
                lastError: string | null;
                nextAttemptAtMs: number | null;
                sentAtMs: number | null;
              }[];
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/operators/{operatorId}/billing": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An operator's prepaid credit account: billing currency, balance, threshold, state */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          operatorId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              operatorId: string;
              /**
               * @description ISO 4217 code.
               * @example EUR
               */
              currency: string;
              /** @description Prepaid credit in minor units of the billing currency (may go below zero by the fees of rounds that were running when it reached zero). */
              balanceMinor: number;
              /** @description At or below this the operator is warned. */
              lowCreditThresholdMinor: number;
              /**
               * @description `low`: at or below the low-credit threshold; `exhausted`: at or below zero (no new live launches).
               * @enum {unknown}
               */
              state: "ok" | "low" | "exhausted";
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/operators/{operatorId}/billing/entries": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An operator's credit entries, newest first */
    get: {
      parameters: {
        query?: {
          kind?: "top_up" | "correction" | "fee";
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path: {
          operatorId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                /** @description 1, 2, 3… in posting order. */
                seq: number;
                /** @enum {unknown} */
                kind: "top_up" | "correction" | "fee";
                /** @description Signed: top-ups add, fees take away. */
                amountMinor: number;
                /**
                 * @description ISO 4217 code.
                 * @example EUR
                 */
                currency: string;
                balanceAfterMinor: number;
                paymentReference: string | null;
                note: string | null;
                fee: {
                  providerId: string;
                  /**
                   * @description ISO 4217 code.
                   * @example EUR
                   */
                  roundCurrency: string;
                  /** @description GGR of the rounds charged, in the round currency. */
                  ggrMinor: number;
                  /** @description The part of it charged, after negative GGR carried forward was offset. */
                  chargeableMinor: number;
                  rounds: number;
                } | null;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/operators/{operatorId}/billing/top-ups": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a top-up of prepaid credit (idempotent by idempotencyKey; audited) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          operatorId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description Minor units of the billing currency. */
            amountMinor: number;
            /**
             * @description ISO 4217 code.
             * @example EUR
             */
            currency: string;
            /**
             * @description The payment's reference (bank transfer, invoice).
             * @example SEPA 2026-12-01 INV-1042
             */
            paymentReference?: string;
            /**
             * @description Why (corrections: what is corrected).
             * @example December prepayment
             */
            note?: string;
            /**
             * @description Your key for this entry: sending it again returns the same entry, never a second one.
             * @example topup-2026-12-01-1
             */
            idempotencyKey: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              entry: {
                id: string;
                /** @description 1, 2, 3… in posting order. */
                seq: number;
                /** @enum {unknown} */
                kind: "top_up" | "correction" | "fee";
                /** @description Signed: top-ups add, fees take away. */
                amountMinor: number;
                /**
                 * @description ISO 4217 code.
                 * @example EUR
                 */
                currency: string;
                balanceAfterMinor: number;
                paymentReference: string | null;
                note: string | null;
                fee: {
                  providerId: string;
                  /**
                   * @description ISO 4217 code.
                   * @example EUR
                   */
                  roundCurrency: string;
                  /** @description GGR of the rounds charged, in the round currency. */
                  ggrMinor: number;
                  /** @description The part of it charged, after negative GGR carried forward was offset. */
                  chargeableMinor: number;
                  rounds: number;
                } | null;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
              };
              account: {
                operatorId: string;
                /**
                 * @description ISO 4217 code.
                 * @example EUR
                 */
                currency: string;
                /** @description Prepaid credit in minor units of the billing currency (may go below zero by the fees of rounds that were running when it reached zero). */
                balanceMinor: number;
                /** @description At or below this the operator is warned. */
                lowCreditThresholdMinor: number;
                /**
                 * @description `low`: at or below the low-credit threshold; `exhausted`: at or below zero (no new live launches).
                 * @enum {unknown}
                 */
                state: "ok" | "low" | "exhausted";
              };
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              entry: {
                id: string;
                /** @description 1, 2, 3… in posting order. */
                seq: number;
                /** @enum {unknown} */
                kind: "top_up" | "correction" | "fee";
                /** @description Signed: top-ups add, fees take away. */
                amountMinor: number;
                /**
                 * @description ISO 4217 code.
                 * @example EUR
                 */
                currency: string;
                balanceAfterMinor: number;
                paymentReference: string | null;
                note: string | null;
                fee: {
                  providerId: string;
                  /**
                   * @description ISO 4217 code.
                   * @example EUR
                   */
                  roundCurrency: string;
                  /** @description GGR of the rounds charged, in the round currency. */
                  ggrMinor: number;
                  /** @description The part of it charged, after negative GGR carried forward was offset. */
                  chargeableMinor: number;
                  rounds: number;
                } | null;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
              };
              account: {
                operatorId: string;
                /**
                 * @description ISO 4217 code.
                 * @example EUR
                 */
                currency: string;
                /** @description Prepaid credit in minor units of the billing currency (may go below zero by the fees of rounds that were running when it reached zero). */
                balanceMinor: number;
                /** @description At or below this the operator is warned. */
                lowCreditThresholdMinor: number;
                /**
                 * @description `low`: at or below the low-credit threshold; `exhausted`: at or below zero (no new live launches).
                 * @enum {unknown}
                 */
                state: "ok" | "low" | "exhausted";
              };
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/operators/{operatorId}/billing/corrections": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a correction: a new signed entry, never an edit (idempotent by idempotencyKey; audited) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          operatorId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description Minor units of the billing currency. */
            amountMinor: number;
            /**
             * @description ISO 4217 code.
             * @example EUR
             */
            currency: string;
            /**
             * @description The payment's reference (bank transfer, invoice).
             * @example SEPA 2026-12-01 INV-1042
             */
            paymentReference?: string;
            /**
             * @description Why (corrections: what is corrected).
             * @example December prepayment
             */
            note?: string;
            /**
             * @description Your key for this entry: sending it again returns the same entry, never a second one.
             * @example topup-2026-12-01-1
             */
            idempotencyKey: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              entry: {
                id: string;
                /** @description 1, 2, 3… in posting order. */
                seq: number;
                /** @enum {unknown} */
                kind: "top_up" | "correction" | "fee";
                /** @description Signed: top-ups add, fees take away. */
                amountMinor: number;
                /**
                 * @description ISO 4217 code.
                 * @example EUR
                 */
                currency: string;
                balanceAfterMinor: number;
                paymentReference: string | null;
                note: string | null;
                fee: {
                  providerId: string;
                  /**
                   * @description ISO 4217 code.
                   * @example EUR
                   */
                  roundCurrency: string;
                  /** @description GGR of the rounds charged, in the round currency. */
                  ggrMinor: number;
                  /** @description The part of it charged, after negative GGR carried forward was offset. */
                  chargeableMinor: number;
                  rounds: number;
                } | null;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
              };
              account: {
                operatorId: string;
                /**
                 * @description ISO 4217 code.
                 * @example EUR
                 */
                currency: string;
                /** @description Prepaid credit in minor units of the billing currency (may go below zero by the fees of rounds that were running when it reached zero). */
                balanceMinor: number;
                /** @description At or below this the operator is warned. */
                lowCreditThresholdMinor: number;
                /**
                 * @description `low`: at or below the low-credit threshold; `exhausted`: at or below zero (no new live launches).
                 * @enum {unknown}
                 */
                state: "ok" | "low" | "exhausted";
              };
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              entry: {
                id: string;
                /** @description 1, 2, 3… in posting order. */
                seq: number;
                /** @enum {unknown} */
                kind: "top_up" | "correction" | "fee";
                /** @description Signed: top-ups add, fees take away. */
                amountMinor: number;
                /**
                 * @description ISO 4217 code.
                 * @example EUR
                 */
                currency: string;
                balanceAfterMinor: number;
                paymentReference: string | null;
                note: string | null;
                fee: {
                  providerId: string;
                  /**
                   * @description ISO 4217 code.
                   * @example EUR
                   */
                  roundCurrency: string;
                  /** @description GGR of the rounds charged, in the round currency. */
                  ggrMinor: number;
                  /** @description The part of it charged, after negative GGR carried forward was offset. */
                  chargeableMinor: number;
                  rounds: number;
                } | null;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
              };
              account: {
                operatorId: string;
                /**
                 * @description ISO 4217 code.
                 * @example EUR
                 */
                currency: string;
                /** @description Prepaid credit in minor units of the billing currency (may go below zero by the fees of rounds that were running when it reached zero). */
                balanceMinor: number;
                /** @description At or below this the operator is warned. */
                lowCreditThresholdMinor: number;
                /**
                 * @description `low`: at or below the low-credit threshold; `exhausted`: at or below zero (no new live launches).
                 * @enum {unknown}
                 */
                state: "ok" | "low" | "exhausted";
              };
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/operators/{operatorId}/billing/settings": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Set the billing currency (before the first entry) or the low-credit threshold */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          operatorId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /**
             * @description ISO 4217 code.
             * @example EUR
             */
            currency?: string;
            lowCreditThresholdMinor?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              operatorId: string;
              /**
               * @description ISO 4217 code.
               * @example EUR
               */
              currency: string;
              /** @description Prepaid credit in minor units of the billing currency (may go below zero by the fees of rounds that were running when it reached zero). */
              balanceMinor: number;
              /** @description At or below this the operator is warned. */
              lowCreditThresholdMinor: number;
              /**
               * @description `low`: at or below the low-credit threshold; `exhausted`: at or below zero (no new live launches).
               * @enum {unknown}
               */
              state: "ok" | "low" | "exhausted";
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  "/admin/billing/rates": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Fee rates per provider and exchange rates, each from its day on, and the rounding rule */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              fees: {
                id: string;
                providerId: string;
                effectiveFrom: string;
                sharePpm: number;
                createdBy: string;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
              }[];
              exchange: {
                id: string;
                fromCurrency: string;
                toCurrency: string;
                effectiveFrom: string;
                rateE8: number;
                createdBy: string;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
              }[];
              rounding: string;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/billing/fee-rates": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a provider's share of GGR from a day on (rounds closed from that day use it) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            providerId: string;
            /**
             * @description A day, YYYY-MM-DD (UTC).
             * @example 2026-12-01
             */
            effectiveFrom: string;
            /** @description Share of GGR in parts per million: 150000 is 15 %. */
            sharePpm: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              providerId: string;
              effectiveFrom: string;
              sharePpm: number;
              createdBy: string;
              /** @description Epoch milliseconds (UTC). */
              createdAtMs: number;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/billing/exchange-rates": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set an exchange rate (round currency into billing currency) from a day on */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /**
             * @description ISO 4217 code.
             * @example EUR
             */
            fromCurrency: string;
            /**
             * @description ISO 4217 code.
             * @example EUR
             */
            toCurrency: string;
            /**
             * @description A day, YYYY-MM-DD (UTC).
             * @example 2026-12-01
             */
            effectiveFrom: string;
            /** @description Units of toCurrency per unit of fromCurrency, times 10^8: 1.15 is 115000000. */
            rateE8: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              fromCurrency: string;
              toCurrency: string;
              effectiveFrom: string;
              rateE8: number;
              createdBy: string;
              /** @description Epoch milliseconds (UTC). */
              createdAtMs: number;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/billing/self-checks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Self-check runs, newest first (differencesOnly: the alerts) */
    get: {
      parameters: {
        query?: {
          differencesOnly?: boolean;
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                /** @enum {unknown} */
                trigger: "daily" | "manual";
                fromMs: number;
                toMs: number;
                startedAtMs: number;
                finishedAtMs: number;
                roundsChecked: number;
                /** @description 0: wallet calls, rounds, reports and fees agree to the cent. */
                differences: number;
                checks: {
                  rounds_projected: {
                    checked: number;
                    differences: number;
                  };
                  round_money: {
                    checked: number;
                    differences: number;
                  };
                  report_totals: {
                    checked: number;
                    differences: number;
                  };
                  fees_charged: {
                    checked: number;
                    differences: number;
                  };
                  credit_balance: {
                    checked: number;
                    differences: number;
                  };
                };
                listed: {
                  check: string;
                  key: string;
                  expected: unknown;
                  actual: unknown;
                }[];
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Check now that wallet calls, rounds, report totals, fees charged and credit balances agree for rounds closed in a period (never fixes anything) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /**
             * @description A day, YYYY-MM-DD (UTC).
             * @example 2026-12-01
             */
            from: string;
            /**
             * @description A day, YYYY-MM-DD (UTC).
             * @example 2026-12-01
             */
            to: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              /** @enum {unknown} */
              trigger: "daily" | "manual";
              fromMs: number;
              toMs: number;
              startedAtMs: number;
              finishedAtMs: number;
              roundsChecked: number;
              /** @description 0: wallet calls, rounds, reports and fees agree to the cent. */
              differences: number;
              checks: {
                rounds_projected: {
                  checked: number;
                  differences: number;
                };
                round_money: {
                  checked: number;
                  differences: number;
                };
                report_totals: {
                  checked: number;
                  differences: number;
                };
                fees_charged: {
                  checked: number;
                  differences: number;
                };
                credit_balance: {
                  checked: number;
                  differences: number;
                };
              };
              listed: {
                check: string;
                key: string;
                expected: unknown;
                actual: unknown;
              }[];
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/operators/{operatorId}/billing/statement": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Statement of prepaid credit for a period: opening balance, top-ups, corrections, fees by provider and currency, closing balance (JSON or CSV) */
    get: {
      parameters: {
        query: {
          /**
           * @description YYYY-MM-DD (UTC), inclusive.
           * @example 2026-12-01
           */
          from: string;
          /**
           * @description YYYY-MM-DD (UTC), inclusive.
           * @example 2026-12-01
           */
          to: string;
          format?: "json" | "csv";
        };
        header?: never;
        path: {
          operatorId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              operatorId: string;
              currency: string;
              from: string;
              to: string;
              openingBalanceMinor: number;
              topUpsMinor: number;
              topUps: number;
              correctionsMinor: number;
              corrections: number;
              fees: {
                providerId: string;
                roundCurrency: string;
                rounds: number;
                ggrMinor: number;
                chargeableMinor: number;
                feeMinor: number;
              }[];
              feesMinor: number;
              closingBalanceMinor: number;
              carriedForward: {
                providerId: string;
                roundCurrency: string;
                carriedGgrMinor: number;
              }[];
              notes: string[];
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/operators/{operatorId}/reports": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Activity per bucket (day or hour, UTC) × provider × game × currency: rounds, distinct players, bets, wins, rollbacks, GGR, calls waiting for manual resolution (JSON or CSV) */
    get: {
      parameters: {
        query: {
          /**
           * @description A day, YYYY-MM-DD (UTC), inclusive.
           * @example 2026-12-01
           */
          from: string;
          /**
           * @description A day, YYYY-MM-DD (UTC), inclusive.
           * @example 2026-12-01
           */
          to: string;
          /** @description Buckets (default day); hour covers at most 31 days. */
          grain?: "day" | "hour";
          providerId?: string;
          gameId?: string;
          /**
           * @description ISO 4217 code.
           * @example EUR
           */
          currency?: string;
          /** @description csv: one line per row, a header first. */
          format?: "json" | "csv";
          environment?: "sandbox" | "live";
        };
        header?: never;
        path: {
          operatorId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @enum {unknown} */
              environment: "sandbox" | "live";
              /** @enum {unknown} */
              grain: "day" | "hour";
              from: string;
              to: string;
              rows: {
                bucketStartMs: number;
                providerId: string;
                gameId: string;
                currency: string;
                /** @description Distinct players in the bucket. */
                players: number;
                rounds: number;
                betsMinor: number;
                winsMinor: number;
                rolledBackBetsMinor: number;
                rolledBackWinsMinor: number;
                ggrMinor: number;
                rollbacks: number;
                manualResolutionCalls: number;
              }[];
              totalsByCurrency: {
                currency: string;
                rounds: number;
                betsMinor: number;
                winsMinor: number;
                rolledBackBetsMinor: number;
                rolledBackWinsMinor: number;
                ggrMinor: number;
                rollbacks: number;
                manualResolutionCalls: number;
              }[];
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/win-refusals": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Studio wins refused because the round would pay past a cap (newest first): review each */
    get: {
      parameters: {
        query?: {
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
          studioId?: string;
          operatorId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                studioId: string;
                /** @description The studio's transaction id of the refused win. */
                transactionId: string;
                operatorId: string;
                environment: string;
                sessionId: string;
                playerId: string;
                gameId: string;
                currency: string;
                /** @description The studio's round id. */
                roundId: string;
                demo: boolean;
                /** @description The refused win. */
                amountMinor: number;
                /** @description The round's standing stakes when the win came. */
                stakesMinor: number;
                /** @description What the round's earlier wins had paid. */
                paidMinor: number;
                /** @description The most the round may pay in total under `cap`. */
                capMinor: number;
                /** @enum {unknown} */
                cap: "win_multiple" | "operator_max_win";
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/studios": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Game studios, newest first */
    get: {
      parameters: {
        query?: {
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                id: string;
                name: string;
                launchUrlTemplate: string;
                /** @enum {unknown} */
                status: "active" | "disabled";
                /** @description The most one round of the studio's games may pay in total, as a multiple of the round's standing stakes; a win past it is refused (`WIN_LIMIT_EXCEEDED`). Default 10,000. */
                maxWinMultiple: number;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                /** @description Epoch milliseconds (UTC). */
                updatedAtMs: number;
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Register a game studio (its id is the catalogue provider id of its games) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /**
             * @description The catalogue provider id of the studio's games (kebab-case slug).
             * @example acme-gaming
             */
            id: string;
            /** @example Acme Gaming */
            name: string;
            /** @description Absolute http(s) URL the player is sent to at launch. Placeholders, URL-encoded when filled: {token}, {session_id}, {game_id}, {language}, {currency}, {demo}, {return_url}, {cashier_url}. {token} is required. */
            launchUrlTemplate: string;
            /** @description The most one round of the studio's games may pay in total, as a multiple of the round's standing stakes; a win past it is refused (`WIN_LIMIT_EXCEEDED`). Default 10,000. */
            maxWinMultiple?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              name: string;
              launchUrlTemplate: string;
              /** @enum {unknown} */
              status: "active" | "disabled";
              /** @description The most one round of the studio's games may pay in total, as a multiple of the round's standing stakes; a win past it is refused (`WIN_LIMIT_EXCEEDED`). Default 10,000. */
              maxWinMultiple: number;
              /** @description Epoch milliseconds (UTC). */
              createdAtMs: number;
              /** @description Epoch milliseconds (UTC). */
              updatedAtMs: number;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/studios/{studioId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One game studio */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          studioId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              name: string;
              launchUrlTemplate: string;
              /** @enum {unknown} */
              status: "active" | "disabled";
              /** @description The most one round of the studio's games may pay in total, as a multiple of the round's standing stakes; a win past it is refused (`WIN_LIMIT_EXCEEDED`). Default 10,000. */
              maxWinMultiple: number;
              /** @description Epoch milliseconds (UTC). */
              createdAtMs: number;
              /** @description Epoch milliseconds (UTC). */
              updatedAtMs: number;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a studio's name, launch URL template or status (disabling stops launches and its keys) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          studioId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @example Acme Gaming */
            name?: string;
            /** @description Absolute http(s) URL the player is sent to at launch. Placeholders, URL-encoded when filled: {token}, {session_id}, {game_id}, {language}, {currency}, {demo}, {return_url}, {cashier_url}. {token} is required. */
            launchUrlTemplate?: string;
            /** @enum {unknown} */
            status?: "active" | "disabled";
            /** @description The most one round of the studio's games may pay in total, as a multiple of the round's standing stakes; a win past it is refused (`WIN_LIMIT_EXCEEDED`). Default 10,000. */
            maxWinMultiple?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              id: string;
              name: string;
              launchUrlTemplate: string;
              /** @enum {unknown} */
              status: "active" | "disabled";
              /** @description The most one round of the studio's games may pay in total, as a multiple of the round's standing stakes; a win past it is refused (`WIN_LIMIT_EXCEEDED`). Default 10,000. */
              maxWinMultiple: number;
              /** @description Epoch milliseconds (UTC). */
              createdAtMs: number;
              /** @description Epoch milliseconds (UTC). */
              updatedAtMs: number;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    trace?: never;
  };
  "/admin/studios/{studioId}/credentials": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A studio's gateway keys (never their secrets) */
    get: {
      parameters: {
        query?: {
          includeRevoked?: boolean;
        };
        header?: never;
        path: {
          studioId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                /** @description Key id, sent as `X-Croupier-Key-Id`. */
                id: string;
                studioId: string;
                label: string;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                revokedAtMs: number | null;
                lastUsedAtMs: number | null;
              }[];
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Issue a gateway key: key id and HMAC secret, the secret shown in this answer only */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          studioId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @example production servers */
            label: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              key: {
                /** @description Key id, sent as `X-Croupier-Key-Id`. */
                id: string;
                studioId: string;
                label: string;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                revokedAtMs: number | null;
                lastUsedAtMs: number | null;
              };
              /** @description The HMAC secret. Shown in this answer only; store it now. */
              secret: string;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/studios/{studioId}/credentials/{keyId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a gateway key at once */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          studioId: string;
          keyId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description Key id, sent as `X-Croupier-Key-Id`. */
              id: string;
              studioId: string;
              label: string;
              /** @description Epoch milliseconds (UTC). */
              createdAtMs: number;
              revokedAtMs: number | null;
              lastUsedAtMs: number | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/wallet-calls": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Wallet calls in one state, oldest first (default: waiting for manual resolution) */
    get: {
      parameters: {
        query?: {
          /** @description Default `manual`: credits and rollbacks waiting for a person. */
          state?: "pending" | "ok" | "refused" | "unknown" | "not_sent" | "manual" | "resolved";
          /** @example wc_4k9t2m8q1x7z3v5b */
          operatorId?: string;
          environment?: "sandbox" | "live";
          action?: "balance" | "debit" | "credit";
          playerId?: string;
          /** @example wc_4k9t2m8q1x7z3v5b */
          roundId?: string;
          /**
           * @description Only items at or after this instant: epoch milliseconds or RFC 3339 (`2026-01-01T00:00:00Z`).
           * @example 2026-01-01T00:00:00Z
           */
          from?: string;
          /**
           * @description Only items before this instant (exclusive): epoch milliseconds or RFC 3339.
           * @example 2026-02-01T00:00:00Z
           */
          to?: string;
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                callId: string;
                operatorId: string;
                /** @enum {unknown} */
                environment: "sandbox" | "live";
                /** @enum {unknown} */
                action: "balance" | "debit" | "credit";
                /** @enum {unknown} */
                state: "pending" | "ok" | "refused" | "unknown" | "not_sent" | "manual" | "resolved";
                playerId: string;
                sessionId: string;
                gameId: string;
                roundId: string | null;
                currency: string;
                amountMinor: number | null;
                /** @enum {unknown} */
                rb: 0 | 1;
                rbCallId: string | null;
                roundClosed: boolean;
                attempts: number;
                /** @description Epoch milliseconds (UTC). */
                nextAttemptAtMs: number;
                /** @description Epoch milliseconds (UTC). */
                retryUntilAtMs: number;
                leasedUntilAtMs: number | null;
                balanceMinor: number | null;
                errorCode: string | null;
                outcomeReason: string | null;
                txId: string | null;
                resolvedBy: string | null;
                resolutionNote: string | null;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                /** @description Epoch milliseconds (UTC). */
                updatedAtMs: number;
                finalAtMs: number | null;
              }[];
              /** @description Pass as `cursor` for the next page. */
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/wallet-calls/{callId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One wallet call with its attempts */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @example wc_4k9t2m8q1x7z3v5b */
          callId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              call: {
                callId: string;
                operatorId: string;
                /** @enum {unknown} */
                environment: "sandbox" | "live";
                /** @enum {unknown} */
                action: "balance" | "debit" | "credit";
                /** @enum {unknown} */
                state: "pending" | "ok" | "refused" | "unknown" | "not_sent" | "manual" | "resolved";
                playerId: string;
                sessionId: string;
                gameId: string;
                roundId: string | null;
                currency: string;
                amountMinor: number | null;
                /** @enum {unknown} */
                rb: 0 | 1;
                rbCallId: string | null;
                roundClosed: boolean;
                attempts: number;
                /** @description Epoch milliseconds (UTC). */
                nextAttemptAtMs: number;
                /** @description Epoch milliseconds (UTC). */
                retryUntilAtMs: number;
                leasedUntilAtMs: number | null;
                balanceMinor: number | null;
                errorCode: string | null;
                outcomeReason: string | null;
                txId: string | null;
                resolvedBy: string | null;
                resolutionNote: string | null;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                /** @description Epoch milliseconds (UTC). */
                updatedAtMs: number;
                finalAtMs: number | null;
              };
              /** @description The latest attempts, oldest first. */
              attempts: {
                attemptNo: number;
                /** @description The lease token (host, process) that sent it. */
                sender: string;
                /** @description Epoch milliseconds (UTC). */
                sentAtMs: number;
                latencyMicros: number;
                request: string;
                httpStatus: number | null;
                responseBody: string | null;
                /** @enum {unknown} */
                outcome: "ok" | "refused" | "unknown";
                errorCode: string | null;
                reason: string | null;
              }[];
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/wallet-calls/{callId}/retry": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a pending or manual credit or rollback now (audited) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @example wc_4k9t2m8q1x7z3v5b */
          callId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /**
               * @description After this attempt: `ok`, `pending` (backoff continues) or `manual` again.
               * @enum {unknown}
               */
              state: "pending" | "ok" | "refused" | "unknown" | "not_sent" | "manual" | "resolved";
              reason: string | null;
              call: {
                callId: string;
                operatorId: string;
                /** @enum {unknown} */
                environment: "sandbox" | "live";
                /** @enum {unknown} */
                action: "balance" | "debit" | "credit";
                /** @enum {unknown} */
                state: "pending" | "ok" | "refused" | "unknown" | "not_sent" | "manual" | "resolved";
                playerId: string;
                sessionId: string;
                gameId: string;
                roundId: string | null;
                currency: string;
                amountMinor: number | null;
                /** @enum {unknown} */
                rb: 0 | 1;
                rbCallId: string | null;
                roundClosed: boolean;
                attempts: number;
                /** @description Epoch milliseconds (UTC). */
                nextAttemptAtMs: number;
                /** @description Epoch milliseconds (UTC). */
                retryUntilAtMs: number;
                leasedUntilAtMs: number | null;
                balanceMinor: number | null;
                errorCode: string | null;
                outcomeReason: string | null;
                txId: string | null;
                resolvedBy: string | null;
                resolutionNote: string | null;
                /** @description Epoch milliseconds (UTC). */
                createdAtMs: number;
                /** @description Epoch milliseconds (UTC). */
                updatedAtMs: number;
                finalAtMs: number | null;
              };
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/admin/wallet-calls/{callId}/resolve": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a call waiting for manual resolution, with the reason (audited) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @example wc_4k9t2m8q1x7z3v5b */
          callId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /**
             * @description Why the call is closed by hand (e.g. the operator confirmed it applied tx 998877).
             * @example The operator confirmed it applied the credit as tx 998877.
             */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              callId: string;
              operatorId: string;
              /** @enum {unknown} */
              environment: "sandbox" | "live";
              /** @enum {unknown} */
              action: "balance" | "debit" | "credit";
              /** @enum {unknown} */
              state: "pending" | "ok" | "refused" | "unknown" | "not_sent" | "manual" | "resolved";
              playerId: string;
              sessionId: string;
              gameId: string;
              roundId: string | null;
              currency: string;
              amountMinor: number | null;
              /** @enum {unknown} */
              rb: 0 | 1;
              rbCallId: string | null;
              roundClosed: boolean;
              attempts: number;
              /** @description Epoch milliseconds (UTC). */
              nextAttemptAtMs: number;
              /** @description Epoch milliseconds (UTC). */
              retryUntilAtMs: number;
              leasedUntilAtMs: number | null;
              balanceMinor: number | null;
              errorCode: string | null;
              outcomeReason: string | null;
              txId: string | null;
              resolvedBy: string | null;
              resolutionNote: string | null;
              /** @description Epoch milliseconds (UTC). */
              createdAtMs: number;
              /** @description Epoch milliseconds (UTC). */
              updatedAtMs: number;
              finalAtMs: number | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/gateway/v1/problems": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every problem code of the provider gateway, with its HTTP status and meaning */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                code: string;
                status: number;
                title: string;
                doc: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/gateway/v1/session/validate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Validate a studio session token: player, currency, game, language, balance
     * @description Signed: `X-Croupier-Key-Id`, `X-Croupier-Timestamp` (unix s), `X-Croupier-Signature: v1=<hex HMAC-SHA256(secret, "v1\n" + METHOD + "\n" + path + "\n" + timestamp + "\n" + raw body)>`.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description The studio session token from the launch. */
            session_token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              session_id: string;
              player_id: string;
              currency: string;
              game_id: string;
              language: string;
              demo: boolean;
              /** @description The player's balance after the request, minor units. */
              balance: number;
              return_url: string;
              cashier_url: string;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/gateway/v1/balance": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The player's balance (asks the operator's wallet; demo: play money)
     * @description Signed: `X-Croupier-Key-Id`, `X-Croupier-Timestamp` (unix s), `X-Croupier-Signature: v1=<hex HMAC-SHA256(secret, "v1\n" + METHOD + "\n" + path + "\n" + timestamp + "\n" + raw body)>`.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description The studio session token from the launch. */
            session_token: string;
            /**
             * @description Optional check: must be the session's currency.
             * @example EUR
             */
            currency?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description The player's balance after the request, minor units. */
              balance: number;
              currency: string;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/gateway/v1/bet": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Place a bet (a debit), idempotent on transaction_id
     * @description Signed: `X-Croupier-Key-Id`, `X-Croupier-Timestamp` (unix s), `X-Croupier-Signature: v1=<hex HMAC-SHA256(secret, "v1\n" + METHOD + "\n" + path + "\n" + timestamp + "\n" + raw body)>`.
     *
     *     A bet must fit the game's limits in the session's currency (the catalogue's, narrowed by the operator's), else `BET_OUT_OF_LIMITS` with `min_bet` / `max_bet`; nothing is recorded or debited.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description The studio session token from the launch. */
            session_token: string;
            /**
             * @description Your transaction id: unique per studio; a repeat returns the stored answer.
             * @example tx-000184467
             */
            transaction_id: string;
            /**
             * @description Your round id.
             * @example round-55120
             */
            round_id: string;
            /** @description Minor units (cents). */
            amount: number;
            /**
             * @description Optional check: must be the session's currency.
             * @example EUR
             */
            currency?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              transaction_id: string;
              /** @description The player's balance after the request, minor units. */
              balance: number;
              currency: string;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/gateway/v1/win": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Pay a win (a credit after the round's bet), idempotent on transaction_id
     * @description Signed: `X-Croupier-Key-Id`, `X-Croupier-Timestamp` (unix s), `X-Croupier-Signature: v1=<hex HMAC-SHA256(secret, "v1\n" + METHOD + "\n" + path + "\n" + timestamp + "\n" + raw body)>`.
     *
     *     A round's wins together may pay at most its standing stakes × the title's or studio's maximum win multiple, and at most the operator's maximum win per round. A win past a cap is refused, not held and never trimmed: `WIN_LIMIT_EXCEEDED` with `max_win` (what the round may still pay) and `cap`; nothing is paid or recorded under the id (pay `max_win` under a new id), and the refusal is logged, counted and listed for Croupier's staff.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description The studio session token from the launch. */
            session_token: string;
            /**
             * @description Your transaction id: unique per studio; a repeat returns the stored answer.
             * @example tx-000184467
             */
            transaction_id: string;
            /**
             * @description Your round id.
             * @example round-55120
             */
            round_id: string;
            /** @description Minor units (cents). */
            amount: number;
            /** @description True on the round's last win: the round closes. */
            round_closed: boolean;
            /**
             * @description Optional check: must be the session's currency.
             * @example EUR
             */
            currency?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              transaction_id: string;
              /**
               * @description `pending`: the credit is owed and being delivered to the operator; the balance comes later.
               * @enum {unknown}
               */
              delivery: "acknowledged" | "pending";
              round_closed: boolean;
              /** @description The player's balance after the request, minor units. */
              balance?: number;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/gateway/v1/round/end": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * End a round without a win (a closing credit of 0)
     * @description Signed: `X-Croupier-Key-Id`, `X-Croupier-Timestamp` (unix s), `X-Croupier-Signature: v1=<hex HMAC-SHA256(secret, "v1\n" + METHOD + "\n" + path + "\n" + timestamp + "\n" + raw body)>`.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description The studio session token from the launch. */
            session_token: string;
            /**
             * @description Your transaction id: unique per studio; a repeat returns the stored answer.
             * @example tx-000184467
             */
            transaction_id: string;
            /**
             * @description Your round id.
             * @example round-55120
             */
            round_id: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              transaction_id: string;
              /**
               * @description `pending`: the credit is owed and being delivered to the operator; the balance comes later.
               * @enum {unknown}
               */
              delivery: "acknowledged" | "pending";
              round_closed: boolean;
              /** @description The player's balance after the request, minor units. */
              balance?: number;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/gateway/v1/rollback": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Roll back a bet by its transaction id (idempotent; a bet never seen is refused if it comes later)
     * @description Signed: `X-Croupier-Key-Id`, `X-Croupier-Timestamp` (unix s), `X-Croupier-Signature: v1=<hex HMAC-SHA256(secret, "v1\n" + METHOD + "\n" + path + "\n" + timestamp + "\n" + raw body)>`.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description The studio session token from the launch. */
            session_token: string;
            /**
             * @description Your transaction id: unique per studio; a repeat returns the stored answer.
             * @example tx-000184467
             */
            transaction_id: string;
            /**
             * @description The transaction id of the bet to roll back.
             * @example tx-000184466
             */
            bet_transaction_id: string;
            /**
             * @description Your round id.
             * @example round-55120
             */
            round_id?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              transaction_id: string;
              /** @description False when there was nothing to roll back (the bet never stood). */
              rolled_back: boolean;
              /**
               * @description `pending`: the credit is owed and being delivered to the operator; the balance comes later.
               * @enum {unknown}
               */
              delivery: "acknowledged" | "pending";
              /** @description The player's balance after the request, minor units. */
              balance?: number;
              /** @description Set when another rollback of the bet came first. */
              rolled_back_by?: string;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/launch/{token}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open a launch URL (players' browsers): redirects to the game once; then 'link expired or used' */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/play/{token}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The built-in studio's game client for a session (players' browsers) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/studio/api/session": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The session's details and the balance now */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              session_id: string;
              game_id: string;
              game_name: string;
              engine: string;
              currency: string;
              /** @description Decimal digits of the major unit (ISO 4217). */
              currency_exponent: number;
              demo: boolean;
              /** @description The balance after the request, minor units; null when the wallet did not report one. */
              balance: number | null;
              language: string;
              return_url: string;
              cashier_url: string;
              bet_limits: {
                min_minor: number;
                max_minor: number;
                step_minor: number;
              };
              /** @description The title's return to player, from its engine's computation (never a typed-in figure). */
              rtp: {
                /** @description Four decimals: `"95.6809"`. */
                percent: string;
                /** @description Rounded half up: what the catalogue shows (9568 = 95.68 %). */
                basis_points: number;
                /**
                 * @description `exact`: computed from the maths; `simulation`: blackjack with basic strategy.
                 * @enum {unknown}
                 */
                method: "exact" | "simulation";
              };
              /** @enum {unknown} */
              volatility: "low" | "medium" | "high";
              /** @description An upper bound of one round's win over its stake. */
              max_win_multiplier: number;
              /** @description What the client draws: layout, symbols, paylines, pay tables, rules. */
              config: unknown;
              /** @description A blackjack hand still in play. */
              open_round: {
                round_id: string;
                game_id: string;
                engine: string;
                /** @enum {unknown} */
                status: "pending_bet" | "refused" | "in_play" | "pending_win" | "settled";
                /** @description Every stake accepted so far. */
                bet_minor: number;
                win_minor: number | null;
                /** @description What the player saw (engine-specific). */
                display: unknown;
                /** @description Epoch milliseconds (UTC). */
                created_at_ms: number;
                settled_at_ms: number | null;
                /** @description Settled by the platform after the player left the round: the stored win, or a blackjack hand stood and played out. */
                abandoned: boolean;
              } | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Exchange the play token of /play/<token> for an access token and the session's details */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description The token of the page's URL, `/play/<play_token>`. */
            play_token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              /** @description Send as `Authorization: Bearer …` to the other /studio/api routes. */
              access_token: string;
              /** @description Epoch milliseconds (UTC). */
              expires_at_ms: number;
              session: {
                session_id: string;
                game_id: string;
                game_name: string;
                engine: string;
                currency: string;
                /** @description Decimal digits of the major unit (ISO 4217). */
                currency_exponent: number;
                demo: boolean;
                /** @description The balance after the request, minor units; null when the wallet did not report one. */
                balance: number | null;
                language: string;
                return_url: string;
                cashier_url: string;
                bet_limits: {
                  min_minor: number;
                  max_minor: number;
                  step_minor: number;
                };
                /** @description The title's return to player, from its engine's computation (never a typed-in figure). */
                rtp: {
                  /** @description Four decimals: `"95.6809"`. */
                  percent: string;
                  /** @description Rounded half up: what the catalogue shows (9568 = 95.68 %). */
                  basis_points: number;
                  /**
                   * @description `exact`: computed from the maths; `simulation`: blackjack with basic strategy.
                   * @enum {unknown}
                   */
                  method: "exact" | "simulation";
                };
                /** @enum {unknown} */
                volatility: "low" | "medium" | "high";
                /** @description An upper bound of one round's win over its stake. */
                max_win_multiplier: number;
                /** @description What the client draws: layout, symbols, paylines, pay tables, rules. */
                config: unknown;
                /** @description A blackjack hand still in play. */
                open_round: {
                  round_id: string;
                  game_id: string;
                  engine: string;
                  /** @enum {unknown} */
                  status: "pending_bet" | "refused" | "in_play" | "pending_win" | "settled";
                  /** @description Every stake accepted so far. */
                  bet_minor: number;
                  win_minor: number | null;
                  /** @description What the player saw (engine-specific). */
                  display: unknown;
                  /** @description Epoch milliseconds (UTC). */
                  created_at_ms: number;
                  settled_at_ms: number | null;
                  /** @description Settled by the platform after the player left the round: the stored win, or a blackjack hand stood and played out. */
                  abandoned: boolean;
                } | null;
              };
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/studio/api/rounds": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The player's rounds in this game, this session's and earlier ones, newest first */
    get: {
      parameters: {
        query?: {
          /** @description Items per page (default 50). */
          limit?: number;
          /** @description `nextCursor` of the previous page. */
          cursor?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              items: {
                round_id: string;
                game_id: string;
                engine: string;
                /** @enum {unknown} */
                status: "pending_bet" | "refused" | "in_play" | "pending_win" | "settled";
                /** @description Every stake accepted so far. */
                bet_minor: number;
                win_minor: number | null;
                /** @description What the player saw (engine-specific). */
                display: unknown;
                /** @description Epoch milliseconds (UTC). */
                created_at_ms: number;
                settled_at_ms: number | null;
                /** @description Settled by the platform after the player left the round: the stored win, or a blackjack hand stood and played out. */
                abandoned: boolean;
              }[];
              nextCursor: string | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    /** Play a round (slots, roulette, keno) or deal a blackjack hand */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description Total stake of the round, minor units; a multiple of `bet_limits.step_minor`. */
            bet_minor: number;
            /** @description Roulette: `{ bets: [{ type, numbers? | index?, amountMinor }] }` summing to bet_minor. Keno: `{ picks?: number[] }` (omitted: quick pick). Slots and blackjack: none. */
            options?: unknown;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              round: {
                round_id: string;
                game_id: string;
                engine: string;
                /** @enum {unknown} */
                status: "pending_bet" | "refused" | "in_play" | "pending_win" | "settled";
                /** @description Every stake accepted so far. */
                bet_minor: number;
                win_minor: number | null;
                /** @description What the player saw (engine-specific). */
                display: unknown;
                /** @description Epoch milliseconds (UTC). */
                created_at_ms: number;
                settled_at_ms: number | null;
                /** @description Settled by the platform after the player left the round: the stored win, or a blackjack hand stood and played out. */
                abandoned: boolean;
              };
              /** @description The balance after the request, minor units; null when the wallet did not report one. */
              balance: number | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/studio/api/rounds/{round_id}/actions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A blackjack decision: hit, stand, double or split (double and split stake the hand's bet again) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @example sr_4k9t2m8q1x7z3v5b */
          round_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {unknown} */
            action: "hit" | "stand" | "double" | "split";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              round: {
                round_id: string;
                game_id: string;
                engine: string;
                /** @enum {unknown} */
                status: "pending_bet" | "refused" | "in_play" | "pending_win" | "settled";
                /** @description Every stake accepted so far. */
                bet_minor: number;
                win_minor: number | null;
                /** @description What the player saw (engine-specific). */
                display: unknown;
                /** @description Epoch milliseconds (UTC). */
                created_at_ms: number;
                settled_at_ms: number | null;
                /** @description Settled by the platform after the player left the round: the stored win, or a blackjack hand stood and played out. */
                abandoned: boolean;
              };
              /** @description The balance after the request, minor units; null when the wallet did not report one. */
              balance: number | null;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/studio/api/rounds/{round_id}/replay": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A past round replayed by the engine from its draws, with its money movements */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @example sr_4k9t2m8q1x7z3v5b */
          round_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/json": {
              round_id: string;
              platform_round_id: string | null;
              game_id: string;
              game_name: string;
              engine: string;
              /** @description `sha256:<hex>` of the title's maths (canonical JSON of its definition) the round was played and is replayed with; null for rounds from before versions were recorded. */
              title_version: string | null;
              currency: string;
              currency_exponent: number;
              demo: boolean;
              status: string;
              /** @description Epoch milliseconds (UTC). */
              created_at_ms: number;
              settled_at_ms: number | null;
              bet_minor: number;
              win_minor: number | null;
              config: unknown;
              /** @description The stake and the game's options as the player chose them. */
              request: unknown;
              /** @description What the player saw, replayed by the engine from the stored draws. */
              display: unknown;
              /** @description The replay equals what was shown at the time. */
              matches_original: boolean;
              /** @description Settled by the platform's closing credit after the player left the round. */
              abandoned: boolean;
              movements: {
                transaction_id: string;
                /** @enum {unknown} */
                kind: "bet" | "win" | "rollback" | "end_round";
                amount_minor: number | null;
                /** @description `OK`, the refusal's code, or `pending`. */
                result: string;
                rollback_of: string | null;
                /** @description Epoch milliseconds (UTC). */
                at_ms: number;
              }[];
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "4XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
        /** @description A problem (RFC 9457); `code` is stable, see /problems. */
        "5XX": {
          headers: {
            [name: string]: unknown;
          };
          content: {
            "application/problem+json": {
              /**
               * Format: uri
               * @description https://croupier.dev/problems/<code>
               */
              type: string;
              title: string;
              status: number;
              detail: string;
              /** @description Stable machine-readable code from the surface's catalogue. */
              code: string;
              /** @description Path of the request that failed. */
              instance: string;
              /** @description Also in the X-Request-Id response header and our logs. */
              requestId: string;
              /** @description VALIDATION_FAILED: one entry per invalid field. */
              errors?: {
                in: string;
                field: string;
                message: string;
              }[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface webhooks {
  walletBalance: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Balance check
     * @description The player's balance, at session start and whenever a game asks. Sent to the operator's callback URL. The operator answers HTTP 200 always; any other status, another body or no answer within the timeout is an unknown outcome. Under the compatibility profile the same fields travel as a GET query string (docs/protocol.md#compatibility-profile).
     */
    post: operations["walletCallbackBalance"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  walletDebit: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Bet (debit), or rollback of a win
     * @description Takes a bet; with `rb` 1 takes back the credit named by `rb_call_id`. Sent once; an unknown outcome is rolled back (native profile) or held for review (compatibility profile). Sent to the operator's callback URL. The operator answers HTTP 200 always; any other status, another body or no answer within the timeout is an unknown outcome. Under the compatibility profile the same fields travel as a GET query string (docs/protocol.md#compatibility-profile).
     */
    post: operations["walletCallbackDebit"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  walletCredit: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Win (credit), or rollback of a bet
     * @description Pays a win; with `rb` 1 returns the debit named by `rb_call_id`. Retried with the same `call_id` until acknowledged. Sent to the operator's callback URL. The operator answers HTTP 200 always; any other status, another body or no answer within the timeout is an unknown outcome. Under the compatibility profile the same fields travel as a GET query string (docs/protocol.md#compatibility-profile).
     */
    post: operations["walletCallbackCredit"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  walletCallbackBalance: {
    parameters: {
      query?: never;
      header: {
        /** @description The call's `call_id` (Standard Webhooks). */
        "webhook-id": string;
        /** @description The body's `timestamp`, as sent. */
        "webhook-timestamp": string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256(salt key, "<webhook-id>.<webhook-timestamp>.<raw body>")>`. Operators may require it; a mismatch is INVALID_KEY. See docs/protocol.md#body-signature. */
        "webhook-signature": string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          action: "balance";
          /** @description Unique id of this logical call; identical on every retry */
          call_id: string;
          /** @description The operator's player id, as given at game launch */
          player_id: string;
          /** @description The platform's game session id */
          session_id: string;
          /** @description ISO 4217 code of the session */
          currency: string;
          /** @description Game being played */
          game_id: string;
          /** @description Unix seconds when this attempt was sent */
          timestamp: number;
          /** @description md5(String(timestamp) + salt_key) */
          key: string;
        };
      };
    };
    responses: {
      /** @description Every answer, refusals included, is HTTP 200 with one of these bodies. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | {
                /** @constant */
                status: "ok";
                /** @description Player balance in minor units after the call */
                balance: number;
                /** @description The operator's transaction id */
                tx_id?: string;
              }
            | {
                /** @constant */
                status: "error";
                code:
                  | "INVALID_KEY"
                  | "TIMESTAMP_EXPIRED"
                  | "INVALID_REQUEST"
                  | "PLAYER_NOT_FOUND"
                  | "PLAYER_BLOCKED"
                  | "CURRENCY_MISMATCH"
                  | "INSUFFICIENT_FUNDS"
                  | "DUPLICATE_CONFLICT"
                  | "ROLLED_BACK"
                  | "INTERNAL_ERROR";
                message: string;
                /** @description Player balance in minor units; required with INSUFFICIENT_FUNDS */
                balance?: number;
              };
        };
      };
    };
  };
  walletCallbackDebit: {
    parameters: {
      query?: never;
      header: {
        /** @description The call's `call_id` (Standard Webhooks). */
        "webhook-id": string;
        /** @description The body's `timestamp`, as sent. */
        "webhook-timestamp": string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256(salt key, "<webhook-id>.<webhook-timestamp>.<raw body>")>`. Operators may require it; a mismatch is INVALID_KEY. See docs/protocol.md#body-signature. */
        "webhook-signature": string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          action: "debit";
          /** @description Unique id of this logical call; identical on every retry */
          call_id: string;
          /** @description The operator's player id, as given at game launch */
          player_id: string;
          /** @description The platform's game session id */
          session_id: string;
          /** @description ISO 4217 code of the session */
          currency: string;
          /** @description Game being played */
          game_id: string;
          /** @description Unix seconds when this attempt was sent */
          timestamp: number;
          /** @description md5(String(timestamp) + salt_key) */
          key: string;
          /** @description Game round the money belongs to */
          round_id: string;
          /** @description Minor units of currency; never a float, never a string */
          amount: number;
          /** @description 1: rolls back the call rb_call_id */
          rb?: 0 | 1;
          /** @description call_id of the call being rolled back; required when rb is 1 */
          rb_call_id?: string;
          /** @description true on the last call of the round */
          round_closed?: boolean;
        };
      };
    };
    responses: {
      /** @description Every answer, refusals included, is HTTP 200 with one of these bodies. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | {
                /** @constant */
                status: "ok";
                /** @description Player balance in minor units after the call */
                balance: number;
                /** @description The operator's transaction id */
                tx_id?: string;
              }
            | {
                /** @constant */
                status: "error";
                code:
                  | "INVALID_KEY"
                  | "TIMESTAMP_EXPIRED"
                  | "INVALID_REQUEST"
                  | "PLAYER_NOT_FOUND"
                  | "PLAYER_BLOCKED"
                  | "CURRENCY_MISMATCH"
                  | "INSUFFICIENT_FUNDS"
                  | "DUPLICATE_CONFLICT"
                  | "ROLLED_BACK"
                  | "INTERNAL_ERROR";
                message: string;
                /** @description Player balance in minor units; required with INSUFFICIENT_FUNDS */
                balance?: number;
              };
        };
      };
    };
  };
  walletCallbackCredit: {
    parameters: {
      query?: never;
      header: {
        /** @description The call's `call_id` (Standard Webhooks). */
        "webhook-id": string;
        /** @description The body's `timestamp`, as sent. */
        "webhook-timestamp": string;
        /** @description Space-separated `v1,<base64 HMAC-SHA256(salt key, "<webhook-id>.<webhook-timestamp>.<raw body>")>`. Operators may require it; a mismatch is INVALID_KEY. See docs/protocol.md#body-signature. */
        "webhook-signature": string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": {
          /** @constant */
          action: "credit";
          /** @description Unique id of this logical call; identical on every retry */
          call_id: string;
          /** @description The operator's player id, as given at game launch */
          player_id: string;
          /** @description The platform's game session id */
          session_id: string;
          /** @description ISO 4217 code of the session */
          currency: string;
          /** @description Game being played */
          game_id: string;
          /** @description Unix seconds when this attempt was sent */
          timestamp: number;
          /** @description md5(String(timestamp) + salt_key) */
          key: string;
          /** @description Game round the money belongs to */
          round_id: string;
          /** @description Minor units of currency; never a float, never a string */
          amount: number;
          /** @description 1: rolls back the call rb_call_id */
          rb?: 0 | 1;
          /** @description call_id of the call being rolled back; required when rb is 1 */
          rb_call_id?: string;
          /** @description true on the last call of the round */
          round_closed?: boolean;
        };
      };
    };
    responses: {
      /** @description Every answer, refusals included, is HTTP 200 with one of these bodies. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json":
            | {
                /** @constant */
                status: "ok";
                /** @description Player balance in minor units after the call */
                balance: number;
                /** @description The operator's transaction id */
                tx_id?: string;
              }
            | {
                /** @constant */
                status: "error";
                code:
                  | "INVALID_KEY"
                  | "TIMESTAMP_EXPIRED"
                  | "INVALID_REQUEST"
                  | "PLAYER_NOT_FOUND"
                  | "PLAYER_BLOCKED"
                  | "CURRENCY_MISMATCH"
                  | "INSUFFICIENT_FUNDS"
                  | "DUPLICATE_CONFLICT"
                  | "ROLLED_BACK"
                  | "INTERNAL_ERROR";
                message: string;
                /** @description Player balance in minor units; required with INSUFFICIENT_FUNDS */
                balance?: number;
              };
        };
      };
    };
  };
}
