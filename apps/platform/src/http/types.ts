import type { PasswordCheckGate } from "../auth/password-check-gate.ts";
import type { PrivateNetworkPolicy } from "../callbacks/address-policy.ts";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify";
import type { ServiceDeps } from "../deps.ts";
import type { RoundDeps } from "../round-engine/round-deps.ts";
import type { GamePlayDeps } from "../sessions/game-play-deps.ts";
import type { AppMetrics } from "./metrics.ts";

/** A Fastify instance whose routes infer request types from their TypeBox schemas. */
export type TypedFastify = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** Limits on abuse; tests lower them to reach them quickly. */
export interface AbuseLimits {
  /** Registrations per client IP per hour. */
  readonly registrationsPerHour: number;
  /**
   * Failed sign-ins per account (email) per window, backoffice and admin alike, each surface
   * counting its own. The window bounds how long an attacker can hold a real user out.
   */
  readonly loginFailures: { readonly max: number; readonly windowMs: number };
  /** Failed sign-ins per client IP per window, across accounts (looser: many users may share an IP). */
  readonly loginIpFailures: { readonly max: number; readonly windowMs: number };
  /**
   * Failed authentications per window per credential id (/v1) or gateway key id, per client IP
   * for requests naming none. A valid credential or signature is never refused by it.
   */
  readonly apiAuthFailures: { readonly max: number; readonly windowMs: number };
  /** Requests per minute to /v1 per credential (per client IP without one). */
  readonly apiRequestsPerMinute: number;
  /** Requests per minute to the public lobby pages per client IP. */
  readonly lobbyRequestsPerMinute: number;
  /** Test calls per operator per minute: each one makes the platform call the operator's URL. */
  readonly testCallsPerMinute: number;
}

export const DEFAULT_ABUSE_LIMITS: AbuseLimits = {
  registrationsPerHour: 10,
  loginFailures: { max: 10, windowMs: 15 * 60_000 },
  loginIpFailures: { max: 100, windowMs: 15 * 60_000 },
  apiAuthFailures: { max: 30, windowMs: 60_000 },
  // A ceiling for a runaway client, far above a busy casino's servers launching games and reading
  // history (1 000 a second per credential, counted over a minute).
  apiRequestsPerMinute: 60_000,
  // A lobby page per player visit; many players may share one IP (NAT, a casino's proxy).
  lobbyRequestsPerMinute: 6_000,
  // A person pressing "send a test call" (and the salt checks) needs a few a minute; more is a
  // script using the platform to probe a URL.
  testCallsPerMinute: 20,
};

/**
 * What every surface plugin and route file receives: the services' deps and the app's shared
 * pieces, the round engine among them. Built once in `buildApp`; each surface adds its own
 * authentication, limits and failure counters on top (src/surfaces/).
 */
export interface AppContext {
  readonly deps: ServiceDeps;
  readonly metrics: AppMetrics;
  readonly limits: AbuseLimits;
  /** Bounds the password hashing that sign-ins do, shared by every surface with a sign-in. */
  readonly passwordChecks: PasswordCheckGate;
  /** Which environments' callback URLs may point at private addresses (see PrivateNetworkPolicy). */
  readonly allowPrivateCallbackUrls: PrivateNetworkPolicy;
  /** See AppOptions.metricsToken. */
  readonly metricsToken: string | undefined;
  /** See AppOptions.egressAddresses. */
  readonly egressAddresses: readonly string[];
  /** External base URL for launch URLs; undefined: the scheme and host each request came in on. */
  readonly publicUrl: string | undefined;
  /** The process's round engine (outbox, callback client, wallet endpoints), composed once. */
  readonly engine: RoundDeps;
  /** What sessions, launch, the gateway and the built-in studio need: the deps with the engine, games and session settings. */
  readonly play: GamePlayDeps;
}

/**
 * A route file: adds its routes to the (already authenticated) scope it is given. Surfaces
 * keep a list of them, so a new domain's routes are one import and one list entry.
 */
export type RouteFile = (app: TypedFastify, ctx: AppContext) => void;
