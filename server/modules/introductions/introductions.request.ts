import type { IntroductionRequest } from "../../../contracts/introductions/introduction.ts";
import type { OrganizationKind } from "../../../contracts/organizations/organization.ts";
import type { Executor } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import { AppError, invalid } from "../../platform/errors.ts";
import { isUuid } from "../../platform/ids.ts";
import { koreanToday } from "../../platform/korean-date.ts";
import { isCity } from "./introductions.policy.ts";
import {
  findOpportunity,
  findOrganization,
  type OpportunityFacts,
  type OrganizationFacts,
  officeForCountry,
} from "./introductions.repository.ts";

const companyKinds: readonly OrganizationKind[] = ["startup", "sme", "manufacturer", "enterprise"];

const unknown = (field: string, message: string) =>
  new AppError("NOT_FOUND", { fields: [{ field, message }] });

/**
 * A local company (a local enterprise too, though its people act as partner members elsewhere, decision 016),
 * or an organization whose people act as company members.
 */
function actsAsCompany(actor: Actor, organization: OrganizationFacts): boolean {
  const capacity = actor.memberships?.find((m) => m.organizationId === organization.id)?.actsAs;
  return (
    capacity === "company-member" ||
    (organization.scope === "local" && companyKinds.includes(organization.kind))
  );
}

async function organization(ex: Executor, id: string, field: string): Promise<OrganizationFacts> {
  const found = isUuid(id) ? await findOrganization(ex, id) : undefined;
  if (!found) throw unknown(field, "is not an organization of the directory");
  return found;
}

export type ResolvedRequest = {
  company: OrganizationFacts;
  partner: OrganizationFacts;
  opportunity: OpportunityFacts | undefined;
  requestedFor: string;
  office: OrganizationFacts | undefined;
};

/**
 * Who is introduced to whom, from who asks. A company's member: the company is theirs, the partner is the
 * opportunity's owner or `partnerId`. A partner's or office's member: the partner is theirs, `companyId`
 * names a local organization, and an opportunity must be their own. The city, naming `companyId`, may ask
 * for anyone (on the company's behalf).
 */
export async function resolveRequest(
  ex: Executor,
  actor: Actor,
  input: Omit<IntroductionRequest, "message">,
): Promise<ResolvedRequest> {
  let opportunity: OpportunityFacts | undefined;
  if (input.opportunityId) {
    opportunity = isUuid(input.opportunityId) ? await findOpportunity(ex, input.opportunityId) : undefined;
    if (!opportunity) throw unknown("opportunityId", "is not an opportunity of the directory");
    if (
      opportunity.status === "closed" ||
      (opportunity.deadline !== null && opportunity.deadline < koreanToday())
    )
      throw new AppError("CONFLICT", { fields: [{ field: "opportunityId", message: "is closed" }] });
  }

  let company: OrganizationFacts;
  let partner: OrganizationFacts;
  let requestedFor: string;
  const partnerOf = async () => {
    if (opportunity && input.partnerId && input.partnerId !== opportunity.ownerId)
      throw invalid("partnerId", "is not the owner of the opportunity");
    const id = opportunity?.ownerId ?? input.partnerId;
    if (!id) throw invalid("partnerId", "is required");
    return organization(ex, id, "partnerId");
  };

  if (isCity(actor) && input.companyId) {
    company = await organization(ex, input.companyId, "companyId");
    partner = await partnerOf();
    requestedFor = company.id;
  } else {
    if (!actor.organizationId) {
      // The city names the company it asks for; anyone else asks for the organization they act for.
      if (isCity(actor)) throw invalid("companyId", "is required when you act for no organization");
      throw new AppError("FORBIDDEN", {
        fields: [{ field: "organizationId", message: "you must act for a company or partner organization" }],
      });
    }
    const acting = await organization(ex, actor.organizationId, "organizationId");
    if (actsAsCompany(actor, acting)) {
      if (input.companyId && input.companyId !== acting.id)
        throw invalid("companyId", "must be the organization you act for");
      company = acting;
      partner = await partnerOf();
    } else {
      if (input.partnerId && input.partnerId !== acting.id)
        throw invalid("partnerId", "must be the organization you act for");
      if (opportunity && opportunity.ownerId !== acting.id)
        throw invalid("opportunityId", "is not an opportunity of your organization");
      if (!input.companyId) throw invalid("companyId", "is required");
      partner = acting;
      company = await organization(ex, input.companyId, "companyId");
    }
    requestedFor = acting.id;
  }

  if (company.scope !== "local") throw invalid("companyId", "must be a local organization");
  if (company.id === partner.id) throw invalid("partnerId", "cannot be introduced to itself");
  const office = partner.country ? await officeForCountry(ex, partner.country) : undefined;
  return { company, partner, opportunity, requestedFor, office };
}
