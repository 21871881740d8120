import { Anchor } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { useLocale } from "../../i18n/use-locale.ts";
import { directoryHref } from "./directory.query.ts";

/** "See all … in the directory →": the zone and industry pages hand their filter to /directory. */
export function DirectoryLink({
  filter,
  children,
}: {
  filter: Parameters<typeof directoryHref>[2];
  children: ReactNode;
}) {
  const locale = useLocale();
  return (
    <Anchor
      component={Link}
      to={directoryHref(locale, {}, filter)}
      c="daegu.9"
      fw={600}
      mt="lg"
      display="inline-block"
    >
      {children} →
    </Anchor>
  );
}
