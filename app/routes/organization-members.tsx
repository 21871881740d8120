import {
  Alert,
  Badge,
  Button,
  Container,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { data, Form, redirect } from "react-router";
import { appContext } from "#app-context";
import { pickText } from "../../contracts/common/locale-text.ts";
import { PostButton } from "../components/ui/post-button.tsx";
import { requireUser } from "../features/accounts/session.server.ts";
import { AdminErrorBoundary } from "../features/admin/admin-error.tsx";
import { DataTable, Th } from "../features/admin/data-table.tsx";
import { localeFromPath } from "../i18n/locale.ts";
import { translate } from "../i18n/messages.ts";
import { useLocale, useT } from "../i18n/use-locale.ts";
import { pageUrl } from "../page-url.ts";
import { asRoute } from "../route-errors.server.ts";
import type { Route } from "./+types/organization-members.ts";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function loader(args: Route.LoaderArgs) {
  const caller = requireUser(args);
  const { memberships, organizations } = args.context.get(appContext).services;
  const id = args.params.organizationId;
  const [organization, members] = await asRoute(
    Promise.all([organizations.get(id), memberships.members(caller, id)]),
  );
  const isOwner =
    caller.actor.role === "admin" ||
    caller.actor.memberships?.some((m) => m.organizationId === id && m.role === "owner") === true;
  const invitations = isOwner ? await asRoute(memberships.invitations(caller, id)) : [];
  const url = pageUrl(args.request);
  return {
    name: organization.name,
    isOwner,
    notice: url.searchParams.get("invited") ?? (url.searchParams.has("removed") ? "removed" : null),
    members: members.map((m) => ({ userId: m.userId, name: m.name, email: m.email, role: m.role })),
    invitations: invitations.map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role,
      state: i.acceptedAt ? "accepted" : i.revokedAt ? "revoked" : "open",
    })),
  };
}

/** Invite, revoke an invitation or remove a member; the memberships service checks and audits each. */
export async function action(args: Route.ActionArgs) {
  const caller = requireUser(args);
  const { memberships } = args.context.get(appContext).services;
  const id = args.params.organizationId;
  const page = pageUrl(args.request).pathname;
  const form = await args.request.formData();
  const intent = String(form.get("intent") ?? "");
  if (intent === "invite") {
    const email = String(form.get("email") ?? "").trim();
    if (!EMAIL.test(email)) return data({ error: "members.invalidEmail" as const, email }, 400);
    const role = form.get("role") === "owner" ? "owner" : "member";
    const locale = form.get("locale") === "en" ? "en" : "ko";
    await asRoute(memberships.invite(caller, id, { email, role, locale }));
    return redirect(`${page}?invited=${encodeURIComponent(email.toLowerCase())}`);
  }
  if (intent === "revoke")
    await memberships.revokeInvitation(caller, id, String(form.get("invitation") ?? ""));
  if (intent === "remove") {
    try {
      await memberships.removeMember(caller, id, String(form.get("user") ?? ""));
    } catch (error) {
      if ((error as { code?: string }).code === "CONFLICT")
        return data({ error: "members.lastOwner" as const, email: "" }, 409);
      throw error;
    }
    return redirect(`${page}?removed=1`);
  }
  return redirect(page);
}

export function meta({ location, loaderData }: Route.MetaArgs) {
  const locale = localeFromPath(location.pathname);
  const organization = loaderData ? pickText(loaderData.name, locale) : "";
  return [
    { title: `${translate(locale, "members.title", { organization })} — ${translate(locale, "site.name")}` },
    { name: "robots", content: "noindex" },
  ];
}

export default function OrganizationMembers({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const organization = pickText(loaderData.name, locale);
  const notice = loaderData.notice;
  return (
    <Container size="md" py={48}>
      <Title order={1} mb="xs">
        {t("members.title", { organization })}
      </Title>
      <Text c="gray.8" mb="lg">
        {t("members.lead")}
      </Text>
      <Stack gap="xl">
        {notice && (
          <Alert color="teal" variant="light" role="status">
            {notice === "removed" ? t("members.removed") : t("members.invited", { email: notice })}
          </Alert>
        )}
        {actionData?.error && (
          <Alert color="red" variant="light" role="alert">
            {t(actionData.error)}
          </Alert>
        )}
        <DataTable
          caption={t("members.caption")}
          minWidth={560}
          head={
            <Table.Tr>
              <Th>{t("members.name")}</Th>
              <Th>{t("members.email")}</Th>
              <Th>{t("members.role")}</Th>
              {loaderData.isOwner && <Th>{""}</Th>}
            </Table.Tr>
          }
        >
          {loaderData.members.map((member) => (
            <Table.Tr key={member.userId}>
              <Table.Td>{member.name}</Table.Td>
              <Table.Td>{member.email}</Table.Td>
              <Table.Td>
                <Badge variant="outline" color="gray.8" tt="none">
                  {t(member.role === "owner" ? "memberships.owner" : "memberships.member")}
                </Badge>
              </Table.Td>
              {loaderData.isOwner && (
                <Table.Td>
                  <PostButton
                    fields={{ intent: "remove", user: member.userId }}
                    label={t("members.remove")}
                    ariaLabel={`${t("members.remove")}: ${member.email}`}
                    danger
                  />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </DataTable>

        {loaderData.isOwner && (
          <>
            <Paper withBorder p="lg" radius="md">
              <Title order={2} fz={20} mb="md">
                {t("members.invite")}
              </Title>
              <Form method="post">
                <input type="hidden" name="intent" value="invite" />
                <Group align="flex-end" gap="sm" wrap="wrap">
                  <TextInput
                    name="email"
                    type="email"
                    label={t("members.inviteEmail")}
                    defaultValue={actionData?.email}
                    required
                    w={260}
                  />
                  <NativeSelect
                    name="role"
                    label={t("members.inviteRole")}
                    data={[
                      { value: "member", label: t("memberships.member") },
                      { value: "owner", label: t("memberships.owner") },
                    ]}
                  />
                  <NativeSelect
                    name="locale"
                    label={t("members.inviteLanguage")}
                    defaultValue={locale}
                    data={[
                      { value: "ko", label: "한국어" },
                      { value: "en", label: "English" },
                    ]}
                  />
                  <Button type="submit">{t("members.inviteButton")}</Button>
                </Group>
              </Form>
            </Paper>

            <DataTable
              caption={t("members.invitations")}
              minWidth={520}
              head={
                <Table.Tr>
                  <Th>{t("members.email")}</Th>
                  <Th>{t("members.role")}</Th>
                  <Th>{""}</Th>
                </Table.Tr>
              }
            >
              {loaderData.invitations.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={3}>{t("members.noInvitations")}</Table.Td>
                </Table.Tr>
              ) : (
                loaderData.invitations.map((invitation) => (
                  <Table.Tr key={invitation.id}>
                    <Table.Td>{invitation.email}</Table.Td>
                    <Table.Td>
                      {t(invitation.role === "owner" ? "memberships.owner" : "memberships.member")}
                    </Table.Td>
                    <Table.Td>
                      {invitation.state === "open" ? (
                        <PostButton
                          fields={{ intent: "revoke", invitation: invitation.id }}
                          label={t("members.revoke")}
                          ariaLabel={`${t("members.revoke")}: ${invitation.email}`}
                          danger
                        />
                      ) : (
                        <Badge variant="outline" color="gray.8" tt="none">
                          {t(
                            invitation.state === "accepted"
                              ? "members.state.accepted"
                              : "members.state.revoked",
                          )}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))
              )}
            </DataTable>
          </>
        )}
      </Stack>
    </Container>
  );
}

/** Not a member (403) or no such organization (404): said plainly in the page language. */
export const ErrorBoundary = AdminErrorBoundary;
