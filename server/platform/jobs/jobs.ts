import { sql } from "drizzle-orm";
import { fromDrizzle, PgBoss } from "pg-boss";
import type { Executor } from "../../db/client.ts";

/** How a queue retries a failed job: `retryLimit` more tries, `retryDelay` seconds apart (doubling with backoff). */
export type RetryPolicy = {
  retryLimit: number;
  retryDelay: number;
  retryBackoff: boolean;
  retryDelayMax?: number;
  /** How long one attempt may run before pg-boss counts it as failed. */
  expireInSeconds?: number;
};

/** One attempt at a job: `retryCount` is 0 on the first try, `retryLimit` on the last. */
export type JobAttempt<T> = { id: string; data: T; retryCount: number; retryLimit: number };

/** Where and when a job is enqueued. */
export type SendOptions = {
  tx?: Executor;
  startAfter?: Date;
  /** A deterministic id makes sending idempotent: the same job is enqueued once. */
  id?: string;
  singletonKey?: string;
};

export type Jobs = {
  /** Creates queue `name` (or updates its retry policy), so jobs can be sent to it. */
  define(name: string, policy: RetryPolicy): Promise<void>;
  /**
   * Enqueues a job; inside `tx` when given, so the job exists only if the transaction commits. Not before
   * `startAfter`; with an `id` (a UUID) already taken, nothing is enqueued and the answer is null.
   */
  send(name: string, data: object, options?: SendOptions): Promise<string | null>;
  /** Sends a job to queue `name` on a cron schedule (UTC), from whichever process runs the cron pass. */
  schedule(name: string, cron: string, data?: object): Promise<void>;
  /** Runs `handler` in this process for each job of queue `name`; a throw fails the attempt (and retries). */
  work<T>(name: string, handler: (job: JobAttempt<T>) => Promise<void>): Promise<void>;
  /** Stops fetching, waits for running handlers (up to `timeoutMs`), closes pg-boss's own pool. */
  stop(timeoutMs?: number): Promise<void>;
};

export type JobsOptions = {
  /** The application's database; pg-boss keeps its tables in its own schema `pgboss` there. */
  connectionString: string;
  onError: (error: Error) => void;
  /** How often an idle worker looks for new jobs; tests poll faster. */
  pollingIntervalSeconds?: number;
  /** Connections of pg-boss's own pool, next to the application's. */
  poolSize?: number;
};

/**
 * Starts the job queue (pg-boss, contract: "jobs in PostgreSQL, without another server"). pg-boss creates
 * and migrates its schema `pgboss` itself on start; our Drizzle migrations never touch it.
 */
export async function startJobs({
  connectionString,
  onError,
  pollingIntervalSeconds = 2,
  poolSize = 4,
}: JobsOptions): Promise<Jobs> {
  const boss = new PgBoss({ connectionString, max: poolSize, application_name: "gateway-jobs" });
  // An EventEmitter without an error listener would crash the process on the first lost connection.
  boss.on("error", onError);
  await boss.start();
  return {
    async define(name, policy) {
      await boss.createQueue(name, policy);
      await boss.updateQueue(name, policy);
    },
    send(name, data, { tx, ...options } = {}) {
      return boss.send(name, data, tx ? { ...options, db: fromDrizzle(tx, sql) } : options);
    },
    async schedule(name, cron, data) {
      await boss.schedule(name, cron, data ?? null);
    },
    async work<T>(name: string, handler: (job: JobAttempt<T>) => Promise<void>) {
      const options = { batchSize: 1, includeMetadata: true, pollingIntervalSeconds } as const;
      await boss.work(name, options, async ([job]) => {
        if (!job) return;
        const { id, retryCount, retryLimit } = job;
        await handler({ id, data: job.data as T, retryCount, retryLimit });
      });
    },
    async stop(timeoutMs = 10_000) {
      await boss.stop({ graceful: true, close: true, timeout: timeoutMs });
    },
  };
}
