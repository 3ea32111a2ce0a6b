import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const integrationFiles = ["lib/**/*.int.test.ts", "app/**/*.int.test.ts"];

export default defineConfig({
  resolve: { alias: { "@": path.dirname(fileURLToPath(import.meta.url)) } },
  test: {
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "app/**/*.test.ts"],
          exclude: integrationFiles,
        },
      },
      {
        extends: true,
        test: {
          name: "integration-sqlite",
          include: integrationFiles,
          env: { TEST_DATABASE: "sqlite", LEAD_INGEST_KEY: "test-env-ingest-key" },
          setupFiles: ["lib/testing/use-fresh-database.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration-postgres",
          include: integrationFiles,
          env: { TEST_DATABASE: "postgresql", LEAD_INGEST_KEY: "test-env-ingest-key" },
          globalSetup: ["lib/testing/postgres-global-setup.ts"],
          setupFiles: ["lib/testing/use-fresh-database.ts"],
        },
      },
    ],
  },
});
