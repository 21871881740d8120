import type { Locale } from "../../../../contracts/common/locale-text.ts";

/** What a template produces: one message in one language, as plain text and as HTML. */
export type RenderedMail = { subject: string; text: string; html: string };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

/** "1시간" / "1 hour", "30분" / "30 minutes". */
export function duration(minutes: number, locale: Locale): string {
  const hours = minutes / 60;
  if (Number.isInteger(hours))
    return locale === "ko" ? `${hours}시간` : `${hours} hour${hours === 1 ? "" : "s"}`;
  return locale === "ko" ? `${minutes}분` : `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/** A link mail to one person: their name (may be empty), the link, and how long it stays valid. */
export type LinkMailParams = { name: string; url: string; validForMinutes: number };

/** "김대구님, 안녕하세요." / "Hello Kim,"; without a name, just the greeting. */
export function greeting(name: string, locale: Locale): string {
  const trimmed = name.trim();
  if (locale === "ko") return trimmed ? `${trimmed}님, 안녕하세요.` : "안녕하세요.";
  return trimmed ? `Hello ${trimmed},` : "Hello,";
}

const appName = { ko: "대구 글로벌 게이트웨이", en: "Daegu Global Gateway" } as const;

const copyHint = {
  ko: "버튼이 열리지 않으면 아래 주소를 브라우저 주소창에 붙여 넣으세요.",
  en: "If the button does not open, paste this address into your browser.",
} as const;

/** A mail that asks the reader to open one link, built from the same parts as text and as HTML. */
export type LinkMailParts = {
  locale: Locale;
  subject: string;
  greeting: string;
  /** Paragraphs before the link. */
  intro: string[];
  action: { label: string; url: string };
  /** Paragraphs after the link. */
  outro: string[];
};

export function renderLinkMail(parts: LinkMailParts): RenderedMail {
  const { locale, action } = parts;
  const subject = `[${appName[locale]}] ${parts.subject}`;
  const text = [parts.greeting, ...parts.intro, action.url, ...parts.outro, `— ${appName[locale]}`].join(
    "\n\n",
  );
  const p = (content: string) => `<p style="margin:0 0 16px;line-height:1.6">${escapeHtml(content)}</p>`;
  const url = escapeHtml(action.url);
  const html = `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f3f5f7;color:#1b1f24;font-family:Pretendard,'Apple SD Gothic Neo','Malgun Gothic',Arial,sans-serif;font-size:16px">
<div style="max-width:560px;margin:0 auto;padding:32px;background:#ffffff;border-radius:8px">
<p style="margin:0 0 24px;font-weight:700;color:#0b4a8b">${escapeHtml(appName[locale])}</p>
${[parts.greeting, ...parts.intro].map(p).join("\n")}
<p style="margin:24px 0"><a href="${url}" style="display:inline-block;padding:12px 20px;background:#0b4a8b;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:700">${escapeHtml(action.label)}</a></p>
<p style="margin:0 0 16px;line-height:1.6;font-size:14px;color:#4a5561">${escapeHtml(copyHint[locale])}<br><a href="${url}" style="color:#0b4a8b;word-break:break-all">${url}</a></p>
${parts.outro.map(p).join("\n")}
</div>
</body>
</html>
`;
  return { subject, text, html };
}
