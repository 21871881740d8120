import { Box, Input } from "@mantine/core";
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENTS_PER_MESSAGE,
} from "../../../contracts/support-requests/vocabulary.ts";
import { useT } from "../../i18n/use-locale.ts";

/** What the file input offers to pick; the server recognizes each file by its bytes all the same. */
const ACCEPT = ".pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.pptx,.hwp,.hwpx,.txt,.csv";

/**
 * A native multiple-file input (works without JavaScript) named `attachments`, with the limits said up
 * front and the server's refusal beside it. `again`: the form came back with other errors, and browsers
 * never keep chosen files, so the person is asked to choose them again.
 */
export function FileField({
  id,
  error,
  again = false,
  label,
}: {
  id: string;
  error?: string | undefined;
  again?: boolean;
  label?: string;
}) {
  const t = useT();
  const hint = t("support.files.hint", {
    count: ATTACHMENTS_PER_MESSAGE,
    size: Math.round(ATTACHMENT_MAX_BYTES / (1024 * 1024)),
  });
  const description = again ? `${hint} ${t("support.files.again")}` : hint;
  return (
    <Input.Wrapper
      id={id}
      label={label ?? t("support.field.attachments")}
      description={description}
      error={error}
    >
      <Box mt={4}>
        <input
          id={id}
          type="file"
          name="attachments"
          multiple
          accept={ACCEPT}
          className="support-file"
          aria-describedby={error ? `${id}-description ${id}-error` : `${id}-description`}
          aria-invalid={error ? true : undefined}
        />
      </Box>
    </Input.Wrapper>
  );
}
