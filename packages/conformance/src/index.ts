/**
 * `@croupier/conformance`: tests an operator's wallet callback against every operator duty of
 * the Croupier seamless wallet protocol, from any language. Library and CLI
 * (`croupier-conformance`).
 *
 * @example
 * import { runConformance, toText } from "@croupier/conformance";
 * const report = await runConformance({ url, salt, players: ["cf-1", "cf-2"], currency: "EUR" });
 * console.log(toText(report));
 */
export { runConformance, type RunHooks } from "./runner/run-conformance.ts";
export {
  resolveOptions,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_WINDOW_SECONDS,
  MIN_PLAYER_BALANCE_MINOR,
  type ConformanceOptions,
} from "./options.ts";
export { ALL_CHECKS, selectChecks, type Check } from "./checks/index.ts";
export { contractOf, contractLine } from "./checks/contract-refs.ts";
export { toJson } from "./report/json-report.ts";
export { toJunitXml } from "./report/junit-report.ts";
export { toText } from "./report/text-report.ts";
export { progressPrinter } from "./report/progress.ts";
export type {
  BalanceAccount,
  BalanceEvidence,
  CheckArea,
  CheckFailure,
  CheckInfo,
  CheckResult,
  CheckStatus,
  ConformanceReport,
  ContractRef,
  Exchange,
  ProgressEvent,
  RunAbort,
} from "./runner/types.ts";
