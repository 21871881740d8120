import { Badge, Box, Group, Text, Title } from "@mantine/core";
import { isFallback, type LocalizedText, pickText } from "../../../contracts/common/locale-text.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { otherLocale } from "./format.ts";

/** "Machine-translated" and "In Korean only" badges of one localized field as shown to the reader. */
export function TextBadges({
  field,
  text,
  machineTranslated,
}: {
  field: string;
  text: LocalizedText | null;
  machineTranslated: string[];
}) {
  const t = useT();
  const locale = useLocale();
  if (!text || !pickText(text, locale)) return null;
  const fallback = isFallback(text, locale);
  const shown = fallback ? otherLocale(locale) : locale;
  const translated = machineTranslated.includes(`${field}.${shown}`);
  if (!fallback && !translated) return null;
  return (
    <>
      {translated && (
        <Badge variant="outline" color="orange.9" tt="none" title={t("org.machineTranslatedHint")}>
          {t("org.machineTranslated")}
        </Badge>
      )}
      {fallback && (
        <Badge variant="outline" color="gray.8" tt="none">
          {t(shown === "ko" ? "org.onlyKorean" : "org.onlyEnglish")}
        </Badge>
      )}
    </>
  );
}

/** One of a profile's texts (description, seeking, offering) under its heading, with its language hints. */
export function LocalizedSection({
  field,
  title,
  text,
  machineTranslated,
}: {
  field: string;
  title: string;
  text: LocalizedText | null;
  machineTranslated: string[];
}) {
  const locale = useLocale();
  const shown = pickText(text, locale);
  if (!shown) return null;
  return (
    <Box component="section" aria-labelledby={`section-${field}`} mt="xl" data-field={field}>
      <Group gap="sm" mb="xs" align="center">
        <Title order={2} fz="xl" id={`section-${field}`}>
          {title}
        </Title>
        <TextBadges field={field} text={text} machineTranslated={machineTranslated} />
      </Group>
      <Text className="prose" lang={isFallback(text, locale) ? otherLocale(locale) : undefined}>
        {shown}
      </Text>
    </Box>
  );
}
