import { describe, expect, it } from "vitest";
import type { AppContext } from "#app-context";
import type { OrganizationView } from "../../../contracts/organizations/organization.ts";
import type { Services } from "../../../server/services.ts";
import { loadHome } from "../home/home.server.ts";
import { loadProfile } from "../organizations/profile.server.ts";
import { loadOpportunities } from "./list.server.ts";

const organization = {
  id: "0190f5c2-0000-7000-8000-000000000001",
  externalId: "meta",
  kind: "big-tech",
  scope: "global",
  name: { en: "Meta" },
  industries: [],
  tags: [],
  targetMarkets: [],
  machineTranslated: [],
  updatedAt: "2026-05-01T00:00:00.000Z",
} as unknown as OrganizationView;

/** Services that answer with nothing and keep the filters the pages ask the opportunity list for. */
function recording() {
  const filters: unknown[] = [];
  const services = {
    opportunities: {
      list: async (filter: unknown) => {
        filters.push(filter);
        return { items: [], total: 0 };
      },
      markets: async () => [],
      canPost: () => false,
    },
    organizations: {
      get: async () => organization,
      canEdit: () => false,
      byExternalIds: async () => [],
      countByScope: async () => ({}),
    },
    people: { list: async () => [] },
    zones: { all: async () => [], list: async () => [] },
    industries: { list: async () => [] },
  } as unknown as Services;
  const args = (path: string, params: Record<string, string> = {}) => ({
    context: { get: () => ({ services, actor: undefined, publicUrl: "http://localhost" }) as AppContext },
    request: new Request(`http://localhost${path}`),
    params,
  });
  return { filters, services, args };
}

// The API lists every opportunity unless asked (contract §4); the public pages ask for open, current ones.
describe("the public pages' opportunities", () => {
  it("the list asks for open ones by default without writing it in the URL, and for the rest when chosen", async () => {
    const { filters, args } = recording();
    const list = await loadOpportunities(args("/en/opportunities"));
    expect(list.query).toEqual({});
    await loadOpportunities(args("/en/opportunities?status=all&kind=pilot"));
    expect(filters).toEqual([{ status: "open" }, { status: "all", kind: "pilot" }]);
    const redirected = await loadOpportunities(args("/en/opportunities?status=open")).catch((r) => r);
    expect((redirected as Response).headers.get("location")).toBe("/en/opportunities");
  });

  it("the home page and an organization's profile ask for open ones only", async () => {
    const { filters, services, args } = recording();
    await loadHome(services);
    await loadProfile(args(`/organizations/${organization.id}`, { id: organization.id }));
    expect(filters).toEqual([{ status: "open" }, { owner: "meta", status: "open" }]);
  });
});
