import { createContext, useContext } from "react";

/** The CSP nonces of the current response; empty in the browser, where they are no longer needed. */
const NonceContext = createContext({ script: "", style: "" });
export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);
