/**
 * True when an e-mail address belongs to the organization's own web domain:
 * kim@hanbit-optics.co.kr ↔ https://www.hanbit-optics.co.kr (or any subdomain of it).
 */
export function emailMatchesWebsite(email: string, website: string | null): boolean {
  if (!website) return false;
  const domain = email.split("@")[1]?.trim().toLowerCase();
  let host: string;
  try {
    host = new URL(website).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return false;
  }
  if (!domain || !host.includes(".")) return false;
  return domain === host || domain.endsWith(`.${host}`);
}
