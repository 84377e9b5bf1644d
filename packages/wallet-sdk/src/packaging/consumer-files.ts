/**
 * What the scratch project holds besides the README's wallet: a consumer file using the public
 * API of all three packages, and a tsconfig an operator would start from — `module: nodenext`,
 * strict, and no `skipLibCheck`, so the shipped declarations are checked too.
 */
export const CONSUMER_TS = `import { runConformance, toText, type ConformanceReport } from "@croupier/conformance";
import { computeKey, loadTestVectors, verifyWalletRequest, type WalletRequest } from "@croupier/protocol";
import { createWalletHandler, MIN_SALT_LENGTH, type WalletStore } from "@croupier/wallet-sdk";
import { openSqliteWalletStore, SQLITE_MAX_BATCH } from "@croupier/wallet-sdk/sqlite";

export async function conformanceText(url: string, salt: string): Promise<string> {
  const report: ConformanceReport = await runConformance({ url, salt, players: ["p-1", "p-2"], currency: "EUR" });
  return toText(report);
}

export function firstVectorAccepted(): boolean {
  const v = loadTestVectors()[0]!;
  const verdict = verifyWalletRequest(v.body, v.headers, { salts: v.salts, nowMs: v.now * 1000 });
  return verdict.ok;
}

export const key: string = computeKey(1767225600, "x".repeat(MIN_SALT_LENGTH));
export const batch: number = SQLITE_MAX_BATCH;
export type Action = WalletRequest["action"];

export async function handlerFor(salt: string) {
  const store: WalletStore = await openSqliteWalletStore({ filename: ":memory:" });
  return createWalletHandler({ salts: [salt], store });
}
`;

export const TSCONFIG_JSON = `${JSON.stringify(
  {
    compilerOptions: { module: "nodenext", target: "es2022", strict: true, noEmit: true, types: ["node"] },
    files: ["wallet.ts", "consumer.ts"],
  },
  null,
  2,
)}\n`;
