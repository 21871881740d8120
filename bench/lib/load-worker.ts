import { parentPort, workerData } from "node:worker_threads";
import autocannon from "autocannon";
import { percentile } from "./percentile.ts";

export type LoadRequest = {
  url: string;
  connections: number;
  seconds: number;
  headers?: Record<string, string> | undefined;
};
export type LoadResult = {
  rps: number;
  p50Ms: number;
  p95Ms: number;
  ok: number;
  failed: number;
};

// autocannon's latency histogram has whole-millisecond resolution and no p95, so every 2xx response
// time (high-resolution, in ms) is kept here and the percentiles are computed exactly from them.
const request = workerData as LoadRequest;
const latencies: number[] = [];
const instance = autocannon(
  {
    url: request.url,
    connections: request.connections,
    duration: request.seconds,
    ...(request.headers ? { headers: request.headers } : {}),
  },
  (error, result) => {
    if (error) throw error;
    const sorted = Float64Array.from(latencies).sort();
    const answer: LoadResult = {
      rps: result["2xx"] / result.duration,
      p50Ms: percentile(sorted, 50),
      p95Ms: percentile(sorted, 95),
      ok: result["2xx"],
      failed: result.non2xx + result.errors + result.timeouts,
    };
    parentPort?.postMessage(answer);
  },
);
instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
  if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
});
