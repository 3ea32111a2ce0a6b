#!/usr/bin/env bash
# `npm test`: every test, in the order that fails fastest. Integration tests run on SQLite and on a
# throwaway PostgreSQL cluster they start themselves; end-to-end tests run the production build in
# Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n== %s\n' "$1"; }

step "Type check"
npx tsc --noEmit -p .

step "Unit tests"
npx vitest run --project unit

step "Integration tests on SQLite and PostgreSQL"
npx vitest run --project integration-sqlite --project integration-postgres

step "Production build"
npx next build

step "End-to-end tests in Chromium"
npx playwright test
