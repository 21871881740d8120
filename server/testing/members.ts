import type { Caller } from "../platform/actor.ts";
import type { createTestApp } from "./app.ts";
import { testAdmin } from "./factories.ts";

type Setup = Awaited<ReturnType<typeof createTestApp>>;

let address = 0;

/**
 * People who sign up through Better Auth, as a browser would, and become members of organizations
 * through a claim the city approves. Their `Caller` is rebuilt from the session cookie, so it carries
 * the memberships (and their capacity) exactly as a signed-in request does.
 */
export function members(setup: Setup) {
  const ip = () => `10.9.${Math.floor(++address / 250)}.${(address % 250) + 1}`;

  async function signUp(email: string): Promise<Caller & { cookie: string }> {
    const answer = await setup.services.accounts.call("/sign-up/email", {
      body: { email, password: "daegu-curation-2026", name: email.split("@")[0] },
      ip: ip(),
    });
    if (answer.status !== 200) throw new Error(`sign-up of ${email} failed: ${JSON.stringify(answer.data)}`);
    const cookie = answer.setCookies.map((c) => c.split(";")[0]).join("; ");
    return refresh({ cookie });
  }

  /** The caller as the next request would see it (memberships are read per request). */
  async function refresh(caller: { cookie: string }): Promise<Caller & { cookie: string }> {
    const actor = await setup.services.accounts.actorFromSession(new Headers({ cookie: caller.cookie }));
    if (!actor) throw new Error("no session");
    return { actor, cookie: caller.cookie };
  }

  /** Makes the person a member (the first one of an organization becomes its owner). */
  async function join(caller: Caller & { cookie: string }, organizationId: string) {
    const claim = await setup.services.memberships.claim(caller, organizationId);
    if (claim.status === "pending")
      await setup.services.memberships.decideClaim(testAdmin, claim.id, "approved");
    return refresh(caller);
  }

  /** A new person who is a member of each of `organizationIds`. */
  async function memberOf(email: string, ...organizationIds: string[]) {
    let caller = await signUp(email);
    for (const id of organizationIds) caller = await join(caller, id);
    return caller;
  }

  return { signUp, join, refresh, memberOf };
}

/** The id of an organization stored with `externalId`. */
export async function idOf(setup: Setup, externalId: string): Promise<string> {
  const { items } = await setup.services.organizations.list({ externalId }, { limit: 1, offset: 0 });
  if (!items[0]) throw new Error(`no organization ${externalId}`);
  return items[0].id;
}
