import { defineMessages } from "../../i18n/define-messages.ts";

/** Strings of invitations and organization memberships, Korean first. */
export const membershipsMessages = defineMessages({
  ko: {
    "invitation.title": "기관 구성원 초대",
    "invitation.lead": "초대받은 이메일 주소의 계정으로 로그인하면 초대를 수락할 수 있습니다.",
    "invitation.signInFirst": "로그인하고 수락하기",
    "invitation.signUpFirst": "계정 만들고 수락하기",
    "invitation.accept": "초대 수락",
    "invitation.accepted": "초대를 수락했습니다. 이제 이 기관을 대표합니다.",
    "invitation.invalid":
      "유효하지 않거나 만료되었거나 이미 사용한 초대입니다. 기관 담당자에게 새 초대를 요청하세요.",
    "invitation.otherAddress": "이 초대는 다른 이메일 주소로 보낸 것입니다. 초대받은 주소로 로그인해 주세요.",
    "memberships.title": "내 기관",
    "memberships.none":
      "아직 대표하는 기관이 없습니다. 기관 담당자의 초대를 받거나 디렉터리에서 기관을 대표하겠다고 요청하세요.",
    "memberships.owner": "소유자",
    "memberships.member": "구성원",
  },
  en: {
    "invitation.title": "Invitation to an organization",
    "invitation.lead": "Sign in with the account of the invited e-mail address to accept the invitation.",
    "invitation.signInFirst": "Sign in to accept",
    "invitation.signUpFirst": "Create an account to accept",
    "invitation.accept": "Accept the invitation",
    "invitation.accepted": "Invitation accepted. You now represent this organization.",
    "invitation.invalid":
      "This invitation is not valid, has expired or was already used. Ask the organization for a new one.",
    "invitation.otherAddress":
      "This invitation was sent to another e-mail address. Please sign in with that address.",
    "memberships.title": "My organizations",
    "memberships.none":
      "You do not represent an organization yet. Accept an invitation, or ask to represent one from the directory.",
    "memberships.owner": "Owner",
    "memberships.member": "Member",
  },
});
