-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" TEXT NOT NULL DEFAULT 'rep',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "failedSignIns" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "inviteTokenHash" TEXT,
    "inviteExpiresAt" TIMESTAMP(3),
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IngestKey" (
    "id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "secretPrefix" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "deliveryCount" INTEGER NOT NULL DEFAULT 0,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "IngestKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ingestKeyId" TEXT,
    "keySource" TEXT NOT NULL,
    "contentType" TEXT,
    "remoteAddress" TEXT,
    "rawBody" TEXT NOT NULL,
    "outcome" TEXT NOT NULL DEFAULT 'received',
    "error" TEXT,
    "errorField" TEXT,
    "leadId" TEXT,
    "correctedBody" TEXT,
    "correctedById" TEXT,
    "replayedAt" TIMESTAMP(3),

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" TEXT NOT NULL,
    "identityKey" TEXT NOT NULL,
    "email" TEXT,
    "firstName" TEXT,
    "lastName" TEXT,
    "company" TEXT,
    "title" TEXT,
    "phone" TEXT,
    "country" TEXT,
    "isTest" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Offer" (
    "id" TEXT NOT NULL,
    "offerKey" TEXT NOT NULL,
    "publisherId" TEXT,
    "offerId" TEXT,
    "title" TEXT,
    "titleKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Offer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lead" (
    "id" TEXT NOT NULL,
    "contactId" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "contactName" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "company" TEXT NOT NULL DEFAULT '',
    "title" TEXT NOT NULL DEFAULT '',
    "country" TEXT NOT NULL DEFAULT '',
    "offerTitle" TEXT NOT NULL DEFAULT '',
    "searchText" TEXT NOT NULL DEFAULT '',
    "stage" TEXT,
    "stageRank" INTEGER NOT NULL DEFAULT 0,
    "firstSource" TEXT,
    "latestSource" TEXT,
    "latestAction" TEXT,
    "eventCount" INTEGER NOT NULL DEFAULT 0,
    "firstReceivedAt" TIMESTAMP(3) NOT NULL,
    "lastReceivedAt" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'new',
    "statusRank" INTEGER NOT NULL DEFAULT 0,
    "lostReason" TEXT,
    "qualifiedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "ownerId" TEXT,
    "assignedAt" TIMESTAMP(3),
    "isTest" BOOLEAN NOT NULL DEFAULT false,
    "doNotContact" BOOLEAN NOT NULL DEFAULT false,
    "followUpDueAt" TIMESTAMP(3),
    "firstContactAt" TIMESTAMP(3),
    "followUpResult" TEXT,
    "contactAttempts" INTEGER NOT NULL DEFAULT 0,
    "lastContactAt" TIMESTAMP(3),
    "nextTouchDueAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Lead_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeadEvent" (
    "id" TEXT NOT NULL,
    "leadId" TEXT NOT NULL,
    "deliveryId" TEXT NOT NULL,
    "canonicalHash" TEXT NOT NULL,
    "source" TEXT,
    "action" TEXT,
    "stage" TEXT,
    "stageRank" INTEGER NOT NULL DEFAULT 0,
    "offerTitle" TEXT,
    "description" TEXT,
    "isTest" BOOLEAN NOT NULL DEFAULT false,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "payload" TEXT NOT NULL,

    CONSTRAINT "LeadEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeadActivity" (
    "id" TEXT NOT NULL,
    "leadId" TEXT NOT NULL,
    "actorId" TEXT,
    "kind" TEXT NOT NULL,
    "body" TEXT,
    "channel" TEXT,
    "outcome" TEXT,
    "fromValue" TEXT,
    "toValue" TEXT,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LeadActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedView" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedView_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_inviteTokenHash_key" ON "User"("inviteTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "IngestKey_secretHash_key" ON "IngestKey"("secretHash");

-- CreateIndex
CREATE INDEX "Delivery_receivedAt_idx" ON "Delivery"("receivedAt");

-- CreateIndex
CREATE INDEX "Delivery_outcome_receivedAt_idx" ON "Delivery"("outcome", "receivedAt");

-- CreateIndex
CREATE INDEX "Delivery_ingestKeyId_receivedAt_idx" ON "Delivery"("ingestKeyId", "receivedAt");

-- CreateIndex
CREATE INDEX "Delivery_leadId_idx" ON "Delivery"("leadId");

-- CreateIndex
CREATE UNIQUE INDEX "Contact_identityKey_key" ON "Contact"("identityKey");

-- CreateIndex
CREATE INDEX "Contact_email_idx" ON "Contact"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Offer_offerKey_key" ON "Offer"("offerKey");

-- CreateIndex
CREATE INDEX "Offer_titleKey_idx" ON "Offer"("titleKey");

-- CreateIndex
CREATE INDEX "Lead_isTest_doNotContact_firstReceivedAt_idx" ON "Lead"("isTest", "doNotContact", "firstReceivedAt");

-- CreateIndex
CREATE INDEX "Lead_isTest_doNotContact_lastReceivedAt_idx" ON "Lead"("isTest", "doNotContact", "lastReceivedAt");

-- CreateIndex
CREATE INDEX "Lead_isTest_doNotContact_contactName_idx" ON "Lead"("isTest", "doNotContact", "contactName");

-- CreateIndex
CREATE INDEX "Lead_isTest_doNotContact_company_idx" ON "Lead"("isTest", "doNotContact", "company");

-- CreateIndex
CREATE INDEX "Lead_isTest_doNotContact_title_idx" ON "Lead"("isTest", "doNotContact", "title");

-- CreateIndex
CREATE INDEX "Lead_isTest_doNotContact_country_idx" ON "Lead"("isTest", "doNotContact", "country");

-- CreateIndex
CREATE INDEX "Lead_isTest_doNotContact_offerTitle_idx" ON "Lead"("isTest", "doNotContact", "offerTitle");

-- CreateIndex
CREATE INDEX "Lead_isTest_doNotContact_latestSource_idx" ON "Lead"("isTest", "doNotContact", "latestSource");

-- CreateIndex
CREATE INDEX "Lead_isTest_doNotContact_latestAction_idx" ON "Lead"("isTest", "doNotContact", "latestAction");

-- CreateIndex
CREATE INDEX "Lead_isTest_doNotContact_stageRank_idx" ON "Lead"("isTest", "doNotContact", "stageRank");

-- CreateIndex
CREATE INDEX "Lead_isTest_doNotContact_statusRank_idx" ON "Lead"("isTest", "doNotContact", "statusRank");

-- CreateIndex
CREATE INDEX "Lead_isTest_doNotContact_followUpDueAt_idx" ON "Lead"("isTest", "doNotContact", "followUpDueAt");

-- CreateIndex
CREATE INDEX "Lead_isTest_doNotContact_contactAttempts_idx" ON "Lead"("isTest", "doNotContact", "contactAttempts");

-- CreateIndex
CREATE INDEX "Lead_isTest_doNotContact_nextTouchDueAt_ownerId_id_idx" ON "Lead"("isTest", "doNotContact", "nextTouchDueAt", "ownerId", "id");

-- CreateIndex
CREATE INDEX "Lead_search_idx" ON "Lead"("isTest", "doNotContact", "searchText", "id");

-- CreateIndex
CREATE INDEX "Lead_analytics_idx" ON "Lead"("isTest", "doNotContact", "firstReceivedAt", "offerId", "ownerId", "latestSource", "latestAction", "country", "stageRank", "status", "firstContactAt", "qualifiedAt", "followUpDueAt", "followUpResult", "contactAttempts", "id");

-- CreateIndex
CREATE INDEX "Lead_firstReceivedAt_idx" ON "Lead"("firstReceivedAt");

-- CreateIndex
CREATE INDEX "Lead_isTest_doNotContact_firstContactAt_followUpDueAt_id_idx" ON "Lead"("isTest", "doNotContact", "firstContactAt", "followUpDueAt", "id");

-- CreateIndex
CREATE INDEX "Lead_ownerId_isTest_doNotContact_followUpDueAt_idx" ON "Lead"("ownerId", "isTest", "doNotContact", "followUpDueAt");

-- CreateIndex
CREATE INDEX "Lead_offerId_firstReceivedAt_idx" ON "Lead"("offerId", "firstReceivedAt");

-- CreateIndex
CREATE INDEX "Lead_email_idx" ON "Lead"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Lead_contactId_offerId_key" ON "Lead"("contactId", "offerId");

-- CreateIndex
CREATE UNIQUE INDEX "LeadEvent_deliveryId_key" ON "LeadEvent"("deliveryId");

-- CreateIndex
CREATE UNIQUE INDEX "LeadEvent_canonicalHash_key" ON "LeadEvent"("canonicalHash");

-- CreateIndex
CREATE INDEX "LeadEvent_leadId_receivedAt_idx" ON "LeadEvent"("leadId", "receivedAt");

-- CreateIndex
CREATE INDEX "LeadEvent_receivedAt_source_idx" ON "LeadEvent"("receivedAt", "source");

-- CreateIndex
CREATE INDEX "LeadEvent_receivedAt_action_idx" ON "LeadEvent"("receivedAt", "action");

-- CreateIndex
CREATE INDEX "LeadActivity_leadId_occurredAt_idx" ON "LeadActivity"("leadId", "occurredAt");

-- CreateIndex
CREATE INDEX "LeadActivity_actorId_kind_occurredAt_idx" ON "LeadActivity"("actorId", "kind", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_at_idx" ON "AuditEntry"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_at_idx" ON "AuditEntry"("actorId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "SavedView_userId_name_key" ON "SavedView"("userId", "name");

-- CreateIndex
CREATE INDEX "SignInAttempt_email_at_idx" ON "SignInAttempt"("email", "at");

-- CreateIndex
CREATE INDEX "SignInAttempt_address_at_idx" ON "SignInAttempt"("address", "at");

-- AddForeignKey
ALTER TABLE "IngestKey" ADD CONSTRAINT "IngestKey_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_ingestKeyId_fkey" FOREIGN KEY ("ingestKeyId") REFERENCES "IngestKey"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Lead"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lead" ADD CONSTRAINT "Lead_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadEvent" ADD CONSTRAINT "LeadEvent_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Lead"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadEvent" ADD CONSTRAINT "LeadEvent_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "Delivery"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadActivity" ADD CONSTRAINT "LeadActivity_leadId_fkey" FOREIGN KEY ("leadId") REFERENCES "Lead"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadActivity" ADD CONSTRAINT "LeadActivity_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedView" ADD CONSTRAINT "SavedView_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

