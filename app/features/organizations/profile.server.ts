import { data, redirect } from "react-router";
import { appContext } from "#app-context";
import { type Locale, pickText } from "../../../contracts/common/locale-text.ts";
import type { OrganizationView } from "../../../contracts/organizations/organization.ts";
import { isUuid } from "../../../server/platform/ids.ts";
import { href, localeFromPath } from "../../i18n/locale.ts";
import { translate } from "../../i18n/messages.ts";
import { pageUrl } from "../../page-url.ts";
import { asRoute } from "../../route-errors.server.ts";
import type { LoaderArgs } from "./args.ts";
import { kindKey } from "./format.ts";
import { countryName, countryNames, dayText } from "./labels.server.ts";
import { clip } from "./seo.ts";

/**
 * Everything the profile shows, in one round of parallel queries. `/organizations/<external id>`
 * (e.g. `hanbit-optics`) redirects to the canonical `/organizations/<uuid>`, so hand-written links work.
 */
export async function loadProfile({ context, request, params }: LoaderArgs) {
  const { services, actor, publicUrl } = context.get(appContext);
  const url = pageUrl(request);
  const locale = localeFromPath(url.pathname);
  const id = params.id ?? "";
  if (!isUuid(id)) {
    const found = await services.organizations.list({ externalId: id }, { limit: 1, offset: 0 });
    const match = found.items[0]?.id ?? (await services.organizations.mergedInto(id));
    if (!match) throw data(null, { status: 404 });
    throw redirect(href(`/organizations/${match}`, locale), 301);
  }
  const organization = await asRoute(
    services.organizations.get(id, actor).catch(async (error: unknown) => {
      // A duplicate merged away: its old links lead to the organization that stayed.
      const survivor = await services.organizations.mergedInto(id);
      if (survivor) throw redirect(href(`/organizations/${survivor}`, locale), 301);
      throw error;
    }),
  );
  const [people, opportunities, zones] = await Promise.all([
    services.people.list(id, actor),
    services.opportunities.list(
      { owner: organization.externalId, status: "open" },
      { limit: 6, offset: 0 },
      "deadline",
    ),
    organization.zone ? services.zones.all() : Promise.resolve([]),
  ]);
  const zone = zones.find((candidate) => candidate.code === organization.zone);
  const path = href(`/organizations/${id}`, locale);
  return {
    organization,
    people,
    opportunities: opportunities.items.map((opportunity) => ({
      id: opportunity.id,
      kind: opportunity.kind,
      title: opportunity.title,
      deadline: opportunity.deadline,
    })),
    zone: zone ? { code: zone.code, name: zone.name, designation: zone.designation } : null,
    countries: countryNames([organization.country, ...organization.targetMarkets], locale),
    verified: organization.verifiedAt ? dayText(organization.verifiedAt, locale) : null,
    updated: dayText(organization.updatedAt, locale),
    canEdit: services.organizations.canEdit(actor, id),
    signedIn: actor !== undefined,
    signInHref: `${href("/sign-in", locale)}?next=${encodeURIComponent(path)}`,
    seo: profileSeo(organization, locale, publicUrl, path),
  };
}
export type ProfileData = Awaited<ReturnType<typeof loadProfile>>;

/** A profile with contact details or an edit button is for one reader: no shared cache may keep it. */
export function profileInit(profile: ProfileData): ResponseInit | undefined {
  const personal =
    profile.organization.contact !== undefined || profile.people.some((p) => p.contact) || profile.canEdit;
  return personal ? { headers: { "cache-control": "private, no-store" } } : undefined;
}

/** Title, description, share image and the schema.org `Organization` of a profile. */
export function profileSeo(organization: OrganizationView, locale: Locale, publicUrl: string, path: string) {
  const name = pickText(organization.name, locale);
  const place = [organization.city, organization.country ? countryName(organization.country, locale) : null]
    .filter(Boolean)
    .join(", ");
  const summary = pickText(organization.summary, locale);
  const description = clip(
    summary || [translate(locale, kindKey(organization.kind)), place].filter(Boolean).join(" · "),
  );
  const other = locale === "ko" ? organization.name.en : organization.name.ko;
  const url = `${publicUrl}${path}`;
  const logo = organization.logoUrl ? absolute(publicUrl, organization.logoUrl) : null;
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "Organization",
    "@id": url,
    name,
    ...(other && other !== name ? { alternateName: other } : {}),
    ...(summary ? { description: summary } : {}),
    url,
    ...(logo ? { logo } : {}),
    ...(organization.foundedYear ? { foundingDate: String(organization.foundedYear) } : {}),
    ...(organization.employees
      ? { numberOfEmployees: { "@type": "QuantitativeValue", value: organization.employees } }
      : {}),
    ...(organization.city || organization.country
      ? {
          address: {
            "@type": "PostalAddress",
            ...(organization.city ? { addressLocality: organization.city } : {}),
            ...(organization.country ? { addressCountry: organization.country } : {}),
          },
        }
      : {}),
    ...(organization.website ? { sameAs: [organization.website] } : {}),
  };
  return {
    title: `${name} — ${translate(locale, "site.name")}`,
    description,
    url,
    image: logo,
    // `<` escaped so no text of a profile can close the script element.
    jsonLd: JSON.stringify(jsonLd).replace(/</g, "\\u003c"),
  };
}

const absolute = (publicUrl: string, path: string) =>
  /^https?:\/\//.test(path) ? path : `${publicUrl}${path}`;
