import type { Locale } from "../../../contracts/common/locale-text.ts";
import { localeFromPath, pathInLocale } from "../../i18n/locale.ts";
import { translate } from "../../i18n/messages.ts";

/** The site's public address, from the root loader (meta functions see every match's data). */
export function publicUrlOf(matches: readonly unknown[]): string {
  const root = matches[0] as
    | { data?: { publicUrl?: string }; loaderData?: { publicUrl?: string } }
    | undefined;
  return root?.loaderData?.publicUrl ?? root?.data?.publicUrl ?? "";
}

/**
 * canonical and hreflang links that keep the query (a filtered directory is a page of its own),
 * where app/seo.ts's `alternateLinks` pairs bare paths.
 */
export function pageLinks(publicUrl: string, pathname: string, search = "") {
  const tail = search ? (search.startsWith("?") ? search : `?${search}`) : "";
  const at = (locale: Locale) => `${publicUrl}${pathInLocale(pathname, locale)}${tail}`;
  return [
    { tagName: "link", rel: "canonical", href: `${publicUrl}${pathname}${tail}` },
    { tagName: "link", rel: "alternate", hrefLang: "ko", href: at("ko") },
    { tagName: "link", rel: "alternate", hrefLang: "en", href: at("en") },
    { tagName: "link", rel: "alternate", hrefLang: "x-default", href: at("ko") },
  ];
}

/** Open Graph and Twitter card tags of a public page. */
export function shareTags(options: {
  title: string;
  description: string;
  url: string;
  locale: Locale;
  type?: "website" | "profile";
  image?: string | null;
}) {
  const { title, description, url, locale, type = "website", image } = options;
  return [
    { title },
    { name: "description", content: description },
    { property: "og:type", content: type },
    { property: "og:site_name", content: translate(locale, "site.name") },
    { property: "og:title", content: title },
    { property: "og:description", content: description },
    { property: "og:url", content: url },
    { property: "og:locale", content: locale === "ko" ? "ko_KR" : "en_US" },
    { property: "og:locale:alternate", content: locale === "ko" ? "en_US" : "ko_KR" },
    ...(image ? [{ property: "og:image", content: image }] : []),
    { name: "twitter:card", content: "summary" },
    { name: "twitter:title", content: title },
    { name: "twitter:description", content: description },
    ...(image ? [{ name: "twitter:image", content: image }] : []),
  ];
}

/** A meta description of at most ~160 characters, cut at a word. */
export function clip(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/**
 * The `meta` of a public page whose loader returns `seo: {title, description}`: share tags, canonical
 * and hreflang links. Zones and industries pages use it as it is.
 */
export function publicPageMeta({
  location,
  matches,
  loaderData,
}: {
  location: { pathname: string };
  matches: readonly unknown[];
  loaderData: { seo: { title: string; description: string } } | undefined;
}) {
  if (!loaderData) return [];
  const locale = localeFromPath(location.pathname);
  const publicUrl = publicUrlOf(matches);
  return [
    ...shareTags({ ...loaderData.seo, url: `${publicUrl}${location.pathname}`, locale }),
    ...pageLinks(publicUrl, location.pathname),
  ];
}
