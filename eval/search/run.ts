import { readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Database } from "../../server/db/client.ts";
import { systemActor } from "../../server/platform/actor.ts";
import { containsPattern } from "../../server/platform/ids.ts";
import { StartupError } from "../../server/platform/startup-error.ts";
import { openRuntime } from "../../server/runtime.ts";
import { createServices, type Services } from "../../server/services.ts";
import { formatTable, type Judged, type LabeledQuery, missedAt, parseQueries, summarize } from "./metrics.ts";

/**
 * `npm run eval:search`: imports the labeled corpus into a throwaway embedded PostgreSQL, runs every
 * labeled query through the directory search and through a plain-substring baseline, and prints
 * recall@10 and MRR for both. `--json` also prints the numbers as one JSON object.
 */

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const DATA_DIR = here("../../.tmp/eval-search-data");
const K = 10;

// The baseline: what a search box without tokenizer or dictionary does — ILIKE on every text field.
const BASELINE_SQL = `
  select external_id from organizations
  where ${["name", "summary", "description", "seeking", "offering"]
    .flatMap((field) => [`${field}->>'ko' ilike $1`, `${field}->>'en' ilike $1`])
    .join(" or ")}
     or exists (select 1 from unnest(tags) as tag where tag ilike $1)
  order by sort_name, id
  limit ${K}`;

async function baseline(database: Database, query: string): Promise<string[]> {
  const { rows } = await database.pool.query<{ external_id: string }>(BASELINE_SQL, [containsPattern(query)]);
  return rows.map((row) => row.external_id);
}

async function ours(services: Services, query: string): Promise<string[]> {
  const { items } = await services.organizations.list({ q: query }, { limit: K, offset: 0 });
  return items.map((item) => item.externalId);
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { json: { type: "boolean", default: false } } });
  const corpus = readFileSync(here("./corpus.jsonl"), "utf8");
  const queries = parseQueries(readFileSync(here("./queries.jsonl"), "utf8"));

  // A fresh embedded database every run: no demo data, nothing left from an earlier corpus.
  rmSync(DATA_DIR, { recursive: true, force: true });
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const runtime = await openRuntime({ dataDir: DATA_DIR, databaseUrl: undefined }, "cli", log);
  try {
    const services = createServices({ db: runtime.database.db });
    const imported = await services.interchange.import({ actor: systemActor("eval search") }, corpus);
    if (!imported.ok) {
      for (const problem of imported.problems.slice(0, 20)) {
        log(`corpus.jsonl line ${problem.line}: ${problem.field}: ${problem.message}`);
      }
      log(`The corpus was not imported: ${imported.problems.length} problem(s).`);
      return 1;
    }
    const stored = new Set(
      corpus.split("\n").flatMap((line) => {
        const record =
          line.trim() === "" ? undefined : (JSON.parse(line) as { type?: string; externalId?: string });
        return record?.type === "organization" && record.externalId ? [record.externalId] : [];
      }),
    );
    const unknown = queries.flatMap((q) =>
      q.relevant.filter((id) => !stored.has(id)).map((id) => `${q.query}: ${id}`),
    );
    if (unknown.length > 0) {
      log(`queries.jsonl names records the corpus does not have:\n  ${unknown.join("\n  ")}`);
      return 1;
    }

    const judged: Judged[] = [];
    const time = { ours: 0, baseline: 0 };
    for (const query of queries) {
      let started = performance.now();
      const ranked = await ours(services, query.query);
      time.ours += performance.now() - started;
      started = performance.now();
      const plain = await baseline(runtime.database, query.query);
      time.baseline += performance.now() - started;
      judged.push({ query, ours: ranked, baseline: plain });
    }
    report(judged, time, values.json === true);
    return 0;
  } finally {
    await runtime.close();
  }
}

function report(judged: Judged[], time: { ours: number; baseline: number }, json: boolean) {
  const out = (text = "") => process.stdout.write(`${text}\n`);
  const rows = summarize(judged);
  const perQuery = (ms: number) => (ms / judged.length).toFixed(1);
  out(`Search evaluation: ${judged.length} labeled queries, top ${K} results each.\n`);
  out(formatTable(rows));
  out(`\nmean time per query: ours ${perQuery(time.ours)} ms, baseline ${perQuery(time.baseline)} ms`);

  const misses = judged
    .map((j) => ({ query: j.query, missed: missedAt(K, j.query.relevant, j.ours) }))
    .filter((m) => m.missed.length > 0);
  out(`\nQueries where ours has recall@${K} < 1 (${misses.length}):`);
  for (const { query, missed } of misses) out(`  ${label(query)}  missed: ${missed.join(", ")}`);

  if (json) {
    const numbers = {
      k: K,
      summary: rows,
      msPerQuery: { ours: time.ours / judged.length, baseline: time.baseline / judged.length },
      queries: judged.map((j) => ({
        query: j.query.query,
        kind: j.query.kind,
        relevant: j.query.relevant,
        ours: j.ours,
        baseline: j.baseline,
        missed: missedAt(K, j.query.relevant, j.ours),
      })),
    };
    out(`\n${JSON.stringify(numbers)}`);
  }
}

const label = (query: LabeledQuery) => `${JSON.stringify(query.query)} (${query.kind}, ${query.language})`;

// `eval:search | head` closes the pipe early: keep going so the database still shuts down cleanly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message =
      error instanceof StartupError ? `${error.message}${error.hint ? ` ${error.hint}` : ""}` : error;
    process.stderr.write(`eval:search: ${message instanceof Error ? message.message : String(message)}\n`);
    process.exit(1);
  },
);
