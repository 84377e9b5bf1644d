import { commonProblems } from "../http/common-problems.ts";
import { problemFactory, type ProblemCatalogue } from "../http/problem.ts";

/**
 * The catalogue's refusals. Services return `{ ok: false, code, message }` with one of these;
 * the operator API, backoffice and admin catalogues should include them (`...catalogueProblems`)
 * so `GET /problems` lists them.
 */
export const catalogueProblems = {
  GAME_NOT_FOUND: {
    status: 404,
    title: "Game not found",
    doc: "No game has this id, or it is not available to you (disabled, or blocked in your jurisdictions).",
  },
  PROVIDER_NOT_FOUND: {
    status: 404,
    title: "Provider not found",
    doc: "No game provider has this id.",
  },
  IMPORT_NOT_FOUND: {
    status: 404,
    title: "Import not found",
    doc: "No catalogue import has this id.",
  },
  INVALID_FEED: {
    status: 400,
    title: "Feed cannot be read",
    doc: "The feed as a whole is unreadable (bad CSV, missing required columns, wrong JSON shape, too many rows); nothing was imported. Row-level faults do not cause this: they are refused in the report.",
  },
  JURISDICTION_NOT_LICENSED: {
    status: 400,
    title: "Jurisdiction not licensed",
    doc: "The `jurisdiction` filter names a jurisdiction that is not among your licence jurisdictions.",
  },
  INVALID_LOBBY_SETTINGS: {
    status: 400,
    title: "Invalid lobby settings",
    doc: "The launch URL must be an absolute http(s) URL without credentials; frame ancestors must be origins like https://casino.example.",
  },
} as const satisfies ProblemCatalogue;

export type CatalogueProblemCode = keyof typeof catalogueProblems;

/** Throws-able problems of the catalogue's routes, common codes included. */
export const catalogueProblem = problemFactory({ ...commonProblems, ...catalogueProblems });

/** A service's refusal, as a value. */
export interface CatalogueFailure<C extends CatalogueProblemCode = CatalogueProblemCode> {
  readonly ok: false;
  readonly code: C;
  readonly message: string;
}

export function fail<C extends CatalogueProblemCode>(code: C, message: string): CatalogueFailure<C> {
  return { ok: false, code, message };
}
