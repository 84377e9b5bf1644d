// `npm run api-types -w @croupier/platform`: regenerates the backoffice's typed API client
// types from the platform's route schemas (after any change to a route's schema).
import { API_TYPES_FILE } from "@croupier/backoffice";
import { writeApiTypes } from "./api-types.ts";

const changed = await writeApiTypes();
process.stdout.write(`${API_TYPES_FILE}: ${changed ? "updated" : "up to date"}\n`);
