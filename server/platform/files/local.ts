import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { dataDirLayout } from "../../db/data-dir.ts";
import { assertSafeKey, type FileStorage } from "./storage.ts";

/** The local disk keeps no metadata: the content type follows from the key's extension. */
const contentTypes: Record<string, string> = {
  ".webp": "image/webp",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".avif": "image/avif",
  ".pdf": "application/pdf",
  ".json": "application/json",
  ".csv": "text/csv; charset=utf-8",
};

/** The content type the local storage serves a key with (`application/octet-stream` when unknown). */
export function contentTypeOfKey(key: string): string {
  return contentTypes[path.extname(key).toLowerCase()] ?? "application/octet-stream";
}

/** Files under `<dataDir>/files/<key>`, written atomically (temporary file, then rename). */
export function createLocalStorage(dataDir: string): FileStorage {
  const root = dataDirLayout(dataDir).files;
  const pathOf = (key: string) => {
    assertSafeKey(key);
    const full = path.resolve(root, key);
    // isSafeKey already rules out escapes; this is the second lock on the same door.
    if (!full.startsWith(root + path.sep)) throw new Error(`Unsafe file key: ${key}`);
    return full;
  };

  return {
    async put(key, bytes, contentType) {
      const full = pathOf(key);
      if (contentType !== contentTypeOfKey(key)) {
        throw new Error(`Local storage serves ${key} as ${contentTypeOfKey(key)}, not ${contentType}`);
      }
      await mkdir(path.dirname(full), { recursive: true });
      // A dot-name never matches a safe key, so a half-written file can never be served.
      const temporary = path.join(
        path.dirname(full),
        `.${path.basename(full)}.${randomBytes(6).toString("hex")}.tmp`,
      );
      try {
        const handle = await open(temporary, "wx", 0o644);
        try {
          await handle.writeFile(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temporary, full);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },

    async get(key) {
      const full = pathOf(key);
      // Open first, then look: a file replaced or deleted meanwhile is still read whole through its handle.
      const handle = await open(full, "r").catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT" || error.code === "ENOTDIR" || error.code === "EISDIR") return undefined;
        throw error;
      });
      if (!handle) return undefined;
      const info = await handle.stat();
      if (!info.isFile()) {
        await handle.close();
        return undefined;
      }
      return { body: handle.createReadStream(), contentType: contentTypeOfKey(key), size: info.size };
    },

    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
