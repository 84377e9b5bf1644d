/** `@croupier/wallet-sdk/express`: Express middleware (needs `express`). */
export { expressWallet, type ExpressWalletOptions } from "./adapters/express.ts";
