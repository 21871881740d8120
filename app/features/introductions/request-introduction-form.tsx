import { Button, Stack, Textarea } from "@mantine/core";
import { Form } from "react-router";
import type { Locale } from "../../../contracts/common/locale-text.ts";
import { href } from "../../i18n/locale.ts";
import { translate } from "../../i18n/messages.ts";

export type RequestIntroductionFormProps = {
  locale: Locale;
  opportunityId?: string | undefined;
  companyId?: string | undefined;
  partnerId?: string | undefined;
};

/**
 * A compact "ask for an introduction" form to embed beside a match or a candidate: it posts the ids and a
 * message to `/introductions/new`, whose action sends the request and opens the new introduction (or shows
 * what to fix). A real form, so it works without JavaScript.
 */
export function RequestIntroductionForm({
  locale,
  opportunityId,
  companyId,
  partnerId,
}: RequestIntroductionFormProps) {
  const ids = { opportunityId, companyId, partnerId };
  const query = new URLSearchParams(
    Object.entries(ids).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  return (
    <Form method="post" action={`${href("/introductions/new", locale)}${query ? `?${query}` : ""}`}>
      {Object.entries(ids).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      <Stack gap="xs">
        <Textarea
          name="message"
          label={t("introductions.new.message")}
          placeholder={t("introductions.form.placeholder")}
          required
          autosize
          minRows={2}
          maxLength={4000}
        />
        <Button type="submit" size="sm" style={{ alignSelf: "flex-start" }}>
          {t("introductions.form.button")}
        </Button>
      </Stack>
    </Form>
  );
}
