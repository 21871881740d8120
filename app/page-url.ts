/**
 * The page a loader or action runs for. Client-side navigations ask React Router for
 * `/page.data?…&_routes=…` (`/_root.data` for `/`); redirects and `next=` links must name the page itself.
 */
export function pageUrl(request: Request): URL {
  const url = new URL(request.url);
  url.pathname = url.pathname === "/_root.data" ? "/" : url.pathname.replace(/\.data$/, "");
  url.searchParams.delete("_routes");
  return url;
}

/** The `offset` paging parameter of a list page: a whole number from 0 to 1,000,000, else 0. */
export function offsetOf(url: URL): number {
  const offset = Number(url.searchParams.get("offset") ?? 0);
  return Number.isInteger(offset) && offset > 0 ? Math.min(offset, 1_000_000) : 0;
}
