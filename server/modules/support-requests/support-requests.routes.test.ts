import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { SupportRequestView } from "../../../contracts/support-requests/support-request.ts";
import { bearerFor } from "../../testing/actors.ts";
import { createTestApp } from "../../testing/app.ts";
import { checkAttachments, storeAttachments } from "./attachments.ts";
import { supportDesk } from "./support-desk.fixtures.ts";
import { contentDisposition } from "./support-requests.routes.ts";
import { supportMessages, supportRequests } from "./support-requests.table.ts";

const pdf = Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n");
const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);
const fields = {
  service: "certification",
  targetMarket: "US",
  subject: "FDA food facility registration",
  description: "We export gochujang and need the FDA food facility registration.",
  preferredLanguage: "en",
};

function form(values: Record<string, string>, files: { field?: string; name: string; bytes: Buffer }[] = []) {
  const body = new FormData();
  for (const [key, value] of Object.entries(values)) body.append(key, value);
  for (const file of files)
    body.append(file.field ?? "attachments", new Blob([new Uint8Array(file.bytes)]), file.name);
  return body;
}

describe("support requests API: intake, queue, case and files", () => {
  let setup: Awaited<ReturnType<typeof createTestApp>>;
  let desk: Awaited<ReturnType<typeof supportDesk>>;
  let city: { authorization: string };
  type Who = { cookie: string } | { authorization: string };

  const call = (
    method: "GET" | "POST",
    url: string,
    who: Who,
    payload?: object | FormData,
    language = "en",
  ) =>
    setup.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...who, "accept-language": language },
      ...(payload ? { payload: payload as object } : {}),
    });

  beforeAll(async () => {
    setup = await createTestApp();
    desk = await supportDesk(setup);
    city = await bearerFor(setup.app, "program-manager");
  });

  describe("asking", () => {
    it("takes JSON and answers 201 with the request as the company sees it", async () => {
      const response = await call("POST", "/support-requests", desk.people.kim, fields);
      expect(response.statusCode).toBe(201);
      const view = response.json() as SupportRequestView;
      expect(view).toMatchObject({
        status: "new",
        subject: fields.subject,
        company: { id: desk.orgs.foods },
        office: { id: desk.la.id },
      });
      expect(view.actions).toEqual(expect.arrayContaining(["reply", "attach", "transition:closed"]));
    });

    it("takes a form with files, checked by content", async () => {
      const response = await call(
        "POST",
        "/support-requests",
        desk.people.kim,
        form(fields, [
          { name: "registration.pdf", bytes: pdf },
          { name: "성분표.csv", bytes: Buffer.from("item,kg\n고추장,100\n") },
        ]),
      );
      expect(response.statusCode).toBe(201);
      const view = response.json() as SupportRequestView;
      expect(view.attachments.map((a) => [a.name, a.kind])).toEqual([
        ["registration.pdf", "pdf"],
        ["성분표.csv", "csv"],
      ]);
      const file = await call("GET", view.attachments[1]!.url.replace("/api/v1", ""), desk.people.han);
      expect(file.statusCode).toBe(200);
      expect(file.headers["content-type"]).toBe("text/csv; charset=utf-8");
      expect(file.headers["content-disposition"]).toBe(
        `attachment; filename="___.csv"; filename*=UTF-8''${encodeURIComponent("성분표.csv")}`,
      );
      expect(file.headers["x-content-type-options"]).toBe("nosniff");
      expect(file.headers["cache-control"]).toBe("private, no-store");
      expect(file.body).toBe("item,kg\n고추장,100\n");
    });

    it("names a missing subject, in JSON and in a form, in the reader's language", async () => {
      const { subject: _, ...noSubject } = fields;
      const json = await call("POST", "/support-requests", desk.people.kim, noSubject, "ko");
      expect(json.statusCode).toBe(400);
      expect(json.json().error.fields).toEqual([{ field: "subject", message: "필수 항목입니다" }]);
      const multipart = await call(
        "POST",
        "/support-requests",
        desk.people.kim,
        form({ ...noSubject, subject: "" }),
      );
      expect(multipart.statusCode).toBe(400);
      expect(multipart.json().error.fields).toEqual([{ field: "subject", message: "is required" }]);
    });

    it("refuses an 11 MB file with 413, naming it", async () => {
      const big = Buffer.alloc(11 * 1024 * 1024, 0x41);
      const response = await call(
        "POST",
        "/support-requests",
        desk.people.kim,
        form(fields, [{ name: "catalogue.pdf", bytes: big }]),
        "ko",
      );
      expect(response.statusCode).toBe(413);
      expect(response.json().error).toMatchObject({
        code: "PAYLOAD_TOO_LARGE",
        fields: [{ field: "attachments", message: "“catalogue.pdf”: 10MB 이하여야 합니다" }],
      });
    });

    it("refuses an ELF binary named report.pdf with 415, saying what is accepted", async () => {
      const response = await call(
        "POST",
        "/support-requests",
        desk.people.kim,
        form(fields, [{ name: "report.pdf", bytes: elf }]),
      );
      expect(response.statusCode).toBe(415);
      expect(response.json().error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
      expect(response.json().error.fields[0].message).toBe(
        "“report.pdf” must be a PDF, an image (PNG, JPEG, WebP), a Word, Excel or PowerPoint file (docx, xlsx, pptx), a Hangul document (hwp, hwpx) or UTF-8 text (txt, csv)",
      );
    });

    it("refuses more than five files, and files under another field", async () => {
      const six = Array.from({ length: 6 }, (_, i) => ({ name: `${i}.pdf`, bytes: pdf }));
      const many = await call("POST", "/support-requests", desk.people.kim, form(fields, six));
      expect(many.statusCode).toBe(400);
      expect(many.json().error.fields).toEqual([
        { field: "attachments", message: "must be at most 5 files" },
      ]);
      const elsewhere = await call(
        "POST",
        "/support-requests",
        desk.people.kim,
        form(fields, [{ field: "file", name: "a.pdf", bytes: pdf }]),
      );
      expect(elsewhere.statusCode).toBe(400);
      expect(elsewhere.json().error.fields).toEqual([
        { field: "file", message: "files go under attachments" },
      ]);
    });

    it("lets the city ask for a company, and refuses a partner", async () => {
      const onBehalf = await call("POST", "/support-requests", city, {
        ...fields,
        companyId: desk.orgs.optics,
      });
      expect(onBehalf.statusCode).toBe(201);
      const partner = await call("POST", "/support-requests", desk.people.mark, fields);
      expect(partner.statusCode).toBe(403);
    });
  });

  describe("a company never sees another company's cases", () => {
    let foodsCase: SupportRequestView;

    beforeAll(async () => {
      const response = await call(
        "POST",
        "/support-requests",
        desk.people.kim,
        form({ ...fields, subject: "Foods only" }, [{ name: "secret-recipe.pdf", bytes: pdf }]),
      );
      foodsCase = response.json();
    });

    it("not in its list, not by id, not its files (404, as for an unknown id)", async () => {
      const { choi } = desk.people;
      const mine = await call("GET", "/support-requests?scope=mine", choi);
      expect(mine.statusCode).toBe(200);
      expect(mine.json().items.map((i: { id: string }) => i.id)).not.toContain(foodsCase.id);
      expect(
        mine.json().items.every((i: { company: { id: string } }) => i.company.id === desk.orgs.optics),
      ).toBe(true);
      const searched = await call("GET", `/support-requests?q=${foodsCase.number}`, choi);
      expect(searched.json()).toEqual({ items: [], total: 0 });

      const byId = await call("GET", `/support-requests/${foodsCase.id}`, choi);
      expect(byId.statusCode).toBe(404);
      const unknown = await call("GET", "/support-requests/00000000-0000-7000-8000-000000000000", choi);
      expect(byId.json()).toEqual(unknown.json());

      const file = await call("GET", foodsCase.attachments[0]!.url.replace("/api/v1", ""), choi);
      expect(file.statusCode).toBe(404);
      const adding = await call(
        "POST",
        `/support-requests/${foodsCase.id}/attachments`,
        choi,
        form({}, [{ name: "x.pdf", bytes: pdf }]),
      );
      expect(adding.statusCode).toBe(404);

      // The company's own member and the office see it.
      expect((await call("GET", `/support-requests/${foodsCase.id}`, desk.people.han)).statusCode).toBe(200);
      expect(
        (await call("GET", foodsCase.attachments[0]!.url.replace("/api/v1", ""), desk.people.lee)).statusCode,
      ).toBe(200);
    });

    it("never serves a case's files through the public file route", async () => {
      const [, , requestId, , attachmentId] = foodsCase.attachments[0]!.url.split("/").slice(2);
      const response = await setup.app.inject({ url: `/files/support/${requestId}/${attachmentId}` });
      expect(response.statusCode).toBe(404);
    });
  });

  describe("a company never sees internal notes", () => {
    it("neither the note nor its file, which only the office may download", async () => {
      const created = await call("POST", "/support-requests", desk.people.kim, {
        ...fields,
        subject: "Notes",
      });
      const id = (created.json() as SupportRequestView).id;
      const db = setup.database.db;
      const [noteFile] = await db.transaction(async (tx) => {
        const [note] = await tx
          .insert(supportMessages)
          .values({
            requestId: id,
            visibility: "internal",
            side: "office",
            authorId: desk.people.lee.actor.id,
            authorLabel: "lee",
            body: "Their FDA agent is unreliable; check with KOTRA first.",
          })
          .returning();
        return storeAttachments(tx, setup.services.files, {
          requestId: id,
          messageId: note!.id,
          uploadedBy: desk.people.lee.actor.id,
          files: await checkAttachments([{ name: "internal-memo.pdf", bytes: pdf }]),
        });
      });
      const url = `/support-requests/${id}/attachments/${noteFile!.id}`;

      const company = (
        await call("GET", `/support-requests/${id}`, desk.people.kim)
      ).json() as SupportRequestView;
      expect(company.messages).toEqual([]);
      expect(JSON.stringify(company)).not.toContain("internal-memo");
      expect(JSON.stringify(company)).not.toContain("unreliable");
      expect((await call("GET", url, desk.people.kim)).statusCode).toBe(404);

      const office = (
        await call("GET", `/support-requests/${id}`, desk.people.lee)
      ).json() as SupportRequestView;
      expect(office.messages.map((m) => [m.visibility, m.attachments.map((a) => a.name)])).toEqual([
        ["internal", ["internal-memo.pdf"]],
      ]);
      const download = await call("GET", url, desk.people.lee);
      expect(download.statusCode).toBe(200);
      expect(download.headers["content-type"]).toBe("application/pdf");
      expect(download.rawPayload.equals(pdf)).toBe(true);
      expect((await call("GET", url, city)).statusCode).toBe(200);
    });
  });

  describe("adding files and listing", () => {
    it("adds files to a request as a form; JSON is refused with 415", async () => {
      const created = (
        await call("POST", "/support-requests", desk.people.kim, fields)
      ).json() as SupportRequestView;
      const json = await call("POST", `/support-requests/${created.id}/attachments`, desk.people.kim, {
        a: 1,
      });
      expect(json.statusCode).toBe(415);
      expect(json.json().error.fields).toEqual([
        { field: "attachments", message: "must be sent as multipart/form-data" },
      ]);
      const none = await call(
        "POST",
        `/support-requests/${created.id}/attachments`,
        desk.people.kim,
        form({ note: "x" }),
      );
      expect(none.statusCode).toBe(400);
      const added = await call(
        "POST",
        `/support-requests/${created.id}/attachments`,
        desk.people.lee,
        form({}, [{ name: "checklist.pdf", bytes: pdf }]),
      );
      expect(added.statusCode).toBe(201);
      expect(added.json().items.map((a: { name: string }) => a.name)).toEqual(["checklist.pdf"]);
      const view = (
        await call("GET", `/support-requests/${created.id}`, desk.people.kim)
      ).json() as SupportRequestView;
      expect(view.attachments.map((a) => a.name)).toEqual(["checklist.pdf"]);
      // A closed request takes no more files.
      await setup.database.db
        .update(supportRequests)
        .set({ status: "closed", closedAt: new Date() })
        .where(eq(supportRequests.id, created.id));
      const closed = await call(
        "POST",
        `/support-requests/${created.id}/attachments`,
        desk.people.kim,
        form({}, [{ name: "late.pdf", bytes: pdf }]),
        "ko",
      );
      expect(closed.statusCode).toBe(409);
      expect(closed.json().error.fields).toEqual([
        { field: "attachments", message: "종료된 요청에는 파일을 첨부할 수 없습니다" },
      ]);
    });

    it("lists the office queue with filters and the total", async () => {
      const response = await call(
        "GET",
        "/support-requests?status=open&sort=created&limit=2",
        desk.people.lee,
      );
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.items).toHaveLength(2);
      expect(body.total).toBeGreaterThan(2);
      expect(body.items[0].office.id).toBe(desk.la.id);
      const bad = await call("GET", "/support-requests?sort=random", desk.people.lee);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields[0].field).toBe("sort");
    });
  });

  it("writes a download's file name for every browser", () => {
    expect(contentDisposition('a "quoted" 100%.pdf')).toBe(
      `attachment; filename="a _quoted_ 100_.pdf"; filename*=UTF-8''a%20%22quoted%22%20100%25.pdf`,
    );
    expect(contentDisposition("견적(최종).pdf")).toBe(
      `attachment; filename="__(__).pdf"; filename*=UTF-8''${encodeURIComponent("견적")}%28${encodeURIComponent("최종")}%29.pdf`,
    );
  });
});
