import { studioProblems as gameApiProblems } from "../builtin-studio/problems.ts";
import { commonProblems } from "../http/common-problems.ts";
import type { ProblemCatalogue } from "../http/problem.ts";
import { gatewayProblems } from "../provider-gateway/problems.ts";
import { adminProblems } from "./admin/problems.ts";
import { backofficeProblems } from "./backoffice/problems.ts";
import { operatorApiProblems } from "./operator-api/problems.ts";
import type { SurfaceName } from "./surface.ts";

/**
 * One problem catalogue per surface: every code a route of the surface can answer. `GET /problems`
 * lists them; each surface's plugin documents where its catalogue comes from.
 */
export const surfaceCatalogues: Readonly<Record<SurfaceName, ProblemCatalogue>> = {
  operatorApi: operatorApiProblems,
  backoffice: backofficeProblems,
  admin: adminProblems,
  gateway: gatewayProblems,
  gameApi: gameApiProblems,
  // Health, metrics, the lobby: only what the HTTP layer itself answers.
  public: commonProblems,
};
