import { useParams } from "react-router";
import { ForbiddenErrorBoundary } from "../../../components/ui/forbidden-page.tsx";

/** The editor's error boundary: a 403 says who may edit and leads back to the profile. */
export function EditErrorBoundary() {
  const { id } = useParams();
  return (
    <ForbiddenErrorBoundary
      forbidden={() => ({
        title: "orgEdit.forbidden.title",
        body: "orgEdit.forbidden.body",
        next: { to: `/organizations/${id ?? ""}`, label: "orgEdit.forbidden.profile" },
      })}
    />
  );
}
