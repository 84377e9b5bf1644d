/** `@croupier/wallet-sdk/node-http`: a `node:http` request listener. */
export { nodeHttpWalletListener, type NodeHttpWalletOptions } from "./adapters/node-http.ts";
export { nodeHttpClassicWalletListener } from "./adapters/classic.ts";
