import { Badge, Text, VisuallyHidden } from "@mantine/core";
import { introductionStatusNames } from "../../../contracts/introductions/labels.ts";
import type { IntroductionStatus } from "../../../contracts/introductions/states.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";

// "dot" badges: the colour is in the dot, the text stays dark on white (contrast well above 4.5:1).
const colors: Record<IntroductionStatus, string> = {
  requested: "yellow",
  accepted: "blue",
  declined: "red",
  "meeting-held": "grape",
  completed: "teal",
  withdrawn: "gray",
};

export function StatusBadge({ status }: { status: IntroductionStatus }) {
  const locale = useLocale();
  return (
    <Badge variant="dot" color={colors[status]} tt="none" c="dark.9">
      {introductionStatusNames[status][locale]}
    </Badge>
  );
}

/** The way through: requested → accepted → meeting held → completed. Declined and withdrawn end it early. */
const path = ["requested", "accepted", "meeting-held", "completed"] as const;

/**
 * The steps reached so far (from the timeline, so a withdrawal after acceptance still shows "accepted"),
 * the state it is in marked as the current step, and a plain sentence when it ended early.
 */
export function ProgressSteps({
  status,
  reached,
}: {
  status: IntroductionStatus;
  reached: IntroductionStatus[];
}) {
  const t = useT();
  const locale = useLocale();
  const last = Math.max(...reached.map((s) => path.indexOf(s as (typeof path)[number])), 0);
  const ended = status === "declined" || status === "withdrawn";
  return (
    <>
      <ol className="intro-steps" aria-label={t("introductions.progress")}>
        {path.map((step, index) => {
          const done = index <= last;
          const current = index === last && status !== "completed" && !ended;
          const state = done ? "done" : "upcoming";
          return (
            <li
              key={step}
              className="intro-step"
              data-state={state}
              aria-current={current ? "step" : undefined}
            >
              <span className="intro-step-mark" aria-hidden="true">
                {done ? "✓" : index + 1}
              </span>
              <span>{introductionStatusNames[step][locale]}</span>
              <VisuallyHidden>
                (
                {t(
                  current
                    ? "introductions.step.current"
                    : done
                      ? "introductions.step.done"
                      : "introductions.step.upcoming",
                )}
                )
              </VisuallyHidden>
            </li>
          );
        })}
      </ol>
      {ended && (
        <Text mt="sm" c="red.9" fw={600}>
          {t("introductions.ended", { status: introductionStatusNames[status][locale] })}
        </Text>
      )}
    </>
  );
}
