import type { ProblemCatalogue } from "../http/problem.ts";

/** The studios domain's refusals, as the admin API answers them (its catalogue includes them). */
export const studioProblems = {
  STUDIO_NOT_FOUND: {
    status: 404,
    title: "Studio not found",
    doc: "No game studio has this id.",
  },
  STUDIO_EXISTS: {
    status: 409,
    title: "Studio exists",
    doc: "A game studio with this id is registered already; change it with PATCH.",
  },
  STUDIO_ID_RESERVED: {
    status: 409,
    title: "Studio id reserved",
    doc: "The id names the built-in studio, which the platform runs itself and needs no registration.",
  },
  INVALID_LAUNCH_URL_TEMPLATE: {
    status: 400,
    title: "Invalid launch URL template",
    doc: "The template must be an absolute http(s) URL containing `{token}`, using only the documented placeholders.",
  },
  STUDIO_KEY_NOT_FOUND: {
    status: 404,
    title: "Studio key not found",
    doc: "No gateway key with this id belongs to this studio.",
  },
  STUDIO_KEY_LIMIT_REACHED: {
    status: 409,
    title: "Too many studio keys",
    doc: "A studio holds at most 10 unrevoked gateway keys; revoke unused ones first.",
  },
} as const satisfies ProblemCatalogue;

export type StudioProblemCode = keyof typeof studioProblems;

export interface StudioFailure<C extends StudioProblemCode = StudioProblemCode> {
  readonly ok: false;
  readonly code: C;
  readonly message: string;
}

export function studioFail<C extends StudioProblemCode>(code: C, message: string): StudioFailure<C> {
  return { ok: false, code, message };
}
