import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { readAll } from "../../platform/files/storage.ts";
import { bearerFor } from "../../testing/actors.ts";
import { createTestApp } from "../../testing/app.ts";
import { organizationRecord, store, testAdmin } from "../../testing/factories.ts";

type Setup = Awaited<ReturnType<typeof createTestApp>>;

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 4, background: "#1e6bd6" } })
    .png()
    .toBuffer();

/** A JPEG stored sideways with EXIF orientation 6 ("rotate 90° clockwise to view"). */
const sidewaysJpeg = () =>
  sharp({ create: { width: 300, height: 100, channels: 3, background: "#d61e4a" } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .toBuffer();

const svg = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><script>alert(1)</script><rect width="64" height="64"/></svg>',
);

describe("organization logos", () => {
  let setup: Setup;
  let orgId: string;
  let otherId: string;
  let city: { authorization: string };
  let member: { authorization: string };
  let outsider: { authorization: string };

  const idOf = async (externalId: string) => {
    const { items } = await setup.services.organizations.list({ externalId }, { limit: 1, offset: 0 });
    return items[0]!.id;
  };
  const tokenFor = async (organizationId: string) => {
    const { token } = await setup.services.tokens.create(testAdmin, {
      name: `member-${Math.random().toString(36).slice(2, 8)}`,
      role: "company-member",
      organizationId,
    });
    return { authorization: `Bearer ${token}` };
  };
  const upload = (
    id: string,
    payload: Buffer | string,
    headers: Record<string, string>,
    contentType = "image/png",
  ) =>
    setup.app.inject({
      method: "PUT",
      url: `/api/v1/organizations/${id}/logo`,
      headers: { ...headers, "content-type": contentType },
      payload,
    });

  beforeAll(async () => {
    setup = await createTestApp();
    await store(setup.services, [
      organizationRecord({ externalId: "logo-co" }),
      organizationRecord({ externalId: "logo-other" }),
    ]);
    orgId = await idOf("logo-co");
    otherId = await idOf("logo-other");
    city = await bearerFor(setup.app, "program-manager");
    member = await tokenFor(orgId);
    outsider = await tokenFor(otherId);
  });

  it("turns a PNG into a WebP of at most 400 px, served at logoUrl with long-lived caching", async () => {
    const response = await upload(orgId, await png(1200, 600), member);
    expect(response.statusCode).toBe(200);
    const { logoUrl } = response.json();
    expect(logoUrl).toMatch(new RegExp(`^/files/logos/${orgId}/[0-9a-f]{32}\\.webp$`));

    const file = await setup.app.inject({ url: logoUrl });
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("image/webp");
    expect(file.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(file.headers["x-content-type-options"]).toBe("nosniff");
    expect(file.headers["content-security-policy"]).toMatch(/default-src 'none'.*sandbox/);
    const metadata = await sharp(file.rawPayload).metadata();
    expect(metadata).toMatchObject({ format: "webp", width: 400, height: 200 });

    // The organization's own view says the same.
    const view = await setup.app.inject({ url: `/api/v1/organizations/${orgId}` });
    expect(view.json().logoUrl).toBe(logoUrl);
  });

  it("turns a sideways JPEG upright and never enlarges a small image; EXIF is dropped", async () => {
    const response = await upload(orgId, await sidewaysJpeg(), city, "image/jpeg");
    expect(response.statusCode).toBe(200);
    const file = await setup.app.inject({ url: response.json().logoUrl });
    const metadata = await sharp(file.rawPayload).metadata();
    expect(metadata).toMatchObject({ format: "webp", width: 100, height: 300 });
    expect(metadata.exif).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();
  });

  it("decides by the bytes, not the declared type: a real PNG sent as octet-stream is fine", async () => {
    const response = await upload(orgId, await png(50, 50), member, "application/octet-stream");
    expect(response.statusCode).toBe(200);
  });

  it.each([
    ["a text file named .png", Buffer.from("this is not an image, just text in a .png"), "image/png"],
    ["an SVG (it can carry scripts)", svg, "image/svg+xml"],
    ["an SVG declared as PNG", svg, "image/png"],
  ])("refuses %s with 415, naming the field in Korean and English", async (_name, payload, type) => {
    const ko = await upload(orgId, payload, { ...member, "accept-language": "ko-KR,ko;q=0.9" }, type);
    expect(ko.statusCode).toBe(415);
    expect(ko.json().error).toEqual({
      code: "UNSUPPORTED_MEDIA_TYPE",
      message: "지원하지 않는 파일 형식입니다. logo: JPEG, PNG, WebP, GIF, AVIF, TIFF 이미지여야 합니다",
      fields: [{ field: "logo", message: "JPEG, PNG, WebP, GIF, AVIF, TIFF 이미지여야 합니다" }],
    });
    const en = await upload(orgId, payload, { ...member, "accept-language": "en-US" }, type);
    expect(en.statusCode).toBe(415);
    expect(en.json().error.fields).toEqual([
      { field: "logo", message: "must be a JPEG, PNG, WebP, GIF, AVIF or TIFF image" },
    ]);
  });

  it("refuses a body over 5 MB with 413 naming the field, in both languages", async () => {
    const big = Buffer.concat([await png(10, 10), Buffer.alloc(5 * 1024 * 1024)]);
    const ko = await upload(orgId, big, { ...member, "accept-language": "ko" });
    expect(ko.statusCode).toBe(413);
    expect(ko.json().error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(ko.json().error.fields).toEqual([{ field: "logo", message: "5MB 이하여야 합니다" }]);
    const en = await upload(orgId, big, { ...member, "accept-language": "en" });
    expect(en.json().error.fields).toEqual([{ field: "logo", message: "must be at most 5 MB" }]);
  });

  it("refuses an image of absurd dimensions before decoding it", async () => {
    const bomb = await sharp({ create: { width: 10_000, height: 6_000, channels: 3, background: "#fff" } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
    const response = await upload(orgId, bomb, { ...member, "accept-language": "en" });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.fields).toEqual([
      { field: "logo", message: "must be at most 50 megapixels" },
    ]);
  });

  it("refuses a body that is not raw bytes (JSON, a form) and an empty one, naming the field", async () => {
    const json = await upload(
      orgId,
      JSON.stringify({ logo: "x" }),
      { ...member, "accept-language": "en" },
      "application/json",
    );
    expect(json.statusCode).toBe(415);
    expect(json.json().error.fields[0].field).toBe("logo");
    const empty = await upload(orgId, Buffer.alloc(0), { ...member, "accept-language": "ko" });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields).toEqual([{ field: "logo", message: "필수 항목입니다" }]);
  });

  it("lets only members of the organization and the city change its logo", async () => {
    const image = await png(20, 20);
    const forbidden = await upload(orgId, image, outsider);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.code).toBe("FORBIDDEN");
    const removal = await setup.app.inject({
      method: "DELETE",
      url: `/api/v1/organizations/${orgId}/logo`,
      headers: outsider,
    });
    expect(removal.statusCode).toBe(403);
    expect((await upload(orgId, image, {})).statusCode).toBe(401);
    expect((await upload(otherId, image, outsider)).statusCode).toBe(200);
  });

  it("answers 404 for an organization that does not exist", async () => {
    const response = await upload("00000000-0000-7000-8000-000000000000", await png(20, 20), city);
    expect(response.statusCode).toBe(404);
  });

  it("records who changed the logo, before and after, and deletes the replaced file", async () => {
    const first = (await upload(orgId, await png(64, 64), member)).json().logoUrl as string;
    const second = (await upload(orgId, await png(80, 40), member)).json().logoUrl as string;
    expect(second).not.toBe(first);
    const key = (url: string) => url.replace(/^\/files\//, "");

    expect(await setup.services.files.get(key(first))).toBeUndefined();
    expect((await setup.app.inject({ url: first })).statusCode).toBe(404);
    expect(await readAll((await setup.services.files.get(key(second)))!)).toEqual(
      (await setup.app.inject({ url: second })).rawPayload,
    );

    const { items } = await setup.services.audit.list(
      testAdmin,
      { action: "organization.logo.set", resourceId: orgId },
      { limit: 1, offset: 0 },
    );
    expect(items[0]).toMatchObject({
      resourceType: "organization",
      before: { logoKey: key(first) },
      after: { logoKey: key(second) },
    });
    expect(items[0]!.actorLabel).toMatch(/^token member-/);
  });

  it("keeps the file when the same image is uploaded again (same bytes, same key)", async () => {
    const image = await png(33, 33);
    const first = (await upload(orgId, image, member)).json().logoUrl;
    const again = (await upload(orgId, image, member)).json().logoUrl;
    expect(again).toBe(first);
    expect((await setup.app.inject({ url: again })).statusCode).toBe(200);
  });

  it("removes the logo: 204, logoUrl null, the file gone, the removal audited", async () => {
    const { logoUrl } = (await upload(orgId, await png(90, 90), member)).json();
    const removal = await setup.app.inject({
      method: "DELETE",
      url: `/api/v1/organizations/${orgId}/logo`,
      headers: member,
    });
    expect(removal.statusCode).toBe(204);
    expect((await setup.app.inject({ url: `/api/v1/organizations/${orgId}` })).json().logoUrl).toBeNull();
    expect((await setup.app.inject({ url: logoUrl })).statusCode).toBe(404);
    const { items } = await setup.services.audit.list(
      testAdmin,
      { action: "organization.logo.remove", resourceId: orgId },
      { limit: 1, offset: 0 },
    );
    expect(items[0]).toMatchObject({
      before: { logoKey: logoUrl.replace("/files/", "") },
      after: { logoKey: null },
    });
    // Removing again is a no-op.
    const again = await setup.app.inject({
      method: "DELETE",
      url: `/api/v1/organizations/${orgId}/logo`,
      headers: member,
    });
    expect(again.statusCode).toBe(204);
  });

  it("serves 404 for unknown or unsafe file keys", async () => {
    for (const url of [
      "/files/logos/nobody/none.webp",
      "/files/..%2F..%2Fgateway-data.json",
      "/files/.x.tmp",
    ]) {
      const response = await setup.app.inject({ url });
      expect(response.statusCode, url).toBe(404);
    }
  });
});
