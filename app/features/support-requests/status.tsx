import { Badge } from "@mantine/core";
import { useEffect, useState } from "react";
import type { SlaClockView } from "../../../contracts/support-requests/support-request.ts";
import {
  type SupportPriority,
  type SupportStatus,
  supportPriorityNames,
  supportStatusNames,
} from "../../../contracts/support-requests/vocabulary.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { type ClockData, duration, formatInstant, type SlaTone, toneOf, type When } from "./format.ts";

// "dot" badges: the colour is in the dot, the text stays dark on white (contrast well above 4.5:1).
const statusColors: Record<SupportStatus, string> = {
  new: "yellow",
  triaged: "cyan",
  "in-progress": "blue",
  "waiting-on-company": "grape",
  resolved: "teal",
  closed: "gray",
};

export function StatusBadge({ status }: { status: SupportStatus }) {
  const locale = useLocale();
  return (
    <Badge variant="dot" color={statusColors[status]} tt="none" c="dark.9" data-status={status}>
      {supportStatusNames[status][locale]}
    </Badge>
  );
}

const priorityColors: Record<SupportPriority, string> = {
  low: "gray",
  normal: "blue",
  high: "orange",
  urgent: "red",
};

export function PriorityBadge({ priority }: { priority: SupportPriority }) {
  const locale = useLocale();
  const t = useT();
  return (
    <Badge variant="dot" color={priorityColors[priority]} tt="none" c="dark.9">
      {t("support.priorityOf", { priority: supportPriorityNames[priority][locale] })}
    </Badge>
  );
}

export const toneKeys: Record<SlaTone, MessageKey> = {
  "on-track": "support.sla.onTrack",
  "at-risk": "support.sla.atRisk",
  breached: "support.sla.breached",
  paused: "support.sla.paused",
  met: "support.sla.met",
  none: "support.sla.none",
};

/** A clock's state in a word, marked by colour and by text (never by colour alone). */
export function SlaBadge({ clock, warnMinutes }: { clock: SlaClockView; warnMinutes?: number | undefined }) {
  const t = useT();
  const tone = toneOf(clock, warnMinutes);
  return (
    <span className="support-sla" data-tone={tone}>
      {t(toneKeys[tone])}
    </span>
  );
}

/** Set once the page has hydrated: later instants can be written in the reader's zone from the start. */
let hydrated = false;

/**
 * An instant: the server's text first (Korea's clock, zone named), then, once the page runs, the same
 * instant in the reader's own time zone.
 */
export function LocalTime({ value }: { value: When }) {
  const locale = useLocale();
  const [text, setText] = useState(() =>
    hydrated ? formatInstant(value.iso, locale, undefined) : value.text,
  );
  useEffect(() => {
    hydrated = true;
    setText(formatInstant(value.iso, locale, undefined));
  }, [value.iso, locale]);
  return <time dateTime={value.iso}>{text}</time>;
}

/** Business minutes left (or over) of a running clock: "3시간 20분 남음", "1시간 초과". */
export function remainingText(
  clock: SlaClockView,
  t: (key: MessageKey, values?: Record<string, string | number>) => string,
  locale: "ko" | "en",
): string | null {
  if (clock.remainingMinutes === null || (clock.state !== "running" && clock.state !== "breached"))
    return null;
  const amount = duration(clock.remainingMinutes, locale);
  return clock.remainingMinutes < 0 || clock.state === "breached"
    ? t("support.sla.over", { duration: amount })
    : t("support.sla.left", { duration: amount });
}

/**
 * One SLA clock in full: its state, the due time in the reader's zone and in the office's ("기한 11월 26일
 * 오전 10:00 (Los Angeles 11월 25일 17:00)"), and the business time left.
 */
export function SlaClock({ data, warnMinutes }: { data: ClockData; warnMinutes?: number | undefined }) {
  const t = useT();
  const locale = useLocale();
  const { clock, due, stopped } = data;
  const left = remainingText(clock, t, locale);
  return (
    <span className="support-clock">
      <SlaBadge clock={clock} warnMinutes={warnMinutes} />
      {due && clock.state !== "paused" && (
        <span className="support-clock-due">
          {t("support.sla.due")} <LocalTime value={due} />{" "}
          <span className="support-clock-office">
            ({t("support.sla.officeTime", { place: due.place, time: due.office })})
          </span>
        </span>
      )}
      {left && <span className="support-clock-left">{left}</span>}
      {stopped && (clock.state === "met" || clock.state === "breached") && (
        <span className="support-clock-left">
          {t("support.sla.stoppedAt")} <LocalTime value={stopped} />
        </span>
      )}
      {clock.state === "paused" && <span className="support-clock-left">{t("support.sla.pausedHint")}</span>}
    </span>
  );
}
