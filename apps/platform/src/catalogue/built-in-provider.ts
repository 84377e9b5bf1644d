/** The in-house studio: games built by `@croupier/games`, run by the platform itself. */
export const BUILT_IN_PROVIDER = { id: "croupier-studio", name: "Croupier Studio" } as const;
