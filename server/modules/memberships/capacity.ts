import type { Role } from "../../../contracts/access/roles.ts";
import type { OrganizationKind } from "../../../contracts/organizations/organization.ts";

const companies: readonly OrganizationKind[] = ["startup", "sme", "manufacturer"];

/**
 * The role a member of an organization acts in, from the organization's kind: staff of an overseas
 * office (the LA office), members of a local company, or members of a partner organization.
 */
export function roleForKind(
  kind: OrganizationKind,
): Extract<Role, "office-staff" | "company-member" | "partner-member"> {
  if (kind === "overseas-office") return "office-staff";
  return companies.includes(kind) ? "company-member" : "partner-member";
}
