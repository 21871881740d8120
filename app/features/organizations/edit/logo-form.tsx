import { Box, Button, Group, Input, Paper, Stack, Text, Title } from "@mantine/core";
import { Form } from "react-router";
import { useT } from "../../../i18n/use-locale.ts";

/**
 * Uploads a logo as a multipart form to the page's action, which hands the bytes to the logo service
 * (the same one behind `PUT /api/v1/organizations/:id/logo`): works without JavaScript.
 */
export function LogoForm({ logoUrl, error }: { logoUrl: string | null; error?: string | undefined }) {
  const t = useT();
  return (
    <Paper component="section" withBorder p="lg" radius="md" aria-labelledby="logo-title">
      <Title order={2} fz={22} id="logo-title" mb="md">
        {t("orgEdit.logo.title")}
      </Title>
      <Group align="flex-start" gap="xl" wrap="wrap">
        <Box>
          {logoUrl ? (
            <img
              src={logoUrl}
              alt={t("orgEdit.logo.current")}
              width={96}
              height={96}
              style={{ borderRadius: 8, border: "1px solid var(--mantine-color-gray-3)" }}
            />
          ) : (
            <Text c="gray.8">{t("orgEdit.logo.none")}</Text>
          )}
        </Box>
        <Form method="post" encType="multipart/form-data">
          <input type="hidden" name="intent" value="logo" />
          <Stack gap="sm">
            <Input.Wrapper
              id="logo-file"
              label={t("orgEdit.logo.file")}
              description={t("orgEdit.logo.hint")}
              error={error}
            >
              <Box mt={4}>
                <input
                  id="logo-file"
                  type="file"
                  name="logo"
                  accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
                  aria-describedby={error ? "logo-file-description logo-file-error" : "logo-file-description"}
                  aria-invalid={error ? true : undefined}
                />
              </Box>
            </Input.Wrapper>
            <Button type="submit" variant="outline" w="fit-content">
              {t("orgEdit.logo.upload")}
            </Button>
          </Stack>
        </Form>
      </Group>
    </Paper>
  );
}
