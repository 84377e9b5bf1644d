/** `@croupier/wallet-sdk/fastify`: a Fastify plugin (needs `fastify`). */
export { fastifyWallet, type FastifyWalletOptions } from "./adapters/fastify.ts";
