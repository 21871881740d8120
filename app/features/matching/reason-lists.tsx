import { Box, List, Progress, Text } from "@mantine/core";
import type { Locale } from "../../../contracts/common/locale-text.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";

export type Reason = { code: string; text: Record<Locale, string> };

/** The score as words and a bar ("Fit 83%"), green from 60%. */
export function ScoreBar({ score, width }: { score: number; width: number }) {
  const t = useT();
  const percent = Math.round(score * 100);
  return (
    <Box w={width} style={{ flexShrink: 0 }}>
      <Text size="sm" fw={600} ta="right">
        {t("matching.score", { percent })}
      </Text>
      <Progress
        value={percent}
        color={percent >= 60 ? "teal.8" : "daegu.7"}
        aria-label={t("matching.score", { percent })}
        mt={4}
      />
    </Box>
  );
}

/** Why it fits (✓) and why not higher (–), in the page's language, each list named for screen readers. */
export function ReasonLists({
  reasons,
  gaps,
  headings = false,
}: {
  reasons: Reason[];
  gaps: Reason[];
  headings?: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  // Gaps read a shade quieter than reasons.
  const list = (items: Reason[], label: string, mark: string, color: string, text?: string) =>
    items.length > 0 && (
      <Box>
        {headings && (
          <Text size="sm" fw={600}>
            {label}
          </Text>
        )}
        <List size="sm" spacing={2} mt={headings ? 2 : 0} c={text} aria-label={label}>
          {items.map((item) => (
            <List.Item
              key={item.code + item.text[locale]}
              icon={
                <Text span c={color} aria-hidden>
                  {mark}
                </Text>
              }
            >
              {item.text[locale]}
            </List.Item>
          ))}
        </List>
      </Box>
    );
  return (
    <>
      {list(reasons, t("matching.reasons"), "✓", "teal.9")}
      {list(gaps, t("matching.gaps"), "–", "orange.9", "gray.8")}
    </>
  );
}
