import { Badge } from "@mantine/core";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import type { DeadlineText } from "./card-data.ts";
import { daysLeftText } from "./format.ts";

/** Closed, past its deadline, or open with the days left (urgent ones stand out). */
export function StatusBadges(props: {
  status: "open" | "closed";
  expired: boolean;
  deadline: DeadlineText | null;
}) {
  const t = useT();
  const locale = useLocale();
  if (props.status === "closed")
    return (
      <Badge variant="filled" color="gray.8" tt="none">
        {t("opportunities.status.closed")}
      </Badge>
    );
  if (props.expired)
    return (
      <Badge variant="outline" color="gray.8" tt="none">
        {t("opportunities.status.expired")}
      </Badge>
    );
  const left = props.deadline ? daysLeftText(props.deadline, locale) : undefined;
  if (!left) return null;
  const soon = (props.deadline?.daysLeft ?? 99) <= 7;
  return (
    <Badge variant={soon ? "filled" : "outline"} color={soon ? "red.9" : "teal.9"} tt="none">
      {left}
    </Badge>
  );
}
