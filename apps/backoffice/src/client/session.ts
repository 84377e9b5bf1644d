import type { Realm } from "./api/client.ts";

/** Who is signed in: the surface and the email (the token itself stays in api/client.ts). */
export interface Session {
  readonly realm: Realm;
  readonly email: string;
}
