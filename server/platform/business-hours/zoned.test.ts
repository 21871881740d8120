import { describe, expect, it } from "vitest";
import { fromZoned, toZoned } from "./zoned.ts";

const LA = "America/Los_Angeles";

describe("toZoned / fromZoned", () => {
  it("round-trips ordinary wall times in Los Angeles and Seoul", () => {
    expect(fromZoned({ year: 2026, month: 7, day: 1, hour: 9, minute: 0 }, LA).toISOString()).toBe(
      "2026-07-01T16:00:00.000Z",
    );
    expect(fromZoned({ year: 2026, month: 1, day: 1, hour: 9, minute: 0 }, LA).toISOString()).toBe(
      "2026-01-01T17:00:00.000Z",
    );
    expect(fromZoned({ year: 2026, month: 9, day: 24, hour: 9, minute: 0 }, "Asia/Seoul").toISOString()).toBe(
      "2026-09-24T00:00:00.000Z",
    );
    expect(toZoned(new Date("2026-03-08T10:00:00Z"), LA)).toEqual({
      year: 2026,
      month: 3,
      day: 8,
      hour: 3,
      minute: 0,
      second: 0,
    });
  });

  it("maps a wall time inside the spring-forward gap to the first instant after the gap", () => {
    // 2026-03-08 02:00 PST → 03:00 PDT at 10:00Z; 02:30 never happens.
    expect(fromZoned({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, LA).toISOString()).toBe(
      "2026-03-08T10:00:00.000Z",
    );
    expect(fromZoned({ year: 2027, month: 3, day: 14, hour: 2, minute: 0 }, LA).toISOString()).toBe(
      "2027-03-14T10:00:00.000Z",
    );
  });

  it("chooses the earlier instant for a wall time repeated in the fall-back overlap", () => {
    // 2026-11-01 01:30 happens at 08:30Z (PDT) and again at 09:30Z (PST).
    expect(fromZoned({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, LA).toISOString()).toBe(
      "2026-11-01T08:30:00.000Z",
    );
    expect(fromZoned({ year: 2027, month: 11, day: 7, hour: 1, minute: 0 }, LA).toISOString()).toBe(
      "2027-11-07T08:00:00.000Z",
    );
  });

  it("handles a zone whose midnight falls in the gap (Santiago, 2026-09-06 00:00 → 01:00)", () => {
    const midnight = fromZoned({ year: 2026, month: 9, day: 6, hour: 0, minute: 0 }, "America/Santiago");
    expect(toZoned(midnight, "America/Santiago")).toMatchObject({ day: 6, hour: 1, minute: 0 });
  });
});
