import { useEffect, useState } from "react";
import type { Locale } from "../../../contracts/common/locale-text.ts";

/**
 * The reader's own IANA time zone, known only in the browser: null on the server and during hydration (so
 * the hydrated page matches the server's HTML), then the browser's zone.
 */
export function useReaderZone(): string | null {
  const [zone, setZone] = useState<string | null>(null);
  useEffect(() => {
    setZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
  }, []);
  return zone;
}

const tags: Record<Locale, string> = { ko: "ko-KR", en: "en-GB" };

/** An opening from `opensAt` to `closesAt` in `zone`: "수 01:00–10:00", or "수 23:00–목 08:00" across midnight. */
export function readerRange(opensAt: string, closesAt: string, zone: string, locale: Locale): string {
  const day = new Intl.DateTimeFormat(tags[locale], { weekday: "short", timeZone: zone });
  const time = new Intl.DateTimeFormat(tags[locale], {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: zone,
  });
  const open = new Date(opensAt);
  const close = new Date(closesAt);
  const sameDay =
    new Intl.DateTimeFormat("en-CA", { timeZone: zone }).format(open) ===
    new Intl.DateTimeFormat("en-CA", { timeZone: zone }).format(new Date(close.getTime() - 1));
  const start = `${day.format(open)} ${time.format(open)}`;
  const end = sameDay ? time.format(close) : `${day.format(close)} ${time.format(close)}`;
  return `${start}–${end}`;
}

/** The opening in the reader's own time, once the browser has said which zone that is. */
export function ReaderRange(props: {
  opensAt: string;
  closesAt: string;
  locale: Locale;
  zone: string | null;
}) {
  if (!props.zone) return <span aria-hidden="true">—</span>;
  return (
    <time dateTime={props.opensAt} data-testid="reader-time">
      {readerRange(props.opensAt, props.closesAt, props.zone, props.locale)}
    </time>
  );
}
