import type { Environment } from "../callbacks/wallet-endpoint.ts";

/**
 * Whose history a query reads: the API credential's operator and environment. Every history
 * query filters on both first, so nothing in a path, filter or cursor can reach another
 * operator's data or the other environment's.
 */
export interface HistoryScope {
  readonly operatorId: string;
  readonly environment: Environment;
}
