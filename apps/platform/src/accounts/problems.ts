import type { ProblemCatalogue } from "../http/problem.ts";

/** Refusals of team and invitation routes (part of the backoffice catalogue). */
export const accountProblems = {
  FORBIDDEN: {
    status: 403,
    title: "Not allowed for your role",
    doc: "Your role in your operator's team (owner, developer, finance, viewer) does not allow this action.",
  },
  MEMBER_NOT_FOUND: {
    status: 404,
    title: "Member not found",
    doc: "No member with this id in your team.",
  },
  LAST_OWNER: {
    status: 409,
    title: "The team needs an owner",
    doc: "The last owner cannot be removed or given another role; make someone else owner first.",
  },
  INVITE_NOT_FOUND: {
    status: 404,
    title: "Invitation not found",
    doc: "The invitation link is unknown, already used, revoked or expired; ask for a new one.",
  },
} as const satisfies ProblemCatalogue;

/**
 * Refusals of the account security routes (password, reset links, second factor), the same in
 * the backoffice and admin catalogues.
 */
export const accountSecurityProblems = {
  RESET_LINK_NOT_FOUND: {
    status: 404,
    title: "Reset link not valid",
    doc: "The password reset link is unknown, already used or expired; ask for a new one.",
  },
  SECOND_FACTOR_REQUIRED: {
    status: 401,
    title: "Second factor required",
    doc: "This account has a TOTP second factor: send the 6-digit `totpCode` (or a recovery code) with the password.",
  },
  INVALID_SECOND_FACTOR: {
    status: 401,
    title: "Wrong second-factor code",
    doc: "The TOTP code or recovery code is not valid (codes change every 30 seconds and work once).",
  },
  SECOND_FACTOR_STATE: {
    status: 409,
    title: "Second factor in another state",
    doc: "Set up before enabling; an enabled second factor must be disabled (with a code) before a new setup.",
  },
  SECOND_FACTOR_ENROLLMENT_REQUIRED: {
    status: 403,
    title: "Set up a second factor first",
    doc: "An admin requires a TOTP second factor for this account: set one up (`/account/totp/setup`, then `/account/totp/enable`) before anything else.",
  },
} as const satisfies ProblemCatalogue;
