import type { AppContext, appContext } from "#app-context";

/** What the loaders of these pages need from React Router's arguments (kept narrow for tests). */
export type LoaderArgs = {
  context: { get(token: typeof appContext): AppContext };
  request: Request;
  params: Record<string, string | undefined>;
};
