import { redirect } from "react-router";
import { type AppContext, appContext } from "#app-context";
import { type Locale, type LocalizedText, pickText } from "../../../contracts/common/locale-text.ts";
import { industryTaxonomy } from "../../../contracts/industries/taxonomy.ts";
import { localeFromPath } from "../../i18n/locale.ts";
import { type MessageKey, messages, translate } from "../../i18n/messages.ts";
import { pageUrl } from "../../page-url.ts";
import { asRoute } from "../../route-errors.server.ts";
import { stageKey } from "../organizations/format.ts";
import { countryName } from "../organizations/labels.server.ts";
import { offsetOf, requireAdmin } from "./admin.server.ts";
import { REVIEWS_PAGE, type ReviewStatus, reviewStatuses } from "./curation.query.ts";
import { stamp } from "./format.ts";

type Args = { context: { get(token: typeof appContext): AppContext }; request: Request };

const localizedFields = new Set(["name", "summary", "description", "seeking", "offering"]);
// The editor's order, so a diff reads like the form.
const fieldOrder = [
  ...localizedFields,
  "industries",
  "stage",
  "foundedYear",
  "employees",
  "website",
  "country",
  "city",
  "zone",
  "targetMarkets",
  "tags",
];
const industryNames = new Map(industryTaxonomy.map((industry) => [industry.code, industry.name]));

/** One line of a revision's diff: a field (and language, for texts) with its value before and after. */
export type ChangeRow = { field: string; label: string; lang?: Locale; before: string; after: string };

/**
 * A revision's changes as people read them, in the page's language: texts per language (only the
 * languages that changed), codes by their names (industries, countries, zones, stages).
 */
export function describeChanges(
  changes: Record<string, { before: unknown; after: unknown }>,
  locale: Locale,
  zones: Map<string, LocalizedText>,
): ChangeRow[] {
  const empty = translate(locale, "curation.emptyValue");
  const label = (field: string) => translate(locale, `orgEdit.field.${field}` as MessageKey);
  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return empty;
    const items = Array.isArray(value) ? value.map(String) : [String(value)];
    const named = items.map((item) => {
      if (field === "industries") return industryNames.get(item)?.[locale] ?? item;
      if (field === "country" || field === "targetMarkets") return countryName(item, locale);
      if (field === "zone") return zones.has(item) ? pickText(zones.get(item), locale) : item;
      if (field === "stage") return translate(locale, stageKey(item));
      return item;
    });
    return named.join(", ");
  };
  const order = (field: string) => fieldOrder.indexOf(field) + 1 || fieldOrder.length + 1;
  const sorted = Object.entries(changes).sort(([a], [b]) => order(a) - order(b));
  return sorted.flatMap(([field, { before, after }]) => {
    if (!localizedFields.has(field))
      return [{ field, label: label(field), before: show(field, before), after: show(field, after) }];
    const was = (before ?? {}) as LocalizedText;
    const now = (after ?? {}) as LocalizedText;
    return (["ko", "en"] as const).flatMap((lang) =>
      was[lang] === now[lang]
        ? []
        : [
            {
              field,
              lang,
              label: `${label(field)} (${translate(locale, `orgEdit.lang.${lang}`)})`,
              before: was[lang] ?? empty,
              after: now[lang] ?? empty,
            },
          ],
    );
  });
}

/** The review queue, one status at a time, with each edit's readable diff. */
export async function loadReviews(args: Args) {
  const caller = requireAdmin(args, "curation");
  const url = pageUrl(args.request);
  const locale = localeFromPath(url.pathname);
  const { organizations, zones } = args.context.get(appContext).services;
  const asked = url.searchParams.get("status");
  const status: ReviewStatus = reviewStatuses.includes(asked as ReviewStatus)
    ? (asked as ReviewStatus)
    : "pending";
  const offset = offsetOf(url);
  const [page, zoneList] = await Promise.all([
    organizations.revisions(caller, status, { limit: REVIEWS_PAGE, offset }),
    zones.all(),
  ]);
  const zoneNames = new Map(zoneList.map((zone) => [zone.code, zone.name]));
  const kept = (url.searchParams.get("kept") ?? "")
    .split(",")
    .filter(Boolean)
    .map((field) => translate(locale, `orgEdit.field.${field}` as MessageKey));
  return {
    status,
    offset,
    total: page.total,
    notice: noticeOf(url.searchParams.get("notice")),
    kept,
    revisions: page.items.map((revision) => ({
      id: revision.id,
      organization: revision.organization,
      status: revision.status,
      editedBy: revision.editedBy,
      createdAt: stamp(revision.createdAt, locale),
      decidedBy: revision.decidedBy,
      decidedAt: stamp(revision.decidedAt, locale),
      note: revision.note,
      rows: describeChanges(revision.changes, locale, zoneNames),
    })),
  };
}
export type ReviewsData = Awaited<ReturnType<typeof loadReviews>>;

const notices = ["approved", "reverted", "verified", "conflict", "stale"] as const;
function noticeOf(value: string | null) {
  return notices.includes(value as (typeof notices)[number]) ? (value as (typeof notices)[number]) : null;
}

/** Approve or revert an edit (with an optional note), or mark a profile verified. */
export async function reviewAction(args: Args) {
  const caller = requireAdmin(args, "curation");
  const { organizations } = args.context.get(appContext).services;
  const url = pageUrl(args.request);
  const form = await args.request.formData();
  const intent = String(form.get("intent") ?? "");
  const back = (query: Record<string, string>) => {
    const search = new URLSearchParams(query);
    const status = url.searchParams.get("status");
    if (status) search.set("status", status);
    return redirect(`${url.pathname}?${search}`);
  };
  if (intent === "verify") {
    await asRoute(organizations.verify(caller, String(form.get("organization") ?? "")));
    return back({ notice: "verified" });
  }
  if (intent !== "approve" && intent !== "revert") return back({});
  const revision = String(form.get("revision") ?? "");
  const note =
    String(form.get("note") ?? "")
      .trim()
      .slice(0, 500) || undefined;
  try {
    if (intent === "approve") {
      await asRoute(organizations.approve(caller, revision, note));
      return back({ notice: "approved" });
    }
    const reverted = await asRoute(organizations.revert(caller, revision, note));
    return back({ notice: "reverted", ...(reverted.kept.length ? { kept: reverted.kept.join(",") } : {}) });
  } catch (error) {
    // Two people deciding the same edit: the second one is told, not shown an error page.
    if ((error as { init?: { status?: number } }).init?.status === 409) return back({ notice: "conflict" });
    throw error;
  }
}

/** Groups of likely duplicates, and the confirmation of a merge the city has chosen. */
export async function loadDuplicates(args: Args) {
  const caller = requireAdmin(args, "curation");
  const url = pageUrl(args.request);
  const locale = localeFromPath(url.pathname);
  const { organizations } = args.context.get(appContext).services;
  const groups = await organizations.duplicates(caller);
  const keep = url.searchParams.get("keep");
  const merge = (url.searchParams.get("merge") ?? "").split(",").filter(Boolean);
  const group = keep
    ? groups.find((candidate) => {
        const ids = new Set(candidate.organizations.map((organization) => organization.id));
        return ids.has(keep) && merge.length > 0 && merge.every((id) => ids.has(id) && id !== keep);
      })
    : undefined;
  const byId = new Map(group?.organizations.map((organization) => [organization.id, organization]));
  const merged = url.searchParams.get("merged");
  const mergedInto = merged ? await organizations.get(merged).catch(() => undefined) : undefined;
  const relinked = (url.searchParams.get("relinked") ?? "")
    .split(",")
    .filter(Boolean)
    .map((entry) => {
      const [table = "", count = "0"] = entry.split(":");
      const key = `curation.table.${table}`;
      const name = key in messages[locale] ? translate(locale, key as MessageKey) : table;
      return translate(locale, "curation.count", { name, count });
    });
  return {
    groups: groups.map((candidate) => ({
      reason: candidate.reason,
      key: candidate.key,
      organizations: candidate.organizations.map((organization) => ({
        id: organization.id,
        externalId: organization.externalId,
        name: organization.name,
        kind: organization.kind,
        updated: stamp(organization.updatedAt, locale),
      })),
    })),
    confirm:
      group && keep
        ? {
            target: { id: keep, name: byId.get(keep)!.name },
            duplicates: merge.map((id) => ({ id, name: byId.get(id)!.name })),
          }
        : null,
    notice:
      keep && !group
        ? ("stale" as const)
        : url.searchParams.get("notice") === "stale"
          ? ("stale" as const)
          : null,
    merged: mergedInto ? { name: mergedInto.name, relinked } : null,
  };
}
export type DuplicatesData = Awaited<ReturnType<typeof loadDuplicates>>;

/** Merges the chosen duplicates into the one kept, all or none; shows what moved. */
export async function duplicatesAction(args: Args) {
  const caller = requireAdmin(args, "curation");
  const { organizations } = args.context.get(appContext).services;
  const url = pageUrl(args.request);
  const form = await args.request.formData();
  const target = String(form.get("target") ?? "");
  const duplicates = form.getAll("duplicate").map(String).filter(Boolean);
  if (form.get("intent") !== "merge" || !target || duplicates.length === 0) return redirect(url.pathname);
  let relinked: Record<string, number>;
  try {
    ({ relinked } = await asRoute(organizations.merge(caller, target, duplicates)));
  } catch (error) {
    // Merged away by someone else meanwhile: say so rather than show a 404 page.
    if ((error as { init?: { status?: number } }).init?.status === 404)
      return redirect(`${url.pathname}?notice=stale`);
    throw error;
  }
  const moved = Object.entries(relinked).map(([table, count]) => `${table}:${count}`);
  const query = new URLSearchParams({
    merged: target,
    ...(moved.length ? { relinked: moved.join(",") } : {}),
  });
  return redirect(`${url.pathname}?${query}`);
}
