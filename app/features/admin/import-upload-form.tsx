import { Button, Input, Paper, Title } from "@mantine/core";
import { Form, useNavigation } from "react-router";
import type { MessageKey } from "../../i18n/messages.ts";
import { useT } from "../../i18n/use-locale.ts";

/**
 * A plain multipart form with a native file input: it works before (and without) JavaScript, and
 * the server reads the file, starts the import and redirects to its progress page.
 */
export function ImportUploadForm({ error }: { error?: MessageKey | undefined }) {
  const t = useT();
  const navigation = useNavigation();
  const sending = navigation.state === "submitting" && navigation.formMethod?.toLowerCase() === "post";
  return (
    <Paper withBorder p="lg" radius="md" mb="xl">
      <Title order={2} fz={20} mb="md" id="upload-import">
        {t("imports.upload.title")}
      </Title>
      <Form method="post" encType="multipart/form-data" aria-labelledby="upload-import">
        <Input.Wrapper
          id="import-file"
          label={t("imports.upload.file")}
          description={t("imports.upload.hint")}
          error={error ? t(error) : undefined}
          required
        >
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".jsonl,.ndjson,.json,.txt,application/x-ndjson,application/jsonl,text/plain"
            required
            aria-describedby={error ? "import-file-description import-file-error" : "import-file-description"}
            aria-invalid={error ? true : undefined}
            style={{ display: "block", marginTop: 8, maxWidth: "100%" }}
          />
        </Input.Wrapper>
        <Button
          type="submit"
          mt="lg"
          loading={sending}
          loaderProps={{ "aria-label": t("imports.upload.sending") }}
        >
          {t("imports.upload.submit")}
        </Button>
      </Form>
    </Paper>
  );
}
