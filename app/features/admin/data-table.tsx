import { Table, Text } from "@mantine/core";
import { useT } from "../../i18n/use-locale.ts";

/**
 * A table that scrolls sideways inside its own box on a phone, so the page itself never does. The box
 * is a focusable, named region: keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function DataTable(props: {
  caption: string;
  note?: string;
  minWidth: number;
  head: React.ReactNode;
  children: React.ReactNode;
}) {
  const t = useT();
  return (
    <Table.ScrollContainer
      minWidth={props.minWidth}
      type="native"
      tabIndex={0}
      role="region"
      aria-label={t("admin.scroll", { name: props.caption })}
    >
      <Table striped highlightOnHover verticalSpacing="sm" captionSide="top">
        <Table.Caption style={{ textAlign: "start" }}>
          <Text component="span" fw={700} c="dark">
            {props.caption}
          </Text>
          {props.note && (
            <Text component="span" c="gray.7" size="sm">
              {" "}
              · {props.note}
            </Text>
          )}
        </Table.Caption>
        <Table.Thead>{props.head}</Table.Thead>
        <Table.Tbody>{props.children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A column header: `scope="col"` ties it to its cells for screen readers. */
export function Th({ children }: { children: React.ReactNode }) {
  return (
    <Table.Th scope="col" style={{ whiteSpace: "nowrap" }}>
      {children}
    </Table.Th>
  );
}

/** A time cell: the machine-readable instant plus its text in the page language. */
export function TimeCell({ value, empty }: { value: { iso: string; text: string } | null; empty?: string }) {
  return (
    <Table.Td style={{ whiteSpace: "nowrap" }}>
      {value ? <time dateTime={value.iso}>{value.text}</time> : (empty ?? "—")}
    </Table.Td>
  );
}
