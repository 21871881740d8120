import type { MessageKey } from "../../i18n/messages.ts";
import { useT } from "../../i18n/use-locale.ts";

/** Renders a form error in the page language; `null` when there is none. */
export function useFormError() {
  const t = useT();
  return (error: { key: MessageKey; values?: Record<string, number> } | undefined) =>
    error ? t(error.key, error.values) : null;
}
