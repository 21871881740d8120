import { Fragment } from "react";
import type { Locale } from "../../../contracts/common/locale-text.ts";
import type { Snippet } from "../../../contracts/organizations/organization.ts";

/** Where a search matched, with the matching words in <mark>. The parts are plain text, never HTML. */
export function SnippetParts({ snippet }: { snippet: Snippet }) {
  return (
    <>
      {snippet.parts.map((part, index) =>
        part.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts never move
          <mark key={index}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts never move
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}

/** The `lang` of a snippet when it is not in the page's language. */
export const snippetLang = (snippet: Snippet, locale: Locale) =>
  snippet.locale === locale ? undefined : snippet.locale;
