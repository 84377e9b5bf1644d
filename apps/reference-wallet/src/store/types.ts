// The SDK's store contracts, in one place for the app's imports.
export type { LedgerEntry, ManagedWalletStore, Player, PlayerAdmin, WalletStore } from "@croupier/wallet-sdk";
