/**
 * Roles of the platform (PRODUCT.md "Users and roles"). Visitors have no role: they are not signed in.
 * Roles tied to an organization (office staff, partner and company members) carry that organization.
 */
export const roles = [
  "admin",
  "program-manager",
  "reviewer",
  "office-staff",
  "partner-member",
  "company-member",
] as const;
export type Role = (typeof roles)[number];

export const roleNames: Record<Role, { ko: string; en: string }> = {
  admin: { ko: "시 관리자", en: "City admin" },
  "program-manager": { ko: "프로그램 매니저", en: "Program manager" },
  reviewer: { ko: "심사위원", en: "Reviewer" },
  "office-staff": { ko: "해외사무소 직원", en: "Office staff" },
  "partner-member": { ko: "파트너 구성원", en: "Partner member" },
  "company-member": { ko: "기업 구성원", en: "Company member" },
};
