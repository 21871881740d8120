import { defineMessages } from "../../i18n/define-messages.ts";

/**
 * Strings of the report-back page a partner (KOTRA, a chamber of commerce) opens from its referral mail,
 * Korean first. Status names live in contracts/support-requests/vocabulary.ts.
 */
export const referralsMessages = defineMessages({
  ko: {
    "referral.title": "기업 지원 연계 결과 알리기",
    "referral.lead":
      "{office}에서 {partner}에 기업의 지원 요청을 연계했습니다. 계정 없이 이 페이지에서 수락 여부와 결과를 알려 주세요. 알려 주신 내용은 기업과 사무소에 전달됩니다.",
    "referral.facts": "연계 내용",
    "referral.partner": "연계 기관",
    "referral.company": "기업",
    "referral.office": "연계한 사무소",
    "referral.subject": "요청 제목",
    "referral.note": "사무소 메모",
    "referral.status": "현재 상태",
    "referral.outcome": "결과",
    "referral.thanks": "감사합니다. 알려 주신 내용을 {office}와 기업에 전달했습니다.",
    "referral.final":
      "이 연계는 ‘{status}’ 상태로 마무리되었습니다. 결과를 바꿔야 하면 {office}에 연락해 주세요.",
    "referral.form.title": "진행 상황 알리기",
    "referral.form.status": "상태",
    "referral.form.statusHint": "지금 상황에 맞는 것을 골라 주세요.",
    "referral.choice.accepted": "수락 — 이 기업을 지원하겠습니다",
    "referral.choice.declined": "거절 — 이 요청은 지원하기 어렵습니다",
    "referral.choice.completed": "완료 — 지원을 마쳤습니다",
    "referral.form.outcome": "결과나 메시지",
    "referral.form.outcomeHint":
      "기업과 사무소가 읽습니다. 예: 소개한 바이어, 다음 일정, 거절하는 이유 (4,000자 이내)",
    "referral.form.submit": "결과 보내기",
    "referral.form.error": "입력한 내용을 확인해 주세요.",
    "referral.conflict":
      "그사이 이 연계의 상태가 바뀌었습니다. 아래의 현재 상태를 확인한 뒤 다시 보내 주세요.",
    "referral.privacy":
      "이 페이지의 주소는 메일을 받은 담당자만을 위한 것입니다. 다른 사람에게 전달하지 마세요.",
  },
  en: {
    "referral.title": "Report on a referral",
    "referral.lead":
      "{office} referred a company's support request to {partner}. Without an account, tell us here whether you take it on and how it ended. The company and the office will see what you write.",
    "referral.facts": "The referral",
    "referral.partner": "Referred to",
    "referral.company": "Company",
    "referral.office": "Referred by",
    "referral.subject": "Subject",
    "referral.note": "Note from the office",
    "referral.status": "Status",
    "referral.outcome": "Outcome",
    "referral.thanks": "Thank you. We passed your report on to {office} and the company.",
    "referral.final":
      "This referral ended as ‘{status}’. If the outcome needs to change, please contact {office}.",
    "referral.form.title": "Tell us where it stands",
    "referral.form.status": "Status",
    "referral.form.statusHint": "Choose what fits now.",
    "referral.choice.accepted": "Accepted — we will support this company",
    "referral.choice.declined": "Declined — we cannot take this request on",
    "referral.choice.completed": "Completed — our support is done",
    "referral.form.outcome": "Outcome or message",
    "referral.form.outcomeHint":
      "The company and the office read it: the buyers you introduced, next steps, or why you decline (up to 4,000 characters).",
    "referral.form.submit": "Send the report",
    "referral.form.error": "Please check what you entered.",
    "referral.conflict":
      "The referral changed in the meantime. Please check its status below, then send your report again.",
    "referral.privacy":
      "This page's address is meant for the contact who got the e-mail only; please do not forward it.",
  },
});
