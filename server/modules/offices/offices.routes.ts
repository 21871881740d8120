import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { countryCode } from "../../../contracts/common/codes.ts";
import { listQuery, listResponse } from "../../../contracts/common/list.ts";
import {
  officeCreate,
  officePatch,
  officeStaffView,
  officeView,
  staffSkills,
} from "../../../contracts/offices/office.ts";
import { callerOf } from "../../platform/http/authenticate.ts";
import { errorResponses } from "../../platform/http/openapi.ts";
import { canCreateOffice, mayManageSomeOffice } from "./offices.policy.ts";
import type { OfficesService } from "./offices.service.ts";

const params = z.object({ id: z.string().max(100) });
const staffParams = z.object({ id: z.string().max(100), userId: z.string().min(1).max(200) });
const tags = ["offices"];

export function officesRoutes(offices: OfficesService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/offices",
      {
        config: { public: true },
        schema: {
          tags,
          summary:
            "The overseas offices' support desks: countries, zone, hours, holidays, services, SLA targets",
          description:
            "Public. `staff` is included only for the city and the office's own people. `country` narrows to the office serving that market.",
          querystring: listQuery.extend({ country: countryCode.optional() }),
          response: { 200: listResponse(officeView), ...errorResponses },
        },
      },
      async (request) => offices.list(request.actor, request.query),
    );

    app.get(
      "/offices/:id",
      {
        config: { public: true },
        schema: {
          tags,
          summary: "One office's desk (staff only for the city and the office's own people)",
          params,
          response: { 200: officeView, ...errorResponses },
        },
      },
      async (request) => offices.get(request.params.id, request.actor),
    );

    app.post(
      "/offices",
      {
        config: { allow: canCreateOffice },
        schema: {
          tags,
          summary:
            "The city admin makes an overseas-office organization a support desk (one per organization)",
          body: officeCreate,
          response: { 201: officeView, ...errorResponses },
        },
      },
      async (request, reply) => reply.status(201).send(await offices.create(callerOf(request), request.body)),
    );

    app.patch(
      "/offices/:id",
      {
        // Before the body is read: the city admin or an owner of some organization; the service checks this office.
        config: { allow: mayManageSomeOffice },
        schema: {
          tags,
          summary:
            "Change an office's hours, holidays, services, reopen window or SLA targets (city admin, office owners)",
          params,
          body: officePatch,
          response: { 200: officeView, ...errorResponses },
        },
      },
      async (request) => offices.update(callerOf(request), request.params.id, request.body),
    );

    app.put(
      "/offices/:id/staff/:userId",
      {
        config: { allow: mayManageSomeOffice },
        schema: {
          tags,
          summary:
            "A staff member's skills (services) and availability for routing; they must be a member of the office's organization",
          params: staffParams,
          body: staffSkills,
          response: { 200: officeStaffView, ...errorResponses },
        },
      },
      async (request) =>
        offices.setStaff(callerOf(request), request.params.id, request.params.userId, request.body),
    );
  };
}
