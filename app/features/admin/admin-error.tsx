import { ForbiddenErrorBoundary } from "../../components/ui/forbidden-page.tsx";

/** The error boundary of the admin pages: a 403 (signed in without the admin role) points to the account page. */
export function AdminErrorBoundary() {
  return (
    <ForbiddenErrorBoundary
      forbidden={() => ({
        title: "admin.forbidden.title",
        body: "admin.forbidden.body",
        next: { to: "/account", label: "admin.forbidden.account" },
      })}
    />
  );
}
