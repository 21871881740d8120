import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../config.ts";
import { createLocalStorage } from "./local.ts";
import { createS3Storage } from "./s3.ts";
import { createFileStorage, type FileStorage, isSafeKey, readAll } from "./storage.ts";

const bytes = Buffer.from("RIFF....WEBPVP8 fake image bytes");

/** What every storage must do, whatever is behind it. */
function behavesAsStorage(storage: () => FileStorage) {
  it("stores, reads back with the content type, replaces and deletes", async () => {
    await storage().put("logos/org-1/abc.webp", bytes, "image/webp");
    const file = await storage().get("logos/org-1/abc.webp");
    expect(file?.contentType).toBe("image/webp");
    expect(file?.size).toBe(bytes.length);
    expect(await readAll(file!)).toEqual(bytes);

    const replaced = Buffer.from("other bytes");
    await storage().put("logos/org-1/abc.webp", replaced, "image/webp");
    expect(await readAll((await storage().get("logos/org-1/abc.webp"))!)).toEqual(replaced);

    await storage().delete("logos/org-1/abc.webp");
    expect(await storage().get("logos/org-1/abc.webp")).toBeUndefined();
    await storage().delete("logos/org-1/abc.webp"); // deleting twice is fine
  });

  it("answers undefined for a key that was never stored", async () => {
    expect(await storage().get("logos/nobody/none.webp")).toBeUndefined();
  });

  it.each(["../escape.webp", "logos/../../etc/passwd", "/etc/passwd", "logos//x.webp", ".hidden.webp"])(
    "refuses the unsafe key %s",
    async (key) => {
      await expect(storage().put(key, bytes, "image/webp")).rejects.toThrow(/Unsafe file key/);
      await expect(storage().get(key)).rejects.toThrow(/Unsafe file key/);
      await expect(storage().delete(key)).rejects.toThrow(/Unsafe file key/);
    },
  );
}

describe("isSafeKey", () => {
  it("accepts relative paths of plain segments only", () => {
    expect(isSafeKey("logos/0198c1d2-aaaa/0123abcd.webp")).toBe(true);
    for (const key of [
      "",
      "..",
      "a/../b",
      "a/./b",
      "a\\b",
      "a/",
      "/a",
      "a/.b",
      "a b",
      "%2e%2e/x",
      "a".repeat(513),
    ])
      expect(isSafeKey(key), key).toBe(false);
  });
});

describe("local storage", () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "gateway-files-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  behavesAsStorage(() => createLocalStorage(dataDir));

  it("keeps files under DATA_DIR/files and leaves no temporary files behind", async () => {
    await createLocalStorage(dataDir).put("logos/org-2/def.webp", bytes, "image/webp");
    expect(readdirSync(path.join(dataDir, "files", "logos", "org-2"))).toEqual(["def.webp"]);
  });

  it("answers undefined for a directory", async () => {
    await createLocalStorage(dataDir).put("logos/org-3/x.webp", bytes, "image/webp");
    expect(await createLocalStorage(dataDir).get("logos/org-3")).toBeUndefined();
  });

  it("is what createFileStorage chooses without S3 settings", async () => {
    await createFileStorage({ dataDir }).put("logos/org-4/y.webp", bytes, "image/webp");
    expect(await readAll((await createLocalStorage(dataDir).get("logos/org-4/y.webp"))!)).toEqual(bytes);
  });
});

/**
 * A tiny S3 of our own: path-style PUT, GET and DELETE of objects in a Map, with S3's error body for a
 * missing key. S3 is a third party; this fake checks what our client sends and how it reads answers.
 */
function fakeS3() {
  const objects = new Map<string, { body: Buffer; contentType: string }>();
  const requests: { method: string; url: string; authorization: string | undefined }[] = [];
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const url = decodeURIComponent(new URL(request.url!, "http://fake").pathname);
    requests.push({ method: request.method!, url, authorization: request.headers.authorization });
    if (request.method === "PUT") {
      objects.set(url, {
        body: Buffer.concat(chunks),
        contentType: request.headers["content-type"] ?? "binary/octet-stream",
      });
      response.writeHead(200, { etag: '"fake"' }).end();
    } else if (request.method === "GET") {
      const object = objects.get(url);
      if (!object) {
        response
          .writeHead(404, { "content-type": "application/xml" })
          .end(
            `<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>`,
          );
        return;
      }
      response
        .writeHead(200, { "content-type": object.contentType, "content-length": object.body.length })
        .end(object.body);
    } else if (request.method === "DELETE") {
      objects.delete(url);
      response.writeHead(204).end();
    } else {
      response.writeHead(405).end();
    }
  });
  return { server, objects, requests };
}

describe("S3 storage (against a fake S3)", () => {
  const fake = fakeS3();
  let endpoint = "";
  beforeAll(async () => {
    await new Promise<void>((resolve) => fake.server.listen(0, "127.0.0.1", resolve));
    endpoint = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => fake.server.close(() => resolve())));

  const storage = () =>
    createS3Storage({
      bucket: "gateway-files",
      region: "us-east-1",
      endpoint,
      accessKeyId: "test-key",
      secretAccessKey: "test-secret",
      forcePathStyle: true,
    });
  behavesAsStorage(storage);

  it("writes path-style into the bucket, signed with the configured credentials", async () => {
    await storage().put("logos/org-9/abc.webp", bytes, "image/webp");
    expect(fake.objects.get("/gateway-files/logos/org-9/abc.webp")?.contentType).toBe("image/webp");
    const put = fake.requests.findLast((r) => r.method === "PUT");
    expect(put?.url).toBe("/gateway-files/logos/org-9/abc.webp");
    expect(put?.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=test-key\/\d{8}\/us-east-1\/s3\//);
  });

  it("is what createFileStorage chooses when the configuration names a bucket", async () => {
    const config = loadConfig({
      S3_BUCKET: "gateway-files",
      S3_ENDPOINT: endpoint,
      S3_ACCESS_KEY_ID: "test-key",
      S3_SECRET_ACCESS_KEY: "test-secret",
      S3_FORCE_PATH_STYLE: "on",
    });
    expect(config.s3).toMatchObject({ bucket: "gateway-files", region: "us-east-1", forcePathStyle: true });
    await createFileStorage(config).put("logos/org-10/z.webp", bytes, "image/webp");
    expect(fake.objects.has("/gateway-files/logos/org-10/z.webp")).toBe(true);
  });
});

describe("S3 configuration", () => {
  it("is off without S3_BUCKET, empty values counting as unset", () => {
    expect(loadConfig({}).s3).toBeUndefined();
    expect(loadConfig({ S3_BUCKET: "", S3_ENDPOINT: "" }).s3).toBeUndefined();
  });

  it("refuses half a key pair and an endpoint that is not a URL, naming the variable", () => {
    expect(() => loadConfig({ S3_BUCKET: "b", S3_ACCESS_KEY_ID: "k" })).toThrow(
      /S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together/,
    );
    expect(() => loadConfig({ S3_ENDPOINT: "minio:9000" })).toThrow(/S3_ENDPOINT/);
  });
});
