#!/bin/sh
# Stands in for Prisma's native schema engine on machines that cannot download it.
# Only `prisma generate | validate | format` are run here, and they never call the engine.
echo "schema-engine-stub (offline): migrations are applied by lib/db/migrate.ts" >&2
exit 1
