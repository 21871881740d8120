import { Alert } from "@mantine/core";

/** Good news on the sign-in and password pages (a mail sent, a password changed), announced politely. */
export function AuthNotice({ children }: { children: React.ReactNode }) {
  return (
    <Alert color="green" role="status" variant="light">
      {children}
    </Alert>
  );
}
