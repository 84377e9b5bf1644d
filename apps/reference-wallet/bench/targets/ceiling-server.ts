// The ceiling: a bare Fastify route that parses the JSON body and answers a constant wallet
// response. No signature check, no database — what Fastify and Node alone cost per callback.
import Fastify from "fastify";
import { announceReady, onStop } from "./child-ready.ts";

const app = Fastify({ logger: false });
const answer = { status: "ok", balance: 100_000 };
app.post("/wallet", async () => answer);
await app.listen({ port: 0, host: "127.0.0.1" });
onStop(() => app.close());
const address = app.server.address();
announceReady(typeof address === "object" && address !== null ? address.port : 0);
