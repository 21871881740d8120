import type { Locale } from "../../../../contracts/common/locale-text.ts";
import {
  introductionAccepted,
  introductionDeclined,
  introductionMeeting,
  introductionOutcome,
  introductionReceived,
  introductionRequested,
  introductionWithdrawn,
} from "./introductions.ts";
import { invitation } from "./invitation.ts";
import type { RenderedMail } from "./layout.ts";
import { resetPassword } from "./reset-password.ts";
import { verifyEmail } from "./verify-email.ts";

export { escapeHtml, type LinkMailParams, type RenderedMail } from "./layout.ts";

/** Every kind of mail the platform sends: one function per kind, rendering Korean or English. */
export const templates = {
  "verify-email": verifyEmail,
  "reset-password": resetPassword,
  invitation,
  "introduction-requested": introductionRequested,
  "introduction-received": introductionReceived,
  "introduction-accepted": introductionAccepted,
  "introduction-declined": introductionDeclined,
  "introduction-meeting": introductionMeeting,
  "introduction-outcome": introductionOutcome,
  "introduction-withdrawn": introductionWithdrawn,
} as const;

export type MailKind = keyof typeof templates;
export type MailParams<K extends MailKind> = Parameters<(typeof templates)[K]>[0];

/** Renders mail `kind` in `locale`. */
export function renderMail<K extends MailKind>(kind: K, params: MailParams<K>, locale: Locale): RenderedMail {
  const template = templates[kind] as (params: MailParams<K>, locale: Locale) => RenderedMail;
  return template(params, locale);
}
