import { beforeAll, describe, expect, it } from "vitest";
import type { ImportView } from "../../../contracts/interchange/import.ts";
import { bearerFor } from "../../testing/actors.ts";
import { createTestApp } from "../../testing/app.ts";
import { opportunityRecord, organizationRecord, toJsonl } from "../../testing/factories.ts";

describe("/api/v1/imports", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };

  beforeAll(async () => {
    setup = await createTestApp();
    admin = await bearerFor(setup.app, "admin");
  });

  /** What a client does: upload, then poll the import until it has finished. */
  async function upload(body: string, contentType: string, fileName = "upload.jsonl") {
    const response = await setup.app.inject({
      method: "POST",
      url: `/api/v1/imports?fileName=${encodeURIComponent(fileName)}`,
      headers: { ...admin, "content-type": contentType },
      payload: body,
    });
    expect(response.statusCode, response.body).toBe(202);
    const started = response.json<ImportView>();
    for (;;) {
      const polled = await setup.app.inject({ url: `/api/v1/imports/${started.id}`, headers: admin });
      expect(polled.statusCode).toBe(200);
      const view = polled.json<ImportView>();
      if (view.status !== "running") return { started, view };
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it("accepts JSON Lines, answers 202 at once, and the import finishes with counts", async () => {
    const owner = organizationRecord();
    const { started, view } = await upload(
      toJsonl([owner, opportunityRecord(owner.externalId)]),
      "application/x-ndjson",
      "파트너.jsonl",
    );
    expect(started).toMatchObject({ fileName: "파트너.jsonl", status: "running", totalLines: 2 });
    expect(view).toMatchObject({
      status: "done",
      processedLines: 2,
      counts: { organization: { created: 1, updated: 0 }, opportunity: { created: 1, updated: 0 } },
      problems: [],
    });
    expect(view.createdBy).toMatch(/^token /);
  });

  it("accepts text/plain and application/jsonl too", async () => {
    for (const type of ["text/plain; charset=utf-8", "application/jsonl"]) {
      const { view } = await upload(toJsonl([organizationRecord()]), type);
      expect(view.status, type).toBe("done");
    }
  });

  it("reports every bad line of an invalid file in the request's language, writing nothing", async () => {
    const good = organizationRecord();
    const response = await setup.app.inject({
      method: "POST",
      url: "/api/v1/imports",
      headers: { ...admin, "content-type": "application/x-ndjson", "accept-language": "ko" },
      payload: [JSON.stringify(good), "[]", JSON.stringify({ ...organizationRecord(), stage: "x" })].join(
        "\n",
      ),
    });
    expect(response.statusCode).toBe(202);
    const { id } = response.json<ImportView>();
    await setup.services.interchange.waitFor(id);
    const view = (
      await setup.app.inject({ url: `/api/v1/imports/${id}`, headers: admin })
    ).json<ImportView>();
    expect(view).toMatchObject({ status: "invalid", fileName: "import.jsonl", problemCount: 2 });
    expect(view.problems).toEqual([
      { line: 2, field: "(line)", message: "JSON 객체여야 합니다" },
      expect.objectContaining({ line: 3, field: "stage" }),
    ]);
    const found = await setup.app.inject({ url: `/api/v1/organizations?externalId=${good.externalId}` });
    expect(found.json().total).toBe(0);
  });

  it("lists imports in the contract's list shape, without problems", async () => {
    const response = await setup.app.inject({ url: "/api/v1/imports?limit=2", headers: admin });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ items: Record<string, unknown>[]; total: number }>();
    expect(body.total).toBeGreaterThanOrEqual(4);
    expect(body.items).toHaveLength(2);
    expect(body.items[0]).not.toHaveProperty("problems");
    expect(body.items[0]).toHaveProperty("status");
  });

  it("refuses other roles with 403 before reading the body, and unknown ids with 404", async () => {
    const reviewer = await bearerFor(setup.app, "reviewer");
    const refused = await setup.app.inject({
      method: "POST",
      url: "/api/v1/imports",
      headers: { ...reviewer, "content-type": "application/x-ndjson" },
      payload: toJsonl([organizationRecord()]),
    });
    expect(refused.statusCode).toBe(403);
    expect((await setup.app.inject({ url: "/api/v1/imports", headers: reviewer })).statusCode).toBe(403);
    const missing = await setup.app.inject({
      url: "/api/v1/imports/00000000-0000-7000-8000-000000000000",
      headers: admin,
    });
    expect(missing.statusCode).toBe(404);
    const anonymous = await setup.app.inject({ url: "/api/v1/imports" });
    expect(anonymous.statusCode).toBe(401);
  });

  it("refuses an empty body and a body that is not text", async () => {
    const empty = await setup.app.inject({
      method: "POST",
      url: "/api/v1/imports",
      headers: { ...admin, "content-type": "application/x-ndjson" },
      payload: "",
    });
    expect(empty.statusCode).toBe(400);
    const xml = await setup.app.inject({
      method: "POST",
      url: "/api/v1/imports",
      headers: { ...admin, "content-type": "application/xml" },
      payload: "<a/>",
    });
    expect(xml.statusCode).toBe(415);
  });
});
