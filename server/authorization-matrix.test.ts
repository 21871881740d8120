import { beforeAll, describe, expect, it } from "vitest";
import { type Role, roles } from "../contracts/access/roles.ts";
import { bearerFor } from "./testing/actors.ts";
import { createTestApp } from "./testing/app.ts";

/**
 * Every /api/v1 operation and who may call it. The list is compared with the OpenAPI document,
 * so a new operation without a decision here fails this test.
 */
const decisions: Record<string, "public" | Role[]> = {
  "GET /api/v1/organizations": "public",
  "GET /api/v1/organizations/{id}": "public",
  "GET /api/v1/organizations/facets": "public",
  "GET /api/v1/organizations/{id}/people": "public",
  "PATCH /api/v1/organizations/{id}": ["admin", "program-manager"],
  // The city only (organizations.policy.ts canReviewOrganizations).
  "POST /api/v1/organizations/{id}/verify": ["admin", "program-manager"],
  "GET /api/v1/organizations/revisions": ["admin", "program-manager"],
  "POST /api/v1/organizations/revisions/{revisionId}/approve": ["admin", "program-manager"],
  "POST /api/v1/organizations/revisions/{revisionId}/revert": ["admin", "program-manager"],
  "GET /api/v1/organizations/duplicates": ["admin", "program-manager"],
  "POST /api/v1/organizations/{id}/merge": ["admin", "program-manager"],
  // Members of the organization and the city (organizations.policy.ts canEditOrganization).
  "POST /api/v1/organizations/{id}/people": ["admin", "program-manager"],
  "PUT /api/v1/organizations/{id}/people/{personId}": ["admin", "program-manager"],
  "DELETE /api/v1/organizations/{id}/people/{personId}": ["admin", "program-manager"],
  "PUT /api/v1/organizations/{id}/logo": ["admin", "program-manager"],
  "DELETE /api/v1/organizations/{id}/logo": ["admin", "program-manager"],
  "GET /api/v1/opportunities": "public",
  "GET /api/v1/opportunities/{id}": "public",
  // Members of partners and offices post for their own organization (opportunities.service.test.ts).
  "POST /api/v1/opportunities": ["admin", "program-manager"],
  "PATCH /api/v1/opportunities/{id}": ["admin", "program-manager"],
  "DELETE /api/v1/opportunities/{id}": ["admin", "program-manager"],
  "GET /api/v1/zones": "public",
  "GET /api/v1/industries": "public",
  "GET /api/v1/tokens": ["admin"],
  "POST /api/v1/tokens": ["admin"],
  "DELETE /api/v1/tokens/{id}": ["admin"],
  "GET /api/v1/audit-events": ["admin"],
  // Imports rewrite records of every organization (interchange.policy.ts canImport).
  "POST /api/v1/imports": ["admin"],
  "GET /api/v1/imports": ["admin"],
  "GET /api/v1/imports/{id}": ["admin"],
  // Per organization: its members and the city (tokens carry no memberships). memberships.service.test.ts covers members.
  "GET /api/v1/organizations/{id}/members": ["admin"],
  "GET /api/v1/organizations/{id}/invitations": ["admin"],
  "POST /api/v1/organizations/{id}/invitations": ["admin"],
  "DELETE /api/v1/organizations/{id}/members/{userId}": ["admin"],
  // People only (a session, not an API token): memberships.service.test.ts covers signed-in users.
  "POST /api/v1/organizations/{id}/claims": [],
  // The city, or someone acting for an organization (matrix tokens have none); the service decides per
  // introduction who is a side or a broker (introductions.service.test.ts).
  "POST /api/v1/introductions": ["admin", "program-manager"],
  "GET /api/v1/introductions": ["admin", "program-manager"],
  "GET /api/v1/introductions/{id}": ["admin", "program-manager"],
  "POST /api/v1/introductions/{id}/accept": ["admin", "program-manager"],
  "POST /api/v1/introductions/{id}/decline": ["admin", "program-manager"],
  "POST /api/v1/introductions/{id}/meeting": ["admin", "program-manager"],
  "POST /api/v1/introductions/{id}/outcome": ["admin", "program-manager"],
  "POST /api/v1/introductions/{id}/withdraw": ["admin", "program-manager"],
  // Matches are private advice: the sides (members; matrix tokens have none) and the brokers, i.e. the city
  // and overseas-office staff (matching.service.test.ts covers members and owners).
  "GET /api/v1/opportunities/{id}/matches": ["admin", "program-manager", "office-staff"],
  "GET /api/v1/organizations/{id}/matches": ["admin", "program-manager", "office-staff"],
  "GET /api/v1/organizations/{id}/suggestions": ["admin", "program-manager", "office-staff"],
  // A verdict speaks for one side: its members, or the city.
  "PUT /api/v1/opportunities/{id}/matches/{organizationId}/feedback": ["admin", "program-manager"],
  "PUT /api/v1/organizations/{id}/matches/{opportunityId}/feedback": ["admin", "program-manager"],
  "PUT /api/v1/organizations/{id}/suggestions/{otherId}/feedback": ["admin", "program-manager"],
  // Intake, the queue and one case: the city, or someone acting for an organization (matrix tokens have none);
  // the service decides who may ask and which cases and files each side sees (intake.test.ts, queue.test.ts).
  "POST /api/v1/support-requests": ["admin", "program-manager"],
  "GET /api/v1/support-requests": ["admin", "program-manager"],
  "GET /api/v1/support-requests/{id}": ["admin", "program-manager"],
  "POST /api/v1/support-requests/{id}/attachments": ["admin", "program-manager"],
  "GET /api/v1/support-requests/{id}/attachments/{attachmentId}": ["admin", "program-manager"],
  // Referrals: the city, or someone acting for an organization (matrix tokens have none); the service lets only
  // the office's side of the case refer and report (referrals.test.ts).
  "POST /api/v1/support-requests/{id}/referrals": ["admin", "program-manager"],
  "PATCH /api/v1/support-requests/{id}/referrals/{referralId}": ["admin", "program-manager"],
  // The workflow and thread: the city, or someone acting for an organization (matrix tokens have none); the
  // service decides per case which side may do what (workflow.test.ts).
  "POST /api/v1/support-requests/{id}/transitions": ["admin", "program-manager"],
  "POST /api/v1/support-requests/{id}/messages": ["admin", "program-manager"],
  "PATCH /api/v1/support-requests/{id}": ["admin", "program-manager"],
  "POST /api/v1/support-requests/bulk": ["admin", "program-manager"],
  "PUT /api/v1/support-requests/{id}/rating": ["admin", "program-manager"],
  "GET /api/v1/support-requests/{id}/staff": ["admin", "program-manager"],
  // Offices: public reads (staff only for the city and the office's people); the city admin sets a desk up;
  // the city admin and the office organization's owners (sessions; offices.service.test.ts) change it.
  "GET /api/v1/offices": "public",
  "GET /api/v1/offices/{id}": "public",
  "POST /api/v1/offices": ["admin"],
  "PATCH /api/v1/offices/{id}": ["admin"],
  "PUT /api/v1/offices/{id}/staff/{userId}": ["admin"],
  // The office dashboard: the city, and the office's own staff (members; dashboard.test.ts).
  "GET /api/v1/offices/{id}/dashboard": ["admin", "program-manager"],
};

type Operation = { method: string; path: string; key: string };

describe("authorization matrix", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  let operations: Operation[];
  const headersOf = {} as Record<Role, { authorization: string }>;

  beforeAll(async () => {
    setup = await createTestApp();
    const document = (await setup.app.inject({ url: "/api/v1/openapi.json" })).json();
    operations = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, item]) =>
        Object.keys(item).map((method) => ({
          method: method.toUpperCase(),
          path,
          key: `${method.toUpperCase()} ${path}`,
        })),
    );
    for (const role of roles) headersOf[role] = await bearerFor(setup.app, role);
  });

  const call = (operation: Operation, headers: Record<string, string> = {}) =>
    setup.app.inject({
      method: operation.method as "GET",
      url: operation.path.replace(/\{[^}]+\}/g, "00000000-0000-7000-8000-000000000000"),
      headers,
      // Writes carry a body that is invalid on purpose: refusals must come before the body is looked at.
      ...(operation.method === "GET" || operation.method === "DELETE"
        ? {}
        : { payload: { unexpected: true } }),
    });

  it("has a decision for every operation of the OpenAPI document, and no stale ones", () => {
    expect(operations.map((o) => o.key).sort()).toEqual(Object.keys(decisions).sort());
  });

  it("refuses anonymous callers on every private operation with 401, before reading the body", async () => {
    for (const operation of operations) {
      const response = await call(operation);
      if (decisions[operation.key] === "public") {
        expect([200, 404], operation.key).toContain(response.statusCode);
      } else {
        expect(response.statusCode, operation.key).toBe(401);
        expect(response.json().error.code, operation.key).toBe("UNAUTHENTICATED");
      }
    }
  });

  it.each(roles)("gives the %s role exactly what the matrix allows", async (role) => {
    for (const operation of operations) {
      const decision = decisions[operation.key]!;
      const response = await call(operation, headersOf[role]);
      const allowed = decision === "public" || decision.includes(role);
      // 415: a route that takes raw bytes (the logo upload) refuses the JSON body, after the policy let it in.
      if (allowed)
        expect([200, 201, 204, 400, 404, 415], `${role} ${operation.key}`).toContain(response.statusCode);
      else expect(response.statusCode, `${role} ${operation.key}`).toBe(403);
    }
  });
});
