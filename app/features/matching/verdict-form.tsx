import { Badge, Button, Group, NativeSelect } from "@mantine/core";
import { Form } from "react-router";
import { feedbackReasons, type Verdict } from "../../../contracts/matching/vocabulary.ts";
import { useT } from "../../i18n/use-locale.ts";

/** What a verdict form posts besides the verdict: which kind of match, and the pair. */
export type VerdictTarget =
  | { target: "candidate"; opportunityId: string; organizationId: string }
  | { target: "opportunity"; organizationId: string; opportunityId: string }
  | { target: "suggestion"; organizationId: string; otherId: string };

/**
 * "Useful" or "not useful, because …" on one match. A plain form: it works without JavaScript, and a
 * match marked not useful disappears on the next page load for good.
 */
export function VerdictForm({
  target,
  verdict,
  label,
  action,
  back,
}: {
  target: VerdictTarget;
  verdict: Verdict | null;
  label: string;
  /** Another page's action that takes verdicts (`/matches`), coming `back` here afterwards. */
  action?: string | undefined;
  back?: string | undefined;
}) {
  const t = useT();
  const hidden = Object.entries({ ...target, ...(back ? { back } : {}) }).map(([name, value]) => (
    <input key={name} type="hidden" name={name} value={value} />
  ));
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      {verdict === "useful" ? (
        <Badge color="teal.9" variant="light" tt="none">
          ✓ {t("matching.verdict.markedUseful")}
        </Badge>
      ) : (
        <Form method="post" action={action} preventScrollReset>
          {hidden}
          <Button
            type="submit"
            name="verdict"
            value="useful"
            size="xs"
            variant="light"
            aria-label={`${t("matching.verdict.useful")}: ${label}`}
          >
            {t("matching.verdict.useful")}
          </Button>
        </Form>
      )}
      <Form method="post" action={action} preventScrollReset>
        {hidden}
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <NativeSelect
            name="reason"
            size="xs"
            label={t("matching.verdict.reasonLabel")}
            aria-label={`${t("matching.verdict.reasonLabel")} (${label})`}
            data={[
              { value: "", label: "—" },
              ...feedbackReasons.map((reason) => ({ value: reason, label: t(`matching.reason.${reason}`) })),
            ]}
          />
          <Button
            type="submit"
            name="verdict"
            value="not-useful"
            size="xs"
            variant="default"
            aria-label={`${t("matching.verdict.notUseful")}: ${label}`}
          >
            {t("matching.verdict.notUseful")}
          </Button>
        </Group>
      </Form>
    </Group>
  );
}
