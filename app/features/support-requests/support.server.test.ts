import { RouterContextProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { type AppContext, appContext } from "#app-context";
import type { SlaClockView } from "../../../contracts/support-requests/support-request.ts";
import { caseAction } from "./case.server.ts";
import { clockData, duration, mainClock, toneOf } from "./format.ts";
import { createRequest } from "./new.server.ts";
import { queueAction } from "./queue.server.ts";
import { fieldErrorsOf, filesFrom } from "./support.server.ts";

const caseId = "01a2109b-3f12-7800-8254-dfd0648658f2";
const companyId = "01a2109b-3f12-7800-8254-dfd0648658f3";

type Call = { method: string; args: unknown[] };
const ko = { locale: "ko" };

/** The page's context with a support desk that records its calls (and refuses when told to). */
function contextWith(refusal?: unknown) {
  const calls: Call[] = [];
  const desk = new Proxy(
    {},
    {
      get:
        (_target, method: string) =>
        async (...args: unknown[]) => {
          calls.push({ method, args });
          if (refusal) throw refusal;
          if (method === "bulk") return { updated: [caseId], skipped: [] };
          return { id: caseId };
        },
    },
  );
  const context = new RouterContextProvider();
  context.set(appContext, {
    services: { supportRequests: desk } as unknown as AppContext["services"],
    preferredLocale: "ko",
    cspNonce: { script: "", style: "" },
    requestId: "test",
    actor: { kind: "user", id: "u1", label: "kim@example.com", role: undefined },
    clientIp: "127.0.0.1",
    publicUrl: "http://localhost",
  });
  return { context, calls };
}

function post(path: string, fields: [string, string | File][]) {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  return new Request(`http://localhost${path}`, { method: "POST", body: form });
}

/** What a loader or action returned or threw: a redirect's location, or `data()`'s payload and status. */
async function outcome(work: Promise<unknown>) {
  const result = await work.catch((error: unknown) => error);
  if (result instanceof Response) return { status: result.status, location: result.headers.get("location") };
  const { data, init } = result as { data: unknown; init?: { status?: number } };
  return { status: init?.status ?? 200, data };
}

const file = (name: string, text: string) => new File([text], name, { type: "text/plain" });

describe("the new-request form", () => {
  it("sends the request with its files and opens the new case", async () => {
    const { context, calls } = contextWith();
    const request = post("/en/support/new", [
      ["companyId", companyId],
      ["service", "certification"],
      ["targetMarket", " us "],
      ["subject", "FDA food facility registration"],
      ["description", "We export gochujang to LA."],
      ["preferredLanguage", "en"],
      ["attachments", file("C:\\docs\\label.pdf", "%PDF-1.4")],
      ["attachments", new File([], "")],
    ]);
    const result = await outcome(createRequest({ context, request }));
    expect(result).toEqual({ status: 302, location: `/en/support/${caseId}?done=created` });
    expect(calls).toHaveLength(1);
    const [caller, input, files, options] = calls[0]!.args as [
      { actor: { id: string } },
      unknown,
      { name: string; bytes: Uint8Array }[],
      unknown,
    ];
    expect(caller.actor.id).toBe("u1");
    expect(input).toEqual({
      companyId,
      service: "certification",
      targetMarket: "US",
      subject: "FDA food facility registration",
      description: "We export gochujang to LA.",
      preferredLanguage: "en",
    });
    expect(files.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([
      ["label.pdf", "%PDF-1.4"],
    ]);
    expect(options).toEqual({ locale: "en" });
  });

  it("names the missing fields in the page's language and keeps what was typed", async () => {
    const { context, calls } = contextWith();
    const request = post("/support/new", [
      ["subject", "바이어 찾기"],
      ["preferredLanguage", "ko"],
      ["attachments", file("a.txt", "x")],
    ]);
    const result = await outcome(createRequest({ context, request }));
    expect(calls).toHaveLength(0);
    expect(result.status).toBe(400);
    const data = result.data as {
      values: Record<string, string>;
      errors: Record<string, string>;
      hadFiles: boolean;
    };
    expect(Object.keys(data.errors).sort()).toEqual(["description", "service", "targetMarket"]);
    expect(data.errors.description).toBe("필수 항목입니다");
    // A choice left empty is "required" too, not a list of option codes.
    expect(data.errors.service).toBe("필수 항목입니다");
    expect(data.values.subject).toBe("바이어 찾기");
    expect(data.hadFiles).toBe(true);
  });

  it("shows a refused attachment beside the file input", async () => {
    const refusal = Object.assign(new Error("too large"), {
      code: "PAYLOAD_TOO_LARGE",
      fields: [{ field: "attachments[0]", message: "big.pdf is larger than 10 MB" }],
    });
    const { context } = contextWith(refusal);
    const request = post("/support/new", [
      ["service", "legal-tax"],
      ["targetMarket", "US"],
      ["subject", "Contract review"],
      ["description", "Please review."],
      ["preferredLanguage", "ko"],
      ["attachments", file("big.pdf", "x")],
    ]);
    const result = await outcome(createRequest({ context, request }));
    expect(result.status).toBe(400);
    expect((result.data as { errors: Record<string, string> }).errors).toEqual({
      attachments: "big.pdf is larger than 10 MB",
    });
  });
});

describe("the case page's forms", () => {
  const act = async (fields: [string, string | File][], refusal?: unknown) => {
    const { context, calls } = contextWith(refusal);
    const request = post(`/support/${caseId}`, fields);
    const result = await outcome(caseAction({ context, request, params: { id: caseId } }));
    return { result, calls };
  };

  it("posts an internal note with its mentions and files", async () => {
    const { result, calls } = await act([
      ["intent", "note"],
      ["body", "  @박 please check the label  "],
      ["mentions", "u2"],
      ["mentions", "u3"],
      ["attachments", file("label.txt", "hello")],
    ]);
    expect(result).toEqual({ status: 302, location: `/support/${caseId}?done=note#thread-title` });
    expect(calls[0]!.method).toBe("postMessage");
    expect(calls[0]!.args[1]).toBe(caseId);
    expect(calls[0]!.args[2]).toEqual({
      body: "@박 please check the label",
      visibility: "internal",
      mentions: ["u2", "u3"],
    });
    expect((calls[0]!.args[3] as unknown[]).length).toBe(1);
  });

  it("a public reply never carries mentions", async () => {
    const { calls } = await act([
      ["intent", "reply"],
      ["body", "Thanks"],
      ["mentions", "u2"],
    ]);
    expect(calls[0]!.args[2]).toEqual({ body: "Thanks", visibility: "public", mentions: [] });
  });

  it("moves the status by the button pressed, unassigns with the empty choice, reads the score as a number", async () => {
    const moved = await act([
      ["intent", "transition"],
      ["to", "waiting-on-company"],
      ["message", "Please send the label in English."],
    ]);
    expect(moved.calls[0]).toMatchObject({
      method: "transition",
      args: [
        expect.anything(),
        caseId,
        { to: "waiting-on-company", message: "Please send the label in English." },
        ko,
      ],
    });
    const unassigned = await act([
      ["intent", "assign"],
      ["assigneeId", ""],
    ]);
    expect(unassigned.calls[0]).toMatchObject({
      method: "update",
      args: [expect.anything(), caseId, { assigneeId: null }, ko],
    });
    const rated = await act([
      ["intent", "rate"],
      ["score", "4"],
      ["comment", ""],
    ]);
    expect(rated.calls[0]).toMatchObject({
      method: "rate",
      args: [expect.anything(), caseId, { score: 4 }, ko],
    });
    const reported = await act([
      ["intent", "report-referral"],
      ["referralId", "r1"],
      ["status", "completed"],
      ["outcome", "Signed with a distributor"],
    ]);
    expect(reported.calls[0]).toMatchObject({
      method: "reportReferral",
      args: [
        expect.anything(),
        caseId,
        "r1",
        { status: "completed", outcome: "Signed with a distributor" },
        ko,
      ],
    });
  });

  it("names a bad field, and says so when someone else moved the case first", async () => {
    const empty = await act([
      ["intent", "refer"],
      ["partnerName", "KOTRA LA"],
      ["contactEmail", "not-an-address"],
      ["note", ""],
    ]);
    expect(empty.calls).toHaveLength(0);
    expect(empty.result.status).toBe(400);
    const errors = (empty.result.data as { errors: Record<string, string> }).errors;
    expect(Object.keys(errors).sort()).toEqual(["contactEmail", "note"]);

    const conflict = await act(
      [
        ["intent", "transition"],
        ["to", "resolved"],
      ],
      Object.assign(new Error("moved"), { code: "INVALID_TRANSITION" }),
    );
    expect(conflict.result).toMatchObject({ status: 409, data: { intent: "transition", conflict: true } });
  });

  it("refuses an unknown intent", async () => {
    const { result, calls } = await act([["intent", "delete"]]);
    expect(result.status).toBe(400);
    expect(calls).toHaveLength(0);
  });
});

describe("the queue's bulk form", () => {
  it("sends the ticked requests with the value of the button pressed", async () => {
    const { context, calls } = contextWith();
    const request = post(`/offices/${companyId}/queue`, [
      ["intent", "priority"],
      ["ids", caseId],
      ["bulkPriority", "urgent"],
      ["bulkAssignee", "u2"],
    ]);
    const result = await outcome(queueAction({ context, request, params: { id: companyId } }));
    expect(calls[0]).toMatchObject({
      method: "bulk",
      args: [expect.anything(), { ids: [caseId], priority: "urgent" }, ko],
    });
    expect(result.data).toMatchObject({ updated: 1, skipped: [] });
  });

  it("says what is missing in the page's language", async () => {
    const { context, calls } = contextWith();
    const request = post(`/offices/${companyId}/queue`, [
      ["intent", "status"],
      ["bulkStatus", ""],
    ]);
    const result = await outcome(queueAction({ context, request, params: { id: companyId } }));
    expect(calls).toHaveLength(0);
    expect((result.data as { errors: Record<string, string> }).errors).toEqual({
      ids: "바꿀 요청을 하나 이상 선택해 주세요.",
      bulkStatus: "바꿀 값을 선택해 주세요.",
    });
  });
});

describe("refusals and files", () => {
  it("puts file refusals beside the file input, in the page's language", () => {
    expect(fieldErrorsOf({ code: "UNSUPPORTED_MEDIA_TYPE" }, "ko")).toEqual({
      attachments: "지원하지 않는 파일 형식입니다.",
    });
    expect(
      fieldErrorsOf({ code: "VALIDATION_FAILED", fields: [{ field: "files[2]", message: "x" }] }, "en"),
    ).toEqual({
      attachments: "x",
    });
    expect(fieldErrorsOf({ code: "FORBIDDEN" }, "en")).toBeUndefined();
    expect(fieldErrorsOf(new Error("boom"), "en")).toBeUndefined();
  });

  it("leaves out an empty file input", async () => {
    const form = new FormData();
    form.append("attachments", new File([], ""));
    expect(await filesFrom(form)).toEqual([]);
  });
});

describe("SLA clocks as people read them", () => {
  const clock = (over: Partial<SlaClockView>): SlaClockView => ({
    state: "running",
    dueAt: "2025-11-26T01:00:00.000Z",
    stoppedAt: null,
    remainingMinutes: 200,
    ...over,
  });

  it("marks a clock at risk inside the office's warning window, breached once over", () => {
    expect(toneOf(clock({ remainingMinutes: 200 }), 120)).toBe("on-track");
    expect(toneOf(clock({ remainingMinutes: 90 }), 120)).toBe("at-risk");
    expect(toneOf(clock({ remainingMinutes: -5 }))).toBe("breached");
    expect(toneOf(clock({ state: "paused", remainingMinutes: null }))).toBe("paused");
  });

  it("shows the first response until answered, and a breach of the resolution always", () => {
    const first = clock({ remainingMinutes: 30 });
    const resolution = clock({ remainingMinutes: 900 });
    expect(mainClock({ firstResponse: first, resolution })).toBe(first);
    const met = clock({ state: "met", stoppedAt: "2025-11-25T20:00:00.000Z" });
    expect(mainClock({ firstResponse: met, resolution })).toBe(resolution);
    const late = clock({ state: "breached", remainingMinutes: -10 });
    expect(mainClock({ firstResponse: first, resolution: late })).toBe(late);
  });

  it("names the due time in the office's own clock", () => {
    const data = clockData(clock({}), "ko", "America/Los_Angeles");
    expect(data.due).toMatchObject({ iso: "2025-11-26T01:00:00.000Z", place: "Los Angeles" });
    expect(data.due?.office).toMatch(/11월 25일.*17:00/);
    expect(data.due?.text).toMatch(/11월 26일.*10:00/);
    expect(duration(200, "ko")).toBe("3시간 20분");
    expect(duration(-45, "en")).toBe("45 min");
  });
});
