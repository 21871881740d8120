import { pathInLocale } from "./i18n/locale.ts";

/** hreflang links so search engines pair the Korean and English versions of a page. */
export function alternateLinks(publicUrl: string, pathname: string) {
  return [
    { tagName: "link", rel: "canonical", href: publicUrl + pathname },
    { tagName: "link", rel: "alternate", hrefLang: "ko", href: publicUrl + pathInLocale(pathname, "ko") },
    { tagName: "link", rel: "alternate", hrefLang: "en", href: publicUrl + pathInLocale(pathname, "en") },
    {
      tagName: "link",
      rel: "alternate",
      hrefLang: "x-default",
      href: publicUrl + pathInLocale(pathname, "ko"),
    },
  ];
}
