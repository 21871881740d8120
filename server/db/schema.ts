// Every table of every module, for Drizzle's typed queries and for drizzle-kit's migration generator.

export { accounts, appSecrets, sessions, users, verifications } from "../modules/accounts/accounts.table.ts";
export { auditEvents } from "../modules/audit/audit.table.ts";
export { industries } from "../modules/industries/industries.table.ts";
export { interchangeImports } from "../modules/interchange/imports.table.ts";
export { introductionEvents, introductions } from "../modules/introductions/introductions.table.ts";
export { matchFeedback, matchWeights } from "../modules/matching/matching.table.ts";
export {
  organizationClaims,
  organizationInvitations,
  organizationMembers,
} from "../modules/memberships/memberships.table.ts";
export { officeStaff, offices } from "../modules/offices/offices.table.ts";
export { opportunities } from "../modules/opportunities/opportunities.table.ts";
export { organizations } from "../modules/organizations/organizations.table.ts";
export { organizationMerges, organizationRevisions } from "../modules/organizations/revisions.table.ts";
export { people } from "../modules/people/people.table.ts";
export {
  slaBreaches,
  supportAttachments,
  supportEvents,
  supportMessages,
  supportReferrals,
  supportRequests,
} from "../modules/support-requests/support-requests.table.ts";
export { apiTokens } from "../modules/tokens/tokens.table.ts";
export { zones } from "../modules/zones/zones.table.ts";
export { mailOutbox } from "../platform/mail/mail.table.ts";
