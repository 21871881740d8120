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
