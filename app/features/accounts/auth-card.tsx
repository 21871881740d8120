import { Alert, Anchor, Container, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";

/** The frame of the sign-in and sign-up pages: a title, the form, a link to the other page. */
export function AuthCard(props: {
  title: string;
  formError: string | null;
  switchText: string;
  switchLabel: string;
  switchTo: string;
  children: React.ReactNode;
}) {
  return (
    <Container size={460} py={64}>
      <Title order={1} fz={28} mb="lg">
        {props.title}
      </Title>
      <Paper withBorder p="xl" radius="md">
        <Stack gap="md">
          {props.formError && (
            <Alert color="red" role="alert" variant="light">
              {props.formError}
            </Alert>
          )}
          {props.children}
        </Stack>
      </Paper>
      <Text mt="md" c="gray.8">
        {props.switchText}{" "}
        <Anchor component={Link} to={props.switchTo} c="daegu.9" fw={600}>
          {props.switchLabel}
        </Anchor>
      </Text>
    </Container>
  );
}
