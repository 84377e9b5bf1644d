import { DEFAULT_MAX_BODY_BYTES, errorResponse } from "@croupier/protocol";
import type { FastifyError, FastifyPluginAsync } from "fastify";
import type { WalletHandler } from "../handler/handler-types.ts";

/**
 * Options of {@link fastifyWallet}.
 *
 * @example
 * const options: FastifyWalletOptions = { handler, path: "/wallet" };
 */
export interface FastifyWalletOptions {
  readonly handler: WalletHandler;
  /** Route path of the callback. Default "/wallet". */
  readonly path?: string;
  /** Bodies above this are answered INVALID_REQUEST. Default 65 536; match the handler's. */
  readonly maxBodyBytes?: number;
}

/**
 * A Fastify plugin serving the wallet callback at `POST path`. It is encapsulated (not
 * wrapped in fastify-plugin) on purpose: its catch-all content-type parser hands the handler
 * the raw body bytes — which the body signature covers — without changing how the rest of
 * the app parses JSON. Fastify's own refusals (body too large, bad content type or length)
 * become HTTP 200 INVALID_REQUEST, as the protocol requires.
 *
 * @example
 * import Fastify from "fastify";
 * import { fastifyWallet } from "@croupier/wallet-sdk/fastify";
 *
 * const app = Fastify();
 * await app.register(fastifyWallet, { handler, path: "/wallet" });
 * await app.listen({ port: 8080 });
 */
export const fastifyWallet: FastifyPluginAsync<FastifyWalletOptions> = async (instance, options) => {
  const handler = options.handler;
  const bodyLimit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  instance.removeAllContentTypeParsers();
  instance.addContentTypeParser("*", { parseAs: "buffer", bodyLimit }, (_request, body, done) => {
    done(null, body);
  });
  instance.setErrorHandler((error: FastifyError, _request, reply) => {
    const isClientError =
      typeof error.statusCode === "number" && error.statusCode >= 400 && error.statusCode < 500;
    const response = isClientError
      ? errorResponse("INVALID_REQUEST", clientErrorMessage(error, bodyLimit))
      : errorResponse("INTERNAL_ERROR", "internal error");
    return reply.code(200).type("application/json").send(JSON.stringify(response));
  });

  instance.post(options.path ?? "/wallet", { bodyLimit }, async (request, reply) => {
    const raw = request.body;
    const body = raw instanceof Uint8Array ? raw : typeof raw === "string" ? raw : "";
    const answer = await handler({ body, headers: request.headers });
    return reply.code(200).type("application/json").send(answer.body);
  });
};

function clientErrorMessage(error: FastifyError, bodyLimit: number): string {
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return `body larger than ${bodyLimit} bytes`;
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return "content-type is malformed";
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return "content-length does not match the body";
    default:
      return "malformed HTTP request";
  }
}
