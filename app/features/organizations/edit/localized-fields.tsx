import { Fieldset, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { locales } from "../../../../contracts/common/locale-text.ts";
import type { MessageKey } from "../../../i18n/messages.ts";
import { useT } from "../../../i18n/use-locale.ts";
import { type EditValues, type FieldErrors, type TextField, textFields, textKey } from "./edit.form.ts";
import { MachineTranslatedToggle } from "./machine-translated-toggle.tsx";

const rows: Record<TextField, number> = { name: 1, summary: 2, description: 6, seeking: 3, offering: 3 };

/**
 * The texts of a profile, Korean and English side by side (Korean first), each language with its own
 * "machine-translated" mark, sent as `machineTranslated=summary.en`.
 */
export function LocalizedFields({ values, errors }: { values: EditValues; errors: FieldErrors }) {
  const t = useT();
  return (
    <Stack gap="lg">
      {textFields.map((field) => {
        const label = t(`orgEdit.field.${field}` as MessageKey);
        return (
          <Fieldset
            key={field}
            legend={
              <Text component="span" fw={700}>
                {label}
              </Text>
            }
            variant="unstyled"
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              {locales.map((locale) => {
                const key = textKey(field, locale);
                const language = t(`orgEdit.lang.${locale}`);
                const props = {
                  name: key,
                  lang: locale,
                  label: `${label} (${language})`,
                  defaultValue: values.texts[key] ?? "",
                  // A name missing in both languages is reported once, on the Korean one.
                  error: errors[key] ?? (field === "name" && locale === "ko" ? errors.name : undefined),
                  required: false,
                };
                return (
                  <Stack key={locale} gap={6}>
                    {field === "name" ? (
                      <TextInput {...props} autoComplete="organization" />
                    ) : (
                      <Textarea {...props} autosize minRows={rows[field]} maxRows={16} />
                    )}
                    <MachineTranslatedToggle
                      value={key}
                      checked={values.machineTranslated.includes(key)}
                      field={label}
                      language={language}
                    />
                  </Stack>
                );
              })}
            </SimpleGrid>
          </Fieldset>
        );
      })}
    </Stack>
  );
}
