import type { Environment } from "../callbacks/wallet-endpoint.ts";

export const OPERATOR_STATUSES = ["pending", "sandbox", "live", "suspended", "rejected"] as const;

/**
 * - `pending`: registered, waiting for review; nothing is provisioned.
 * - `sandbox`: approved; may integrate and play in the sandbox environment.
 * - `live`: may play with real money in the live environment too.
 * - `suspended`: no new game launches anywhere; open rounds still settle; can be reinstated.
 * - `rejected`: registration refused (final).
 */
export type OperatorStatus = (typeof OPERATOR_STATUSES)[number];

/** The admin actions that change an operator's status. */
export type StatusAction = "approve" | "reject" | "go_live" | "suspend" | "reinstate";

/** Which statuses each action may start from; anything else is refused with INVALID_STATUS_TRANSITION. */
export const TRANSITIONS: Readonly<Record<StatusAction, readonly OperatorStatus[]>> = {
  approve: ["pending"],
  reject: ["pending"],
  go_live: ["sandbox"],
  suspend: ["sandbox", "live"],
  reinstate: ["suspended"],
};

export function canTransition(action: StatusAction, from: OperatorStatus): boolean {
  return TRANSITIONS[action].includes(from);
}

/** Approved at some point and not rejected: the operator has credentials, salts and settings. */
export function isProvisioned(status: OperatorStatus): boolean {
  return status === "sandbox" || status === "live" || status === "suspended";
}

/**
 * Whether new game sessions may start for this operator in this environment. Suspension
 * blocks launches everywhere but not settlement of rounds already open; sandbox-only
 * operators cannot launch in live.
 *
 * @example
 * canLaunchGames({ status: "sandbox" }, "sandbox"); // true
 * canLaunchGames({ status: "sandbox" }, "live");    // false
 * canLaunchGames({ status: "suspended" }, "sandbox"); // false
 */
export function canLaunchGames(
  operator: { readonly status: OperatorStatus },
  environment: Environment,
): boolean {
  if (operator.status === "live") return true;
  return operator.status === "sandbox" && environment === "sandbox";
}

/**
 * Whether the operator may use the live environment's credentials at all: live now, or live
 * before a suspension.
 */
export function hasLiveAccess(operator: {
  readonly status: OperatorStatus;
  readonly statusBeforeSuspension: "sandbox" | "live" | null;
}): boolean {
  return (
    operator.status === "live" ||
    (operator.status === "suspended" && operator.statusBeforeSuspension === "live")
  );
}
