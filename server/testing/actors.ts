import type { Role } from "../../contracts/access/roles.ts";
import type { App } from "../app.ts";
import { testAdmin } from "./factories.ts";

/** Issues a real API token with `role` and returns the headers that authenticate as it. */
export async function bearerFor(
  app: App,
  role: Role,
  name = `${role}-${Math.random().toString(36).slice(2, 8)}`,
) {
  const { token } = await app.services.tokens.create(testAdmin, { name, role });
  return { authorization: `Bearer ${token}` };
}
