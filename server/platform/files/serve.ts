import type { FastifyInstance } from "fastify";
import { AppError } from "../errors.ts";
import { type FileStorage, isSafeKey } from "./storage.ts";

/** Where stored files are served: `/files/<key>` (organizations.view.ts builds `logoUrl` the same way). */
const FILES_PREFIX = "/files/";

/**
 * `GET /files/*`: public, outside the API. Keys are content-addressed (new content, new key), so a
 * file may be cached for a year; `nosniff` keeps browsers from reading an image as anything else.
 */
export function registerFiles(app: FastifyInstance, storage: FileStorage) {
  app.get(
    `${FILES_PREFIX}*`,
    { config: { public: true }, schema: { hide: true } },
    async (request, reply) => {
      const key = (request.params as { "*": string })["*"];
      // Only logos are public; support-desk files go through the permission-checked API.
      const file = isSafeKey(key) && key.startsWith("logos/") ? await storage.get(key) : undefined;
      if (!file) throw new AppError("NOT_FOUND");
      reply
        .type(file.contentType)
        .header("cache-control", "public, max-age=31536000, immutable")
        .header("x-content-type-options", "nosniff")
        // Nothing stored here is a page: should a browser open one anyway, it may run and load nothing.
        .header(
          "content-security-policy",
          "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
        );
      if (file.size !== undefined) reply.header("content-length", file.size);
      return reply.send(file.body);
    },
  );
}
