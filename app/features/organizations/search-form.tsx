import { Button, Group, TextInput } from "@mantine/core";
import { Form } from "react-router";
import { href } from "../../i18n/locale.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { type DirectoryQuery, facetKeys } from "./directory.query.ts";

/** One box for both languages. A GET form, so every search is a URL; the chosen filters ride along. */
export function SearchForm({ query }: { query: DirectoryQuery }) {
  const t = useT();
  const locale = useLocale();
  return (
    <Form
      method="get"
      action={href("/directory", locale)}
      role="search"
      aria-label={t("directory.search.label")}
    >
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <TextInput
          // A new query from a link (a chip, a facet) must show in the box even after hydration.
          key={query.q ?? ""}
          name="q"
          type="search"
          label={t("directory.search.label")}
          description={t("directory.search.hint")}
          placeholder={t("directory.search.placeholder")}
          defaultValue={query.q ?? ""}
          maxLength={200}
          size="md"
          style={{ flex: 1 }}
        />
        {facetKeys.map((key) =>
          query[key] ? <input key={key} type="hidden" name={key} value={query[key]} /> : null,
        )}
        <Button type="submit" size="md">
          {t("directory.search.submit")}
        </Button>
      </Group>
    </Form>
  );
}
