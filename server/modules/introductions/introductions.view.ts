import type { IntroductionView } from "../../../contracts/introductions/introduction.ts";
import type { EventRow, JoinedIntroduction } from "./introductions.repository.ts";

const organizationRef = (org: {
  id: string;
  externalId: string;
  name: IntroductionView["company"]["name"];
}) => ({
  id: org.id,
  externalId: org.externalId,
  name: org.name,
});

/** What the API shows of an introduction: both sides, the office, the opportunity, every step. */
export function toView(row: JoinedIntroduction, events: EventRow[] = []): IntroductionView {
  const intro = row.introduction;
  return {
    id: intro.id,
    status: intro.status,
    opportunity: row.opportunity?.id
      ? { id: row.opportunity.id, externalId: row.opportunity.externalId, title: row.opportunity.title }
      : null,
    company: organizationRef(row.company),
    partner: organizationRef(row.partner),
    requestedFor: intro.requestedFor,
    office: row.office?.id ? organizationRef(row.office) : null,
    message: intro.message,
    brokerMessage: intro.brokerMessage,
    meetingOn: intro.meetingOn,
    outcome: intro.outcome,
    outcomeAmount: intro.outcomeAmount,
    outcomeCurrency: intro.outcomeCurrency,
    outcomeNote: intro.outcomeNote,
    createdAt: intro.createdAt.toISOString(),
    updatedAt: intro.updatedAt.toISOString(),
    events: events.map((event) => ({
      status: event.status,
      actor: event.actorLabel,
      message: event.message,
      createdAt: event.createdAt.toISOString(),
    })),
  };
}
