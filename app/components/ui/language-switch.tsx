import { Anchor } from "@mantine/core";
import { useLocation } from "react-router";
import { useLocale, useT } from "../../i18n/use-locale.ts";

/** A plain link through /language, which remembers the choice and returns to the same page. */
export function LanguageSwitch() {
  const t = useT();
  const locale = useLocale();
  const { pathname, search } = useLocation();
  const other = locale === "ko" ? "en" : "ko";
  const to = `/language?lang=${other}&to=${encodeURIComponent(pathname + search)}`;
  return (
    <Anchor
      href={to}
      lang={other}
      hrefLang={other}
      aria-label={t("language.switchToLong")}
      fw={600}
      c="daegu.9"
      data-testid="language-switch"
    >
      {t("language.switchTo")}
    </Anchor>
  );
}
