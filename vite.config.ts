import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [reactRouter()],
  // The server seeds `#app-context` natively; the SSR bundle must import the same module, not a copy.
  ssr: { external: ["#app-context"] },
  environments: { ssr: { build: { rollupOptions: { external: ["#app-context"] } } } },
  build: { assetsInlineLimit: 0 },
});
