import { describe, expect, it } from "vitest";
import type { OfficeView } from "../../../contracts/offices/office.ts";
import { type SettingsValues, valuesOf } from "./settings.form.ts";
import { fieldOf, parseSettings } from "./settings.server.ts";

const open = { start: "09:00", end: "18:00" };
const desk = {
  name: { ko: "대구시 LA 사무소", en: "Daegu City LA Office" },
  countries: ["US"],
  timeZone: "America/Los_Angeles",
  hours: [null, open, open, open, open, open, null],
  holidayCalendars: ["us" as const],
  holidays: [],
  services: ["market-research" as const, "certification" as const],
  reopenDays: 14,
  warnBeforeMinutes: 120,
  slaTargets: {
    urgent: { firstResponseMinutes: 60, resolutionMinutes: 960 },
    high: { firstResponseMinutes: 240, resolutionMinutes: 1920 },
    normal: { firstResponseMinutes: 480, resolutionMinutes: 4800 },
    low: { firstResponseMinutes: 960, resolutionMinutes: 9600 },
  },
};
const office: OfficeView = {
  id: "01a2109b-3f12-7800-8254-dfd0648658f2",
  organizationId: "01a2109b-3f12-7800-8254-dfd0648658f3",
  ...desk,
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
};
const form = (change: (values: SettingsValues) => void = () => {}) => {
  const values = valuesOf(office);
  change(values);
  return values;
};

describe("the office settings form as an API change", () => {
  it("round-trips the saved office: hours in the form are business minutes in the API", () => {
    expect(valuesOf(office).sla.urgent).toEqual({ firstResponse: "1", resolution: "16" });
    const { body } = parseSettings(
      form((values) => {
        values.sla.urgent.firstResponse = "1.5";
        values.countries = "us, ca us";
        values.hours[1] = { closed: false, start: "10:00", end: "17:00" };
        values.hours[6] = { closed: true, start: "10:00", end: "" };
        values.holidays = "2026-12-24\n\n 2026-12-31 \n";
      }),
      "ko",
    );
    expect(body).toMatchObject({
      name: desk.name,
      countries: ["US", "CA"],
      hours: [null, { start: "10:00", end: "17:00" }, ...desk.hours.slice(2)],
      holidays: ["2026-12-24", "2026-12-31"],
      slaTargets: { ...desk.slaTargets, urgent: { firstResponseMinutes: 90, resolutionMinutes: 960 } },
      reopenDays: 14,
      warnBeforeMinutes: 120,
    });
  });

  it("names each bad field next to it, in the page's language", () => {
    const { errors } = parseSettings(
      form((values) => {
        values.nameKo = "";
        values.nameEn = "";
        values.timeZone = "Mars/Olympus";
        values.countries = "usa";
        values.hours[2] = { closed: false, start: "9", end: "18:00" };
        values.hours[3] = { closed: false, start: "10:00", end: "" };
        values.services = [];
        values.sla.high.firstResponse = "abc";
        values.sla.low.firstResponse = "200";
        values.reopenDays = "-1";
        values.holidays = "2026-13-01";
      }),
      "ko",
    );
    expect(errors).toEqual({
      "name.ko": "한국어(ko) 또는 영어(en) 중 하나 이상이 필요합니다",
      countries: "KR, US 같은 ISO 3166-1 두 글자 국가 코드여야 합니다",
      timeZone: "America/Los_Angeles 같은 IANA 시간대여야 합니다",
      "hours.2.start": "09:00 같은 시각(HH:MM)이어야 합니다",
      "hours.3.end": "시작과 종료 시각을 모두 적거나 휴무로 표시해 주세요",
      services: "지원 분야를 하나 이상 골라야 합니다",
      "sla.high.firstResponse": "0보다 큰 시간을 숫자로 적어 주세요",
      "sla.low.firstResponse": "해결 목표 시간보다 길 수 없습니다",
      reopenDays: "0 이상의 정수를 적어 주세요",
      holidays: "ISO 8601 날짜(YYYY-MM-DD)여야 합니다",
    });
    expect(
      parseSettings(
        form((values) => {
          values.timeZone = "Seoul";
        }),
        "en",
      ).errors,
    ).toEqual({
      timeZone: "must be an IANA time zone such as America/Los_Angeles",
    });
  });

  it("maps API fields to form fields", () => {
    expect(fieldOf("hours[1].end")).toBe("hours.1.end");
    expect(fieldOf("slaTargets.high.resolutionMinutes")).toBe("sla.high.resolution");
    expect(fieldOf("countries[2]")).toBe("countries");
    expect(fieldOf("name")).toBe("name.ko");
  });
});
