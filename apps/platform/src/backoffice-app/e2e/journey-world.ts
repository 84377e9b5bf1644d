// The world of the backoffice journey: the platform app on loopback (both web apps built), the
// built-in studio's titles in the catalogue, a real Chromium, and — once the operator has read
// its salt in the UI — the reference wallet with that salt, as an operator would install it.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureBackofficeBuilt } from "@croupier/backoffice/build";
import { ensureGameClientBuilt } from "@croupier/game-client/build";
import {
  buildWalletApp,
  createActiveSalts,
  openStore,
  type ReferenceWalletStore,
} from "@croupier/reference-wallet";
import type { FastifyInstance } from "fastify";
import { chromium, type Browser, type Page } from "playwright-core";
import { importFeed } from "../../catalogue/import/import-feed.ts";
import { BUILT_IN_PROVIDER } from "../../catalogue/seed.ts";
import { startHarness, type Harness } from "../../test/platform-harness.ts";
import { TITLES } from "../../builtin-studio/test/studio-fixture.ts";
import { feedFigures } from "../../sessions/test/game-play-fixture.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const REPO_ROOT = new URL("../../../../../", import.meta.url).pathname;
/** Screenshots of every step: CI keeps this folder as an artifact (git-ignored). */
export const SHOTS = process.env.UI_JOURNEY_DIR ?? join(REPO_ROOT, "artifacts", "ui-journey");
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface JourneyWorld {
  readonly h: Harness;
  readonly browser: Browser;
  /** Starts the reference wallet accepting `salt`; returns its callback URL. */
  startWallet(salt: string): Promise<string>;
  readonly wallet: () => ReferenceWalletStore;
  newPage(width?: number): Promise<Page>;
  close(): Promise<void>;
}

export async function startJourneyWorld(): Promise<JourneyWorld> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM} (set CHROMIUM_PATH).`);
  mkdirSync(SHOTS, { recursive: true });
  await Promise.all([ensureGameClientBuilt(), ensureBackofficeBuilt()]);
  const h = await startHarness("sqlite");
  const imported = await importFeed(h.platform.deps, {
    format: "json",
    body: {
      providers: [BUILT_IN_PROVIDER],
      games: Object.values(TITLES).map((id) => ({
        id,
        name: id,
        provider: BUILT_IN_PROVIDER.id,
        type: "slot",
        // A built-in title's figures are its engine's; the import refuses others.
        ...feedFigures(id),
        betLimits: { EUR: { minMinor: 10, maxMinor: 100_000 } },
        releaseDate: "2024-01-01",
        demoAvailable: true,
      })),
    },
    dryRun: false,
    actor: { kind: "system", id: "test" },
  });
  if (!imported.ok) throw new Error(imported.message);
  const browser = await chromium.launch({
    headless: true,
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
  });
  let wallet: FastifyInstance | undefined;
  let store: ReferenceWalletStore | undefined;
  const dir = await mkdtemp(join(tmpdir(), "ui-journey-wallet-"));
  return {
    h,
    browser,
    wallet: () => store!,
    async startWallet(salt) {
      store = await openStore({ kind: "sqlite", dataDir: dir, filename: join(dir, "wallet.sqlite") });
      wallet = buildWalletApp({
        store,
        salts: createActiveSalts([salt]),
        adminToken: "ui-journey-admin-token-0123456789",
        requireBodySignature: true,
      });
      await wallet.listen({ port: 0, host: "127.0.0.1" });
      const address = wallet.server.address();
      return `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}/wallet`;
    },
    async newPage(width = 1280) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
      return context.newPage();
    },
    async close() {
      await browser.close();
      await wallet?.close();
      await store?.close();
      await h.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Serious or critical axe-core violations on the page as it is now (rule, impact, the nodes and why). */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<unknown> } }).axe;
    return axe.run(document);
  });
  const violations = (
    results as {
      violations: {
        id: string;
        impact: string | null;
        nodes: { target: unknown; failureSummary?: string }[];
      }[];
    }
  ).violations;
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ""}`).join(", ")}`,
    );
}

/** Whether anything sticks out sideways (the page scrolls horizontally). */
export async function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}
