import { ForbiddenErrorBoundary } from "../../components/ui/forbidden-page.tsx";

/** The form's error boundary: a 403 says who may post and edit, and leads to the list. */
export function OpportunityFormErrorBoundary() {
  return (
    <ForbiddenErrorBoundary
      forbidden={() => ({
        title: "opportunityForm.forbidden.title",
        body: "opportunityForm.forbidden.body",
        next: { to: "/opportunities", label: "opportunityForm.forbidden.list" },
      })}
    />
  );
}
