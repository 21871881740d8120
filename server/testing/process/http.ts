/** GET a path of a running server; the body is parsed as JSON when the response says it is JSON. */
export async function get(baseUrl: string, pathname: string, headers: Record<string, string> = {}) {
  const response = await fetch(new URL(pathname, baseUrl), { headers });
  const text = await response.text();
  const json: unknown = response.headers.get("content-type")?.includes("application/json")
    ? JSON.parse(text)
    : undefined;
  return { status: response.status, contentType: response.headers.get("content-type") ?? "", text, json };
}

export type ListBody<T = Record<string, unknown>> = { items: T[]; total: number };
