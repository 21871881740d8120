import { createContext, useContext } from "react";

type Nonces = { script: string; style: string };

/**
 * The CSP nonces of the current response. On the server they come from entry.server; in the browser
 * we read them back from the elements the server rendered (the attribute is hidden, the property is not),
 * because styles injected after a client-side navigation need the style nonce too.
 */
function browserNonces(): Nonces {
  if (typeof document === "undefined") return { script: "", style: "" };
  return {
    script: document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce ?? "",
    style: document.querySelector<HTMLStyleElement>("style[nonce]")?.nonce ?? "",
  };
}

const NonceContext = createContext<Nonces>(browserNonces());
export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);
