import { readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { LocalizedText } from "../../contracts/common/localized.ts";
import type { Database } from "../../server/db/client.ts";
import { systemActor } from "../../server/platform/actor.ts";
import { StartupError } from "../../server/platform/startup-error.ts";
import { openRuntime } from "../../server/runtime.ts";
import { createServices, type Services } from "../../server/services.ts";
import {
  type BaselineCandidate,
  formatTable,
  type Judged,
  K,
  type Language,
  missedAt,
  ndcgAt,
  overlapRanking,
  parseJudgments,
  recallAt,
  summarize,
  worst,
} from "./metrics.ts";

/**
 * `npm run eval:matching`: imports the search corpus (the local organizations), a few global partners and
 * the labeled opportunities into a throwaway embedded PostgreSQL through the interchange import, asks the
 * matching engine for the top 10 candidates of every judged opportunity, ranks the same organizations by
 * plain word overlap, and prints nDCG@10 and recall@10 for both. `--json` also prints one JSON object.
 */

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const DATA_DIR = here("../../.tmp/eval-matching-data");
const WORST = 5;

type Opportunity = { id: string; externalId: string; language: Language; text: string };
type Ranked = { ranked: string[]; nearMisses: string[] };

const textOf = (...fields: (LocalizedText | null)[]) =>
  fields.flatMap((field) => (field ? [field.ko, field.en].filter((t): t is string => Boolean(t)) : []));

const languageOf = (...fields: (LocalizedText | null)[]): Language => {
  const keys = fields.flatMap((field) => (field ? Object.keys(field) : []));
  return keys.every((key) => key === "ko") ? "ko" : keys.every((key) => key === "en") ? "en" : "both";
};

async function opportunitiesOf(database: Database): Promise<Map<string, Opportunity>> {
  const { rows } = await database.pool.query<{
    id: string;
    external_id: string;
    title: LocalizedText;
    description: LocalizedText | null;
    tags: string[];
  }>("select id, external_id, title, description, tags from opportunities");
  return new Map(
    rows.map((row) => [
      row.external_id,
      {
        id: row.id,
        externalId: row.external_id,
        language: languageOf(row.title, row.description),
        text: [...textOf(row.title, row.description), ...row.tags].join(" "),
      },
    ]),
  );
}

/** The baseline's candidates: every local organization, other than the opportunity's owner. */
async function baselineCandidates(database: Database) {
  const { rows } = await database.pool.query<{
    external_id: string;
    sort_name: string;
    name: LocalizedText;
    summary: LocalizedText | null;
    description: LocalizedText | null;
    offering: LocalizedText | null;
    tags: string[];
  }>(
    `select external_id, sort_name, name, summary, description, offering, tags
       from organizations where scope = 'local' order by sort_name, id`,
  );
  return rows.map(
    (row): BaselineCandidate => ({
      externalId: row.external_id,
      sortName: row.sort_name,
      text: [...textOf(row.name, row.summary, row.description, row.offering), ...row.tags].join(" "),
    }),
  );
}

async function ours(services: Services, opportunityId: string): Promise<Ranked> {
  const { items, nearMisses } = await services.matching.candidates(
    systemActor("eval matching"),
    opportunityId,
    {
      limit: K,
    },
  );
  return {
    ranked: items.map((item) => item.organization.externalId),
    nearMisses: nearMisses.map((item) => item.organization.externalId),
  };
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { json: { type: "boolean", default: false } } });
  const files = ["../search/corpus.jsonl", "./partners.jsonl", "./opportunities.jsonl"];
  const interchange = files.map((file) => readFileSync(here(file), "utf8").trimEnd()).join("\n");
  const judgments = parseJudgments(readFileSync(here("./judgments.jsonl"), "utf8"));
  const owners = new Map(
    readFileSync(here("./opportunities.jsonl"), "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as { externalId: string; owner: string })
      .map((record) => [record.externalId, record.owner]),
  );

  // A fresh embedded database every run: no demo data, no feedback or weights from an earlier run.
  rmSync(DATA_DIR, { recursive: true, force: true });
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const runtime = await openRuntime({ dataDir: DATA_DIR, databaseUrl: undefined }, "cli", log);
  try {
    const services = createServices({ db: runtime.database.db });
    const imported = await services.interchange.import({ actor: systemActor("eval matching") }, interchange);
    if (!imported.ok) {
      for (const problem of imported.problems.slice(0, 20)) {
        log(
          `line ${problem.line} of corpus + partners + opportunities: ${problem.field}: ${problem.message}`,
        );
      }
      log(`The evaluation data was not imported: ${imported.problems.length} problem(s).`);
      return 1;
    }
    const opportunities = await opportunitiesOf(runtime.database);
    const candidates = await baselineCandidates(runtime.database);
    const local = new Set(candidates.map((candidate) => candidate.externalId));
    const unknown = judgments.flatMap((j) => [
      ...(opportunities.has(j.opportunity) ? [] : [`${j.opportunity} (no such opportunity)`]),
      ...Object.keys(j.relevant)
        .filter((id) => !local.has(id))
        .map((id) => `${j.opportunity}: ${id} (no such local organization)`),
    ]);
    if (unknown.length > 0) {
      log(`judgments.jsonl names records the data does not have:\n  ${unknown.join("\n  ")}`);
      return 1;
    }

    const judged: (Judged & { nearMisses: string[] })[] = [];
    const time = { ours: 0, baseline: 0 };
    for (const judgment of judgments) {
      const opportunity = opportunities.get(judgment.opportunity)!;
      let started = performance.now();
      const result = await ours(services, opportunity.id);
      time.ours += performance.now() - started;
      started = performance.now();
      const owner = owners.get(judgment.opportunity);
      const plain = overlapRanking(
        opportunity.text,
        candidates.filter((candidate) => candidate.externalId !== owner),
      );
      time.baseline += performance.now() - started;
      judged.push({
        judgment,
        language: opportunity.language,
        ours: result.ranked,
        baseline: plain,
        nearMisses: result.nearMisses,
      });
    }
    report(judged, time, values.json === true);
    return 0;
  } finally {
    await runtime.close();
  }
}

function report(
  judged: (Judged & { nearMisses: string[] })[],
  time: { ours: number; baseline: number },
  json: boolean,
) {
  const out = (text = "") => process.stdout.write(`${text}\n`);
  const rows = summarize(judged);
  const perOpportunity = (ms: number) => (ms / judged.length).toFixed(1);
  out(`Matching evaluation: ${judged.length} judged opportunities, top ${K} local organizations each.`);
  out("Baseline: plain word overlap (shared distinct words, ties by name).\n");
  out(formatTable(rows));
  out(
    `\nmean time per opportunity: ours ${perOpportunity(time.ours)} ms, baseline ${perOpportunity(time.baseline)} ms`,
  );

  out(`\nThe ${WORST} opportunities ours ranks worst (grade in brackets; * = among ours' near misses):`);
  for (const j of worst(judged, WORST)) {
    const grades = j.judgment.relevant;
    const near = new Set(j.nearMisses);
    out(
      `  ${j.judgment.opportunity} (${j.language}${j.judgment.crossLingual ? ", cross-lingual" : ""})` +
        `  nDCG ${ndcgAt(K, grades, j.ours).toFixed(3)} (baseline ${ndcgAt(K, grades, j.baseline).toFixed(3)})` +
        `  recall ${recallAt(K, grades, j.ours).toFixed(2)}`,
    );
    const missed = missedAt(K, grades, j.ours);
    out(
      `    missed: ${missed.map((m) => `${m.id} [${m.grade}]${near.has(m.id) ? "*" : ""}`).join(", ") || "—"}`,
    );
    out(
      `    ranked: ${j.ours.map((id) => `${id}${grades[id] ? ` [${grades[id]}]` : ""}`).join(", ") || "—"}`,
    );
  }

  if (json) {
    const numbers = {
      k: K,
      summary: rows,
      msPerOpportunity: { ours: time.ours / judged.length, baseline: time.baseline / judged.length },
      opportunities: judged.map((j) => ({
        opportunity: j.judgment.opportunity,
        language: j.language,
        crossLingual: j.judgment.crossLingual === true,
        relevant: j.judgment.relevant,
        ours: j.ours,
        nearMisses: j.nearMisses,
        baseline: j.baseline,
        ndcg: {
          ours: ndcgAt(K, j.judgment.relevant, j.ours),
          baseline: ndcgAt(K, j.judgment.relevant, j.baseline),
        },
        recall: {
          ours: recallAt(K, j.judgment.relevant, j.ours),
          baseline: recallAt(K, j.judgment.relevant, j.baseline),
        },
        missed: missedAt(K, j.judgment.relevant, j.ours),
      })),
    };
    out(`\n${JSON.stringify(numbers)}`);
  }
}

// `eval:matching | head` closes the pipe early: keep going so the database still shuts down cleanly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message =
      error instanceof StartupError ? `${error.message}${error.hint ? ` ${error.hint}` : ""}` : error;
    process.stderr.write(`eval:matching: ${message instanceof Error ? message.message : String(message)}\n`);
    process.exit(1);
  },
);
