import { z } from "zod";
import { marketplaceLeadSchema } from "@/lib/leads/marketplace-lead-schema";

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["field", "message"],
      properties: {
        field: { type: "string", description: "The field at fault (\"body\" for the whole body, \"key\" for authentication)." },
        message: { type: "string", description: "Starts with the field name." },
      },
    },
    deliveryId: { type: "string", description: "The journal entry that keeps the rejected body for repair and replay." },
  },
} as const;

const acceptedSchema = {
  type: "object",
  required: ["leadId", "outcome", "deliveryId"],
  properties: {
    leadId: { type: "string" },
    outcome: { type: "string", enum: ["accepted", "joined", "replay"] },
    deliveryId: { type: "string" },
  },
} as const;

function errorResponse(description: string) {
  return { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
}

/** OpenAPI 3.1 for the ingest endpoint, built from the zod schema that validates its requests. */
export function openApiDocument(serverUrl?: string) {
  const leadBody = z.toJSONSchema(marketplaceLeadSchema, { io: "input", target: "draft-2020-12" });
  const { $schema: _ignored, ...marketplaceLead } = leadBody as Record<string, unknown>;
  return {
    openapi: "3.1.0",
    info: {
      title: "Lead Cockpit API",
      version: "1.0.0",
      description:
        "Receives Microsoft commercial marketplace leads. Paste `<this server>/api/leads?key=<ingest key>` into Partner Center as the HTTPS endpoint.",
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    paths: {
      "/api/leads": {
        post: {
          operationId: "receiveLead",
          summary: "Receive a marketplace lead",
          description:
            "The raw body is journaled before it is interpreted. Content-Type may be application/json, text/plain or absent. " +
            "Keys are matched case-insensitively; every value is read as text.",
          security: [{ ingestKeyQuery: [] }, { ingestKeyBearer: [] }],
          requestBody: {
            required: true,
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/MarketplaceLead" } },
              "text/plain": { schema: { $ref: "#/components/schemas/MarketplaceLead" } },
            },
          },
          responses: {
            "201": { description: "A new lead was stored.", content: { "application/json": { schema: { $ref: "#/components/schemas/LeadReceipt" } } } },
            "200": {
              description: "The delivery joined an existing lead, or was an exact replay of an earlier one.",
              content: { "application/json": { schema: { $ref: "#/components/schemas/LeadReceipt" } } },
            },
            "400": errorResponse("The body could not be understood; it is kept in the journal, marked rejected."),
            "401": errorResponse("The ingest key is missing, wrong or revoked; nothing was stored."),
            "413": errorResponse("The body is larger than 64 KB."),
            "503": errorResponse("The database cannot be written; retry after the Retry-After header's seconds."),
          },
        },
      },
      "/api/health": {
        get: {
          operationId: "health",
          summary: "App and database status, for load balancers",
          security: [],
          responses: { "200": { description: "Healthy" }, "503": { description: "The database is unreachable" } },
        },
      },
    },
    components: {
      schemas: { MarketplaceLead: marketplaceLead, LeadReceipt: acceptedSchema, Error: errorSchema },
      securitySchemes: {
        ingestKeyQuery: { type: "apiKey", in: "query", name: "key" },
        ingestKeyBearer: { type: "http", scheme: "bearer" },
      },
    },
  };
}
