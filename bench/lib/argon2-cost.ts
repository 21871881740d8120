import os from "node:os";
import { hashPassword, verifyPassword } from "../../server/modules/accounts/password-policy.ts";
import { percentile } from "./percentile.ts";

export type Timing = { n: number; meanMs: number; p50Ms: number; p95Ms: number; perSecond: number };
export type Argon2Cost = {
  /** Sequential hashPassword (what sign-up pays). */
  hash: Timing;
  /** Sequential verifyPassword with the right password (what a successful sign-in pays). */
  verify: Timing;
  /** verifyPassword with `inFlight` calls at once (libuv's thread pool): the machine's ceiling. */
  parallel: { inFlight: number; n: number; perSecond: number };
};

const password = "correct horse battery staple";

/** The server's own argon2id (m=19456 KiB, t=2, p=1), timed in this process with nothing else running. */
export async function measureArgon2(options: { hashes: number; verifies: number }): Promise<Argon2Cost> {
  const stored = await hashPassword(password);
  for (let i = 0; i < 3; i++) await verifyPassword({ hash: stored, password }); // warm-up
  const hash = await timeSequential(options.hashes, () => hashPassword(password));
  const verify = await timeSequential(options.verifies, async () => {
    if (!(await verifyPassword({ hash: stored, password }))) throw new Error("argon2 verify failed");
  });
  const inFlight = os.availableParallelism();
  const n = options.verifies;
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next++ < n) await verifyPassword({ hash: stored, password });
    }),
  );
  const parallel = { inFlight, n, perSecond: n / ((performance.now() - started) / 1000) };
  return { hash, verify, parallel };
}

async function timeSequential(n: number, run: () => Promise<unknown>): Promise<Timing> {
  const times = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await run();
    times[i] = performance.now() - started;
  }
  return summarize(times);
}

export function summarize(times: Float64Array): Timing {
  const sorted = Float64Array.from(times).sort();
  const meanMs = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  return {
    n: sorted.length,
    meanMs,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    perSecond: 1000 / meanMs,
  };
}
