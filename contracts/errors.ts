import type { Locale } from "./common/localized.ts";

/**
 * Stable error codes of the HTTP API (contract §4) with their messages in both languages.
 * Clients branch on `code`; `message` is for people and may change.
 */
export const errorMessages = {
  VALIDATION_FAILED: { ko: "입력값을 확인해 주세요.", en: "Please check the input." },
  NOT_FOUND: { ko: "찾을 수 없습니다.", en: "Not found." },
  ROUTE_NOT_FOUND: { ko: "요청한 주소가 없습니다.", en: "No such endpoint." },
  UNAUTHENTICATED: { ko: "로그인이 필요합니다.", en: "Please sign in." },
  FORBIDDEN: { ko: "권한이 없습니다.", en: "You are not allowed to do this." },
  RATE_LIMITED: {
    ko: "요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.",
    en: "Too many requests. Please try again shortly.",
  },
  PAYLOAD_TOO_LARGE: { ko: "요청 크기가 너무 큽니다.", en: "The request is too large." },
  UNSUPPORTED_MEDIA_TYPE: {
    ko: "지원하지 않는 파일 형식입니다.",
    en: "This type of file is not supported.",
  },
  CONFLICT: { ko: "다른 변경과 충돌합니다.", en: "This conflicts with another change." },
  INVALID_TRANSITION: {
    ko: "지금 상태에서는 할 수 없는 단계입니다.",
    en: "This step is not possible in the current state.",
  },
  INTERNAL: {
    ko: "일시적인 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.",
    en: "Something went wrong on our side. Please try again shortly.",
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type ErrorCode = keyof typeof errorMessages;

export type ErrorBody = {
  error: { code: ErrorCode; message: string; fields?: FieldError[] };
};

export type FieldError = { field: string; message: string };
