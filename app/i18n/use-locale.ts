import { useLocation } from "react-router";
import type { Locale } from "../../contracts/common/locale-text.ts";
import { localeFromPath } from "./locale.ts";
import { type MessageKey, translate } from "./messages.ts";

export function useLocale(): Locale {
  return localeFromPath(useLocation().pathname);
}

/** `const t = useT(); t("nav.home")` in the page's language. */
export function useT() {
  const locale = useLocale();
  return (key: MessageKey, values?: Record<string, string | number>) => translate(locale, key, values);
}
