import { Alert, Button, CopyButton, Group, Text, TextInput } from "@mantine/core";
import { useT } from "../../i18n/use-locale.ts";

/** The one time a token is ever shown: after this answer only its prefix and hash are kept. */
export function NewToken({ name, token }: { name: string; token: string }) {
  const t = useT();
  return (
    <Alert
      color="green"
      variant="light"
      title={t("admin.tokens.created.title", { name })}
      mb="xl"
      role="status"
      styles={{ title: { fontSize: "var(--mantine-font-size-lg)", color: "var(--mantine-color-black)" } }}
    >
      <Text fw={700} c="red.9" mb="sm">
        {t("admin.tokens.created.notice")}
      </Text>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={t("admin.tokens.created.label")}
          value={token}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
          style={{ flex: "1 1 320px" }}
          data-testid="new-token"
        />
        <CopyButton value={token}>
          {({ copied, copy }) => (
            <Button onClick={copy} color={copied ? "teal.9" : "daegu"} aria-live="polite">
              {copied ? t("admin.tokens.copied") : t("admin.tokens.copy")}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Text size="sm" c="gray.8" mt="sm">
        {t("admin.tokens.created.usage")}
      </Text>
    </Alert>
  );
}
