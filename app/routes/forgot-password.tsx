import { data } from "react-router";

// Placeholder until the page lands: answers 404 like any unknown address.
export function loader() {
  throw data(null, { status: 404 });
}

export default function Placeholder() {
  return null;
}
