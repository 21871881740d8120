import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { listResponse } from "../../../contracts/common/list.ts";
import { personInput, personView } from "../../../contracts/people/person.ts";
import type { Actor } from "../../platform/actor.ts";
import { callerOf } from "../../platform/http/authenticate.ts";
import { errorResponses } from "../../platform/http/openapi.ts";
import type { PeopleService } from "./people.service.ts";

const organizationParams = z.object({ id: z.string().max(100) });
const personParams = organizationParams.extend({ personId: z.string().max(100) });

export function peopleRoutes(
  people: PeopleService,
  canEdit: (actor: Actor | undefined, organizationId: string) => boolean,
): FastifyPluginAsyncZod {
  const allow = (actor: Actor, params: unknown) => canEdit(actor, (params as { id: string }).id);
  return async (app) => {
    app.get(
      "/organizations/:id/people",
      {
        config: { public: true },
        schema: {
          tags: ["people"],
          summary:
            "The people of an organization (contact details for signed-in partners, offices and the city)",
          params: organizationParams,
          response: { 200: listResponse(personView), ...errorResponses },
        },
      },
      async (request) => {
        const items = await people.list(request.params.id, request.actor);
        return { items, total: items.length };
      },
    );

    app.post(
      "/organizations/:id/people",
      {
        config: { allow },
        schema: {
          tags: ["people"],
          summary: "Add a person (members of the organization and the city)",
          params: organizationParams,
          body: personInput,
          response: { 201: personView, ...errorResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await people.add(callerOf(request), request.params.id, request.body)),
    );

    app.put(
      "/organizations/:id/people/:personId",
      {
        config: { allow },
        schema: {
          tags: ["people"],
          summary: "Change a person",
          params: personParams,
          body: personInput,
          response: { 200: personView, ...errorResponses },
        },
      },
      async (request) =>
        people.update(callerOf(request), request.params.id, request.params.personId, request.body),
    );

    app.delete(
      "/organizations/:id/people/:personId",
      {
        config: { allow },
        schema: {
          tags: ["people"],
          summary: "Remove a person",
          params: personParams,
          response: { 204: z.null(), ...errorResponses },
        },
      },
      async (request, reply) => {
        await people.remove(callerOf(request), request.params.id, request.params.personId);
        return reply.status(204).send(null);
      },
    );
  };
}
