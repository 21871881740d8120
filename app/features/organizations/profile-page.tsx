import "./organizations.css";
import { Anchor, Badge, Box, Button, Card, Container, Grid, Group, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { isFallback, pickText } from "../../../contracts/common/locale-text.ts";
import { href } from "../../i18n/locale.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { useLocale, useT } from "../../i18n/use-locale.ts";
import { useNonce } from "../../nonce.tsx";
import { directoryHref } from "./directory.query.ts";
import { industryName, kindKey, langOf, otherLocale, scopeKey, stageKey } from "./format.ts";
import { LocalizedSection, TextBadges } from "./localized-section.tsx";
import { OrganizationAvatar } from "./organization-avatar.tsx";
import type { ProfileData } from "./profile.server.ts";

export function ProfilePage({ data }: { data: ProfileData }) {
  const t = useT();
  const locale = useLocale();
  const nonce = useNonce();
  const org = data.organization;
  const name = pickText(org.name, locale);
  const other = otherLocale(locale);
  const otherName = isFallback(org.name, locale) ? undefined : org.name[other];
  const summary = pickText(org.summary, locale);
  return (
    <Container size="lg" py={{ base: "lg", sm: "xl" }}>
      <script
        type="application/ld+json"
        nonce={nonce.script}
        // Built and escaped by the loader (`<` as \u003c): data, never markup.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD must be the raw JSON text
        dangerouslySetInnerHTML={{ __html: data.seo.jsonLd }}
      />
      <Anchor component={Link} to={directoryHref(locale)} c="daegu.9" size="sm" fw={600}>
        ← {t("organization.back")}
      </Anchor>

      <Group component="header" mt="md" align="flex-start" justify="space-between" gap="lg" wrap="wrap">
        <Group align="flex-start" gap="lg" wrap="nowrap" style={{ flex: "1 1 22rem" }} miw={0}>
          <OrganizationAvatar name={name} logoUrl={org.logoUrl} size={88} />
          <Stack gap={6} miw={0}>
            <Title order={1} fz={{ base: 26, sm: 34 }} lh={1.25} lang={langOf(org.name, locale)}>
              {name}
            </Title>
            {otherName && (
              <Text c="gray.7" size="lg" lang={other}>
                {otherName}
              </Text>
            )}
            <Group gap={6}>
              <Badge variant="filled" tt="none">
                {t(kindKey(org.kind))}
              </Badge>
              <Badge variant="light" tt="none">
                {t(scopeKey(org.scope))}
              </Badge>
              {org.stage && (
                <Badge variant="outline" color="gray.8" tt="none">
                  {t(stageKey(org.stage))}
                </Badge>
              )}
              <TextBadges field="name" text={org.name} machineTranslated={org.machineTranslated} />
            </Group>
            <Verified data={data} />
            {translatedFields(org, locale).length > 0 && (
              <Text size="sm" c="gray.8" data-testid="machine-translated-note">
                {t("org.machineTranslatedHint")}
              </Text>
            )}
          </Stack>
        </Group>
        <Group gap="sm">
          {org.website && (
            <Button component="a" href={org.website} variant="default" rel="noopener" target="_blank">
              {t("organization.website")} ↗
            </Button>
          )}
          {data.canEdit && (
            <Button component={Link} to={href(`/organizations/${org.id}/edit`, locale)}>
              {t("organization.edit")}
            </Button>
          )}
        </Group>
      </Group>

      <Grid mt="xl" gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          {summary && (
            <Box component="section" aria-labelledby="section-summary" data-field="summary">
              <Group gap="sm" mb="xs" align="center">
                <Title order={2} fz="xl" id="section-summary">
                  {t("org.field.summary")}
                </Title>
                <TextBadges field="summary" text={org.summary} machineTranslated={org.machineTranslated} />
              </Group>
              <Text size="lg" lh={1.6} lang={langOf(org.summary, locale)}>
                {summary}
              </Text>
            </Box>
          )}
          {(["description", "seeking", "offering"] as const).map((field) => (
            <LocalizedSection
              key={field}
              field={field}
              title={t(`org.field.${field}`)}
              text={org[field]}
              machineTranslated={org.machineTranslated}
            />
          ))}
          <Opportunities data={data} />
          {org.industries[0] && (
            <Anchor
              component={Link}
              to={directoryHref(locale, {}, { industry: org.industries[0], kind: org.kind })}
              c="daegu.9"
              fw={600}
              mt="xl"
              display="inline-block"
            >
              {t("organization.similar")} →
            </Anchor>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <Facts data={data} />
            <Contact data={data} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Container>
  );
}

/** The fields shown to this reader in a machine-translated language version. */
function translatedFields(org: ProfileData["organization"], locale: "ko" | "en") {
  return (["name", "summary", "description", "seeking", "offering"] as const).filter((field) => {
    const text = org[field];
    if (!text || !pickText(text, locale)) return false;
    const shown = isFallback(text, locale) ? otherLocale(locale) : locale;
    return org.machineTranslated.includes(`${field}.${shown}`);
  });
}

function Verified({ data }: { data: ProfileData }) {
  const t = useT();
  if (!data.verified) {
    return (
      <Text size="sm" c="gray.7">
        {t("organization.notVerified")}
      </Text>
    );
  }
  return (
    <Text size="sm" c="teal.9" fw={600}>
      ✓ <time dateTime={data.verified.iso}>{t("organization.verifiedAt", { date: data.verified.text })}</time>
    </Text>
  );
}

function Facts({ data }: { data: ProfileData }) {
  const t = useT();
  const locale = useLocale();
  const org = data.organization;
  const place = [org.city, org.country ? (data.countries[org.country] ?? org.country) : null]
    .filter(Boolean)
    .join(", ");
  const rows: { key: MessageKey; value: React.ReactNode }[] = [];
  if (data.zone) {
    rows.push({
      key: "organization.zone",
      value: (
        <Anchor component={Link} to={href(`/zones/${data.zone.code}`, locale)} c="daegu.9" size="sm">
          {pickText(data.zone.name, locale)}
        </Anchor>
      ),
    });
  }
  if (org.industries.length > 0) {
    rows.push({
      key: "organization.industries",
      value: org.industries.map((code, index) => (
        <span key={code}>
          {index > 0 && ", "}
          <Anchor component={Link} to={href(`/industries/${code}`, locale)} c="daegu.9" size="sm">
            {industryName(code, locale)}
          </Anchor>
        </span>
      )),
    });
  }
  if (org.foundedYear) {
    rows.push({
      key: "organization.founded",
      value: t("organization.foundedYear", { year: org.foundedYear }),
    });
  }
  if (org.employees) {
    rows.push({
      key: "organization.employees",
      value: t("organization.employeesCount", { count: org.employees.toLocaleString("en-US") }),
    });
  }
  if (place) rows.push({ key: "organization.location", value: place });
  if (org.targetMarkets.length > 0) {
    rows.push({
      key: "organization.markets",
      value: org.targetMarkets.map((code) => data.countries[code] ?? code).join(", "),
    });
  }
  if (org.website) {
    rows.push({
      key: "organization.website",
      value: (
        <Anchor href={org.website} c="daegu.9" size="sm" rel="noopener" style={{ overflowWrap: "anywhere" }}>
          {org.website.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "")}
        </Anchor>
      ),
    });
  }
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="facts-title">
      <Title order={2} fz="lg" id="facts-title" mb="sm">
        {t("organization.facts")}
      </Title>
      <dl className="org-facts">
        {rows.map((row) => (
          <div key={row.key} style={{ display: "contents" }}>
            <dt>{t(row.key)}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      <Text size="xs" c="gray.7" mt="md">
        {t("organization.updatedAt", { date: data.updated.text })}
      </Text>
    </Card>
  );
}

function Contact({ data }: { data: ProfileData }) {
  const t = useT();
  const locale = useLocale();
  const contact = data.organization.contact;
  const peopleWithContact = data.people;
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="contact-title">
      <Title order={2} fz="lg" id="contact-title" mb="sm">
        {t("organization.contact")}
      </Title>
      {contact ? (
        contact.email || contact.phone ? (
          <dl className="org-facts">
            {contact.email && (
              <>
                <dt>{t("organization.email")}</dt>
                <dd>
                  <Anchor href={`mailto:${contact.email}`} c="daegu.9" size="sm">
                    {contact.email}
                  </Anchor>
                </dd>
              </>
            )}
            {contact.phone && (
              <>
                <dt>{t("organization.phone")}</dt>
                <dd>
                  <Anchor href={`tel:${contact.phone.replace(/[^+\d]/g, "")}`} c="daegu.9" size="sm">
                    {contact.phone}
                  </Anchor>
                </dd>
              </>
            )}
          </dl>
        ) : (
          <Text size="sm" c="gray.7">
            {t("organization.noContact")}
          </Text>
        )
      ) : (
        <Stack gap="sm" data-testid="contact-hidden">
          <Text size="sm" c="gray.8">
            {t("organization.contactHidden")}
          </Text>
          {!data.signedIn && (
            <Button component={Link} to={data.signInHref} variant="light" size="sm">
              {t("organization.contactSignIn")}
            </Button>
          )}
        </Stack>
      )}
      {peopleWithContact.length > 0 && (
        <>
          <Title order={3} fz="md" mt="lg" mb="xs">
            {t("organization.people")}
          </Title>
          <Stack component="ul" gap="sm" className="plain-list">
            {peopleWithContact.map((person) => (
              <li key={person.id}>
                <Text fw={600} size="sm" lang={langOf(person.name, locale)}>
                  {pickText(person.name, locale)}
                </Text>
                {person.title && (
                  <Text size="sm" c="gray.7" lang={langOf(person.title, locale)}>
                    {pickText(person.title, locale)}
                  </Text>
                )}
                {person.contact?.email && (
                  <Anchor href={`mailto:${person.contact.email}`} c="daegu.9" size="sm" display="block">
                    {person.contact.email}
                  </Anchor>
                )}
                {person.contact?.phone && <Text size="sm">{person.contact.phone}</Text>}
              </li>
            ))}
          </Stack>
        </>
      )}
    </Card>
  );
}

function Opportunities({ data }: { data: ProfileData }) {
  const t = useT();
  const locale = useLocale();
  if (data.opportunities.length === 0) return null;
  return (
    <Box component="section" aria-labelledby="section-opportunities" mt="xl">
      <Title order={2} fz="xl" id="section-opportunities" mb="sm">
        {t("organization.opportunities")}
      </Title>
      <Stack component="ul" gap="sm" className="plain-list">
        {data.opportunities.map((opportunity) => (
          <Card component="li" key={opportunity.id} withBorder padding="md" radius="md">
            <Text fw={700} lang={langOf(opportunity.title, locale)}>
              <Anchor component={Link} to={href(`/opportunities/${opportunity.id}`, locale)} c="daegu.9">
                {pickText(opportunity.title, locale)}
              </Anchor>
            </Text>
            <Group gap={6} mt={6}>
              <Badge variant="light" tt="none">
                {t(`organization.opportunity.${opportunity.kind}` as MessageKey)}
              </Badge>
              {opportunity.deadline && (
                <Badge variant="outline" color="gray.8" tt="none">
                  {t("organization.deadline", { date: opportunity.deadline })}
                </Badge>
              )}
            </Group>
          </Card>
        ))}
      </Stack>
    </Box>
  );
}
