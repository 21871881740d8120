import { beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../testing/app.ts";
import { organizationRecord, store } from "../../testing/factories.ts";
import { idOf, members } from "../../testing/members.ts";
import { offices } from "../offices/offices.table.ts";
import { supportRequests } from "./support-requests.table.ts";

const open = { start: "09:00", end: "18:00" };
const target = { firstResponseMinutes: 240, resolutionMinutes: 2400 };

describe("support request workflow API", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  let officeId: string;
  let foods: string;
  let staff: { cookie: string; id: string };
  let company: { cookie: string; id: string };

  async function newCase(status: "new" | "in-progress" = "in-progress"): Promise<string> {
    const [row] = await setup.database.db
      .insert(supportRequests)
      .values({
        companyId: foods,
        officeId,
        requestedBy: company.id,
        assigneeId: staff.id,
        service: "certification",
        targetMarket: "US",
        subject: "FDA registration",
        description: "Help with the FDA food facility registration.",
        preferredLanguage: "en",
        status,
      })
      .returning();
    return row!.id;
  }

  const call = (
    method: "GET" | "POST" | "PATCH" | "PUT",
    url: string,
    who: { cookie: string },
    payload?: object,
    language = "en",
  ) =>
    setup.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { cookie: who.cookie, "accept-language": language },
      ...(payload ? { payload } : {}),
    });

  beforeAll(async () => {
    setup = await createTestApp();
    await store(setup.services, [
      organizationRecord({
        externalId: "la-office",
        kind: "overseas-office",
        scope: "global",
        country: "US",
      }),
      organizationRecord({ externalId: "foods", kind: "sme", country: "KR" }),
    ]);
    const laOrg = await idOf(setup, "la-office");
    foods = await idOf(setup, "foods");
    const [office] = await setup.database.db
      .insert(offices)
      .values({
        organizationId: laOrg,
        name: { ko: "대구시 LA 사무소", en: "Daegu City LA Office" },
        countries: ["US"],
        timeZone: "America/Los_Angeles",
        hours: [null, open, open, open, open, open, null],
        services: ["certification"],
        slaTargets: { low: target, normal: target, high: target, urgent: target },
      })
      .returning();
    officeId = office!.id;
    const people = members(setup);
    const lee = await people.memberOf("lee@la-office.example", laOrg);
    const kim = await people.memberOf("kim@foods.example", foods);
    staff = { cookie: lee.cookie, id: lee.actor.id };
    company = { cookie: kim.cookie, id: kim.actor.id };
  });

  it("moves, replies, notes, re-prioritizes, rates and lists staff over HTTP", async () => {
    const id = await newCase("new");
    const triaged = await call("POST", `/support-requests/${id}/transitions`, staff, { to: "triaged" });
    expect(triaged.statusCode).toBe(200);
    expect(triaged.json()).toMatchObject({ id, status: "triaged" });

    const note = await call("POST", `/support-requests/${id}/messages`, staff, {
      body: "Check the label first.",
      visibility: "internal",
      mentions: [],
    });
    expect(note.statusCode).toBe(201);
    expect(note.json().messages).toMatchObject([{ visibility: "internal", body: "Check the label first." }]);
    // The body's default is a public reply.
    const reply = await call("POST", `/support-requests/${id}/messages`, company, { body: "Thanks!" });
    expect(reply.statusCode).toBe(201);
    expect(reply.json().messages).toMatchObject([{ visibility: "public", side: "company", body: "Thanks!" }]);

    const patched = await call("PATCH", `/support-requests/${id}`, staff, { priority: "urgent" });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().priority).toBe("urgent");

    const staffList = await call("GET", `/support-requests/${id}/staff`, staff);
    expect(staffList.json()).toEqual({ items: [{ id: staff.id, name: "lee" }] });
    expect((await call("GET", `/support-requests/${id}/staff`, company)).statusCode).toBe(403);

    await call("POST", `/support-requests/${id}/transitions`, staff, { to: "resolved" });
    const rated = await call("PUT", `/support-requests/${id}/rating`, company, {
      score: 5,
      comment: "Great",
    });
    expect(rated.statusCode).toBe(200);
    expect(rated.json().rating).toMatchObject({ score: 5, comment: "Great" });
  });

  it("takes a note with files and mentions as a multipart form; the company never gets it", async () => {
    const id = await newCase();
    const form = new FormData();
    form.append("body", "Checklist for the FDA portal.");
    form.append("visibility", "internal");
    form.append("mentions", `${staff.id}, ${staff.id}`);
    form.append("attachments", new Blob([new TextEncoder().encode("1. DUNS number")]), "checklist.txt");
    const posted = await call("POST", `/support-requests/${id}/messages`, staff, form as unknown as object);
    expect(posted.statusCode).toBe(201);
    expect(posted.json().messages).toMatchObject([
      {
        visibility: "internal",
        body: "Checklist for the FDA portal.",
        mentions: [{ id: staff.id, name: "lee" }],
        attachments: [{ name: "checklist.txt", kind: "txt" }],
      },
    ]);
    const seen = await call("GET", `/support-requests/${id}`, company);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().messages).toEqual([]);
    const fileUrl = posted.json().messages[0].attachments[0].url as string;
    expect((await call("GET", fileUrl.replace("/api/v1", ""), company)).statusCode).toBe(404);
    expect((await call("GET", fileUrl.replace("/api/v1", ""), staff)).body).toBe("1. DUNS number");

    const wrongType = new FormData();
    wrongType.append("body", "Our binary.");
    wrongType.append(
      "attachments",
      new Blob([new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2])]),
      "tool.pdf",
    );
    const refused = await call(
      "POST",
      `/support-requests/${id}/messages`,
      company,
      wrongType as unknown as object,
    );
    expect(refused.statusCode).toBe(415);
    expect(refused.json().error.fields).toMatchObject([{ field: "attachments" }]);
  });

  it("answers a move not possible now with 409 naming the status, in the reader's language", async () => {
    const id = await newCase("new");
    const en = await call("POST", `/support-requests/${id}/transitions`, staff, { to: "resolved" });
    expect(en.statusCode).toBe(409);
    expect(en.json().error).toEqual({
      code: "INVALID_TRANSITION",
      message: "This step is not possible in the current state. to: is not possible while the request is new",
      fields: [{ field: "to", message: "is not possible while the request is new" }],
    });
    const ko = await call("POST", `/support-requests/${id}/transitions`, staff, { to: "resolved" }, "ko");
    expect(ko.json().error.fields).toEqual([
      { field: "to", message: "요청이 '접수' 상태일 때는 할 수 없습니다" },
    ]);
    // The company may never triage: 403.
    const forbidden = await call("POST", `/support-requests/${id}/transitions`, company, { to: "triaged" });
    expect(forbidden.statusCode).toBe(403);
    // Missing fields are named.
    const missing = await call("POST", `/support-requests/${id}/transitions`, staff, {}, "ko");
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toMatchObject([{ field: "to" }]);
    const waiting = await call("POST", `/support-requests/${id}/transitions`, staff, { to: "triaged" });
    expect(waiting.statusCode).toBe(200);
    const noMessage = await call(
      "POST",
      `/support-requests/${id}/transitions`,
      staff,
      { to: "waiting-on-company" },
      "ko",
    );
    expect(noMessage.statusCode).toBe(400);
    expect(noMessage.json().error.fields).toEqual([
      { field: "message", message: "기업에 답변을 요청할 때는 메시지가 필요합니다" },
    ]);
  });

  it("runs bulk actions and reports what it skipped", async () => {
    const a = await newCase();
    const b = await newCase("new");
    const response = await call("POST", "/support-requests/bulk", staff, { ids: [a, b], status: "resolved" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      updated: [a],
      skipped: [
        {
          id: b,
          code: "INVALID_TRANSITION",
          message:
            "This step is not possible in the current state. status: is not possible while the request is new",
        },
      ],
    });
    const nothing = await call("POST", "/support-requests/bulk", staff, { ids: [a] });
    expect(nothing.statusCode).toBe(400);
    expect(nothing.json().error.fields).toEqual([
      { field: "ids", message: "choose what to change: assignee, priority or status" },
    ]);
    expect(
      (await call("POST", "/support-requests/bulk", company, { ids: [a], status: "closed" })).statusCode,
    ).toBe(403);
  });
});
