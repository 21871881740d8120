import type { Role } from "../../contracts/access/roles.ts";

/** Who is behind a request or a command: a signed-in user, an API token, or the operator at the CLI. */
export type Actor = {
  kind: "user" | "token" | "system";
  id: string;
  /** A human-readable name for the audit log ("token ci-import", "cli root"). */
  label: string;
  /** The platform role; a signed-in user without one may still act for organizations they belong to. */
  role: Role | undefined;
  /** The organization the actor is acting for, when the role is tied to one. */
  organizationId?: string | undefined;
  /** For users: whether they proved they own their e-mail address (the verification link). */
  emailVerified?: boolean | undefined;
  /** A token made with only the `read` scope: it may not change anything. */
  readOnly?: boolean | undefined;
  /** The organizations a signed-in user represents (owner or member), for per-organization policies. */
  memberships?: { organizationId: string; role: "owner" | "member"; actsAs?: Role | undefined }[] | undefined;
};

/** The operator running `gateway` on the server's machine has the city admin's reach. */
export function systemActor(label: string): Actor {
  return { kind: "system", id: "cli", label, role: "admin" };
}

/** The actor plus where the request came from, as the audit log records it. */
export type Caller = { actor: Actor; ip?: string | undefined; userAgent?: string | undefined };
