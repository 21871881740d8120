import { data } from "react-router";
import { ErrorPage } from "../components/ui/error-page.tsx";

/** Any path no page claims: a real 404 status with the page in the URL's language. */
export function loader() {
  return data(null, { status: 404 });
}

export function meta() {
  return [{ name: "robots", content: "noindex" }];
}

export default function NotFound() {
  return <ErrorPage status={404} />;
}
