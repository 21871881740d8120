import { Worker } from "node:worker_threads";
import type { LoadRequest, LoadResult } from "./load-worker.ts";

export type Measurement = Omit<LoadResult, "ok" | "failed">;
export type MeasureOptions = { connections: number; warmupSeconds: number; seconds: number };

/**
 * Loads one URL with autocannon: a warm-up run (discarded), then the measured run. autocannon runs in a
 * worker thread so that it does not share an event loop with the raw server living in this process.
 */
export async function measure(
  url: string,
  options: MeasureOptions,
  headers?: Record<string, string>,
): Promise<Measurement> {
  await load({ url, headers, connections: options.connections, seconds: options.warmupSeconds });
  const result = await load({ url, headers, connections: options.connections, seconds: options.seconds });
  if (result.failed > 0 || result.ok === 0) {
    throw new Error(
      `${url}: ${result.failed} failed responses, ${result.ok} ok — the numbers would mislead.`,
    );
  }
  return { rps: result.rps, p50Ms: result.p50Ms, p95Ms: result.p95Ms };
}

function load(request: LoadRequest): Promise<LoadResult> {
  const worker = new Worker(new URL("./load-worker.ts", import.meta.url), { workerData: request });
  const limit = (request.seconds + 30) * 1000;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`${request.url}: the load run did not finish within ${limit / 1000} s.`));
    }, limit);
    worker.once("message", (result: LoadResult) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    });
    worker.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
