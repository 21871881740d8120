import type { Readable } from "node:stream";
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { assertSafeKey, type FileStorage } from "./storage.ts";

/** S3-compatible storage (AWS S3, MinIO, Ceph, NCP Object Storage …), from the S3_* variables. */
export type S3Settings = {
  bucket: string;
  region: string;
  /** Another provider's endpoint; AWS's own when unset. */
  endpoint: string | undefined;
  /** Static credentials; the SDK's default chain (environment, instance role) when unset. */
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
  /** `https://host/bucket/key` instead of `https://bucket.host/key`, as MinIO and most others need. */
  forcePathStyle: boolean;
};

/** Objects in one bucket under the same keys the local storage uses; the content type is kept by S3. */
export function createS3Storage(settings: S3Settings): FileStorage {
  const client = new S3Client({
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    ...(settings.accessKeyId && settings.secretAccessKey
      ? {
          credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
        }
      : {}),
  });
  const Bucket = settings.bucket;

  return {
    async put(key, bytes, contentType) {
      assertSafeKey(key);
      // S3 replaces an object in one step: readers see the old bytes or the new, never a mix.
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body: bytes, ContentType: contentType }));
    },

    async get(key) {
      assertSafeKey(key);
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        if (!object.Body) return undefined;
        return {
          body: object.Body as Readable,
          contentType: object.ContentType ?? "application/octet-stream",
          size: object.ContentLength,
        };
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
    },

    async delete(key) {
      assertSafeKey(key);
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
  };
}

function isMissing(error: unknown): boolean {
  const failure = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return failure.name === "NoSuchKey" || failure.$metadata?.httpStatusCode === 404;
}
