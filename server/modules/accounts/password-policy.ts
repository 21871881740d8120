import { readFileSync } from "node:fs";
import { hash, verify } from "@node-rs/argon2";

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

const common = new Set(
  readFileSync(new URL("./common-passwords.txt", import.meta.url), "utf8")
    .split("\n")
    .map((line) => line.trim().toLowerCase())
    .filter(Boolean),
);

/** True for passwords on the bundled list of most-used passwords (checked case-insensitively). */
export function isCommonPassword(password: string): boolean {
  return common.has(password.trim().toLowerCase());
}

// argon2id (the library's default variant) with OWASP's second recommended profile: 19 MiB, 2 passes, 1 lane.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** argon2id PHC string (`$argon2id$v=19$…`) for storing a password. */
export const hashPassword = (password: string) => hash(password, options);

export const verifyPassword = ({ hash: stored, password }: { hash: string; password: string }) =>
  verify(stored, password).catch(() => false);
