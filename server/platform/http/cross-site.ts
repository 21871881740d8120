/**
 * Browsers say where a request comes from in Sec-Fetch-Site; older ones only in Origin (which is
 * "null" under some referrer policies). Clients that send neither are not browsers carrying cookies.
 */
export function isCrossSite(
  headers: { "sec-fetch-site"?: string | string[]; origin?: string },
  ownHosts: string | string[],
) {
  const hosts = ([] as string[]).concat(ownHosts);
  const site = headers["sec-fetch-site"];
  if (typeof site === "string") return site !== "same-origin" && site !== "none";
  if (!headers.origin) return false;
  try {
    return !hosts.includes(new URL(headers.origin).host);
  } catch {
    return true;
  }
}
