/** The review queue's statuses and page size, shared by its loader and its page (browser-safe). */
export const REVIEWS_PAGE = 20;
export const reviewStatuses = ["pending", "approved", "reverted"] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];
