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
import { supportRequestAssigned, supportRequestReceived } from "./support-intake.ts";
import { supportReferralInvite, supportReferralReported, supportReferralSent } from "./support-referrals.ts";
import { supportAutoclosed, supportSlaBreach, supportSlaWarning } from "./support-sla.ts";
import {
  supportRequestAssignedToYou,
  supportRequestMention,
  supportRequestRated,
  supportRequestReply,
  supportRequestStatus,
} from "./support-workflow.ts";
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
  "support-request-received": supportRequestReceived,
  "support-request-assigned": supportRequestAssigned,
  "support-referral-sent": supportReferralSent,
  "support-referral-invite": supportReferralInvite,
  "support-referral-reported": supportReferralReported,
  "support-request-status": supportRequestStatus,
  "support-request-reply": supportRequestReply,
  "support-request-mention": supportRequestMention,
  "support-request-assigned-to-you": supportRequestAssignedToYou,
  "support-request-rated": supportRequestRated,
  "support-sla-warning": supportSlaWarning,
  "support-sla-breach": supportSlaBreach,
  "support-autoclosed": supportAutoclosed,
} as const;

export type MailKind = keyof typeof templates;
export type MailParams<K extends MailKind> = Parameters<(typeof templates)[K]>[0];

/** Renders mail `kind` in `locale`. */
export function renderMail<K extends MailKind>(kind: K, params: MailParams<K>, locale: Locale): RenderedMail {
  const template = templates[kind] as (params: MailParams<K>, locale: Locale) => RenderedMail;
  return template(params, locale);
}
