import { Checkbox, Fieldset, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { industryGroups, industryTaxonomy } from "../../../../contracts/industries/taxonomy.ts";
import type { MessageKey } from "../../../i18n/messages.ts";
import { useLocale, useT } from "../../../i18n/use-locale.ts";

const tops = industryTaxonomy.filter((industry) => !industry.parent);
const childrenOf = (code: string) => industryTaxonomy.filter((industry) => industry.parent === code);

/** Checkbox groups of the taxonomy (contracts/industries/taxonomy.ts): each industry with its sub-sectors. */
export function IndustryPicker({ selected, error }: { selected: string[]; error?: string | undefined }) {
  const t = useT();
  const locale = useLocale();
  const chosen = new Set(selected);
  return (
    <Stack gap="md">
      {error && (
        <Text c="red.9" size="sm" role="alert" id="industries-error">
          {error}
        </Text>
      )}
      {industryGroups.map((group) => (
        <Fieldset
          key={group}
          legend={t(`directory.group.${group}` as MessageKey)}
          aria-describedby={error ? "industries-error" : undefined}
        >
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            {tops
              .filter((industry) => industry.group === group)
              .map((industry) => (
                <Paper key={industry.code} withBorder p="xs" radius="sm">
                  <Checkbox
                    name="industries"
                    value={industry.code}
                    defaultChecked={chosen.has(industry.code)}
                    label={industry.name[locale]}
                    fw={600}
                  />
                  {childrenOf(industry.code).map((sub) => (
                    <Checkbox
                      key={sub.code}
                      name="industries"
                      value={sub.code}
                      defaultChecked={chosen.has(sub.code)}
                      label={sub.name[locale]}
                      size="xs"
                      mt={6}
                      ml="lg"
                    />
                  ))}
                </Paper>
              ))}
          </SimpleGrid>
        </Fieldset>
      ))}
    </Stack>
  );
}
