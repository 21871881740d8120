/** The columns Drizzle selects for an organization row (organizations.repository.ts `columns`: all but the lexemes). */
export const organizationColumns = `
  o.id, o.external_id, o.kind, o.scope, o.name, o.sort_name, o.summary, o.description, o.seeking,
  o.offering, o.industries, o.tags, o.stage, o.founded_year, o.employees, o.website, o.country, o.city,
  o.zone_id, o.target_markets, o.machine_translated, o.logo_key, o.contact_email, o.contact_phone,
  o.registration_number, o.domain, o.name_keys, o.verified_at, o.search_names, o.created_at, o.updated_at,
  z.code as zone_code`;
