import { createHash, randomBytes } from "node:crypto";

/** A new secret for links and API access: `prefix` followed by 256 random bits (base64url). */
export function newSecretToken(prefix: string): string {
  return prefix + randomBytes(32).toString("base64url");
}

/**
 * SHA-256 of a secret token, the only form we store. The tokens are 256-bit random, so a fast hash is
 * safe (no guessing to slow down) and lookups stay a single indexed equality.
 */
export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
