import { Button, type ButtonProps } from "@mantine/core";
import { Form } from "react-router";

/**
 * One button that POSTs a few hidden fields to the page's action (revoke, remove, switch…):
 * a real form, so it works without JavaScript and the server decides.
 */
export function PostButton(props: {
  fields: Record<string, string>;
  label: string;
  ariaLabel?: string;
  danger?: boolean;
  size?: ButtonProps["size"];
}) {
  return (
    <Form method="post">
      {Object.entries(props.fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button
        type="submit"
        size={props.size ?? "xs"}
        variant="outline"
        color={props.danger ? "red.9" : undefined}
        aria-label={props.ariaLabel}
      >
        {props.label}
      </Button>
    </Form>
  );
}
