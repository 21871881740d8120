import type { Readable } from "node:stream";
import { createLocalStorage } from "./local.ts";
import { createS3Storage, type S3Settings } from "./s3.ts";

/** A stored object as read back: a stream of its bytes, its content type and, when known, its size. */
export type StoredFile = { body: Readable; contentType: string; size: number | undefined };

/**
 * Where uploaded files live: the local disk under DATA_DIR, or an S3-compatible bucket. Keys are
 * relative paths such as `logos/<organizationId>/<hash>.webp` (see `isSafeKey`).
 */
export type FileStorage = {
  /** Stores (or replaces) the object; readers never see a half-written one. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The object, or undefined when there is none under that key. */
  get(key: string): Promise<StoredFile | undefined>;
  /** Removes the object; a missing one is not an error. */
  delete(key: string): Promise<void>;
};

export type FileStorageSettings = {
  /** DATA_DIR: files go to `<dataDir>/files/` unless `s3` is set. */
  dataDir?: string | undefined;
  s3?: S3Settings | undefined;
};

const segment = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/**
 * Whether a key is a safe relative path: `/`-separated segments of letters, digits, `.`, `_` and `-`,
 * each starting with a letter or digit. So no `..`, no absolute paths, no hidden (or temporary) files.
 */
export function isSafeKey(key: string): boolean {
  return key.length > 0 && key.length <= 512 && key.split("/").every((part) => segment.test(part));
}

/** Throws unless `isSafeKey(key)`: storages call it before touching anything. */
export function assertSafeKey(key: string): void {
  if (!isSafeKey(key)) throw new Error(`Unsafe file key: ${JSON.stringify(key.slice(0, 100))}`);
}

/** The storage the configuration names: S3 when a bucket is set, else the local disk under DATA_DIR. */
export function createFileStorage(settings: FileStorageSettings = {}): FileStorage {
  return settings.s3 ? createS3Storage(settings.s3) : createLocalStorage(settings.dataDir ?? "./data");
}

/** Reads a stored object's stream to the end (tests, small files). */
export async function readAll(file: StoredFile): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of file.body) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}
