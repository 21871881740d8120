/** Where the end-to-end server listens and keeps its data; E2E_PORT lets two suites run side by side. */
export const e2ePort = Number(process.env.E2E_PORT ?? 3210);
export const e2eDataDir = `.tmp/e2e-data-${e2ePort}`;
