import { afterEach, describe, expect, it } from "vitest";
import { cleanupProcesses, type Exit, makeDataDir, runGateway } from "../server/testing/process/index.ts";

// `gateway export` with the directory's filters: the organizations a filtered directory lists.

const SAMPLE = "../shared/contracts/examples/sample.jsonl";

function expectExit(exit: Exit, code: number) {
  expect(exit.stderr).not.toContain("    at ");
  expect(exit, exit.stderr).toMatchObject({ code, signal: null });
}

const externalIds = (jsonl: string) =>
  jsonl
    .trimEnd()
    .split("\n")
    .map((line) => (JSON.parse(line) as { externalId: string }).externalId);

afterEach(cleanupProcesses, 60_000);

describe("gateway export with filters", () => {
  it("exports only the organizations matching the flags, as JSONL or as CSV with a BOM", async () => {
    const env = { DATA_DIR: makeDataDir() };
    expectExit(await runGateway(["import", SAMPLE], env), 0);

    const accelerators = await runGateway(["export", "--kind", "accelerator"], env);
    expectExit(accelerators, 0);
    expect(externalIds(accelerators.stdout)).toEqual(["pnp"]);

    const local = await runGateway(["export", "--scope", "local", "--country", "kr"], env);
    expectExit(local, 0);
    expect(externalIds(local.stdout).sort()).toEqual(["daegu-city", "sample-med-ai", "sample-optics"]);

    // Korean in the query, Korean in the file: searched in both languages as the directory does.
    const csv = await runGateway(["export", "--format", "csv", "--q", "안경"], env);
    expectExit(csv, 0);
    expect(csv.stdout.startsWith("\uFEFFexternalId,kind,scope,name.ko,name.en,")).toBe(true);
    const rows = csv.stdout.split("\r\n").slice(1, -1);
    expect(rows).toEqual([
      "sample-optics,manufacturer,local,㈜샘플광학,,금속 안경테를 OEM으로 생산하는 제조사.,,eyewear,,,,40,,KR,Daegu,,",
    ]);

    // Without filters the export is unchanged: everything (contract §3).
    const all = await runGateway(["export"], env);
    expect(all.stdout.trimEnd().split("\n")).toHaveLength(6);
  });

  it("refuses a wrong filter before opening the database", async () => {
    const result = await runGateway(["export", "--stage", "unicorn"], { DATA_DIR: makeDataDir() });
    expectExit(result, 2);
    expect(result.stderr).toContain("--stage must be one of idea, pre-seed");
    expect(result.stdout).toBe("");
  });
});
