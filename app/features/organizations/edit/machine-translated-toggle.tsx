import { Checkbox, VisuallyHidden } from "@mantine/core";
import { useT } from "../../../i18n/use-locale.ts";

/**
 * "Machine-translated" under one language of one localized field (`value` is "summary.en"); screen
 * readers hear which field and language it marks. Used by every form with localized text.
 */
export function MachineTranslatedToggle({
  value,
  checked,
  field,
  language,
}: {
  value: string;
  checked: boolean;
  field: string;
  language: string;
}) {
  const t = useT();
  return (
    <Checkbox
      name="machineTranslated"
      value={value}
      defaultChecked={checked}
      size="xs"
      label={
        <>
          {t("orgEdit.machineTranslated")}
          <VisuallyHidden>
            {" "}
            ({field}, {language})
          </VisuallyHidden>
        </>
      }
    />
  );
}
