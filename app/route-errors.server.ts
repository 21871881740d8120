import { data } from "react-router";

const statusOf: Record<string, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
};

/**
 * Runs service calls for a loader or action: a refusal (stable error code) becomes the matching HTTP
 * status for the route's error boundary, instead of a 500.
 */
export async function asRoute<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    const status = statusOf[(error as { code?: string }).code ?? ""];
    if (status) throw data(null, { status });
    throw error;
  }
}
