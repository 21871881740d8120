import { type Role, roles } from "../../../contracts/access/roles.ts";
import type { MessageKey } from "../../i18n/messages.ts";

export type TokenField = "name" | "role" | "expiresInDays";
export type TokenFormErrors = Partial<Record<TokenField, MessageKey>>;
export type TokenFormValues = { name: string; role: string; expiresInDays: string };

/**
 * Reads the "issue a token" form and names each wrong field in the reader's terms; the same limits as
 * the API's `createTokenBody` (name 1–100, a known role, 1–3650 days or none).
 */
export function readTokenForm(
  form: FormData,
):
  | { ok: true; input: { name: string; role: Role; expiresInDays: number | undefined } }
  | { ok: false; errors: TokenFormErrors; values: TokenFormValues } {
  const values = {
    name: String(form.get("name") ?? "").trim(),
    role: String(form.get("role") ?? ""),
    expiresInDays: String(form.get("expiresInDays") ?? "").trim(),
  };
  const errors: TokenFormErrors = {};
  if (!values.name || values.name.length > 100) errors.name = "admin.tokens.error.name";
  if (!roles.includes(values.role as Role)) errors.role = "admin.tokens.error.role";
  const days = Number(values.expiresInDays);
  if (values.expiresInDays && !(/^\d+$/.test(values.expiresInDays) && days >= 1 && days <= 3650)) {
    errors.expiresInDays = "admin.tokens.error.expires";
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors, values };
  return {
    ok: true,
    input: {
      name: values.name,
      role: values.role as Role,
      expiresInDays: values.expiresInDays ? days : undefined,
    },
  };
}
