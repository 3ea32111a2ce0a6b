/**
 * The fixed offer catalogue seeded leads are spread over. Keys follow Microsoft's
 * publisherid.offerid form (lower case, since offer keys are stored case-folded); one id is a GUID
 * as real offer ids sometimes are. `channel` decides where its leads come from: AppSource apps
 * (Dynamics 365, Power BI, Teams, Microsoft 365) or Azure Marketplace / Azure portal offers.
 */
export interface CatalogueOffer {
  key: string;
  title: string;
  channel: "appsource" | "azure";
  /** Relative share of leads. */
  popularity: number;
  testDrive: boolean;
  freeTrial: boolean;
}

export const OFFER_CATALOGUE: readonly CatalogueOffer[] = [
  { key: "contoso.analytics-suite", title: "Contoso Analytics Suite for Power BI", channel: "appsource", popularity: 14, testDrive: true, freeTrial: true },
  { key: "contoso.field-service-pro", title: "Contoso Field Service Pro", channel: "appsource", popularity: 8, testDrive: true, freeTrial: false },
  { key: "northwind.teams-helpdesk", title: "Northwind Helpdesk for Microsoft Teams", channel: "appsource", popularity: 11, testDrive: false, freeTrial: true },
  { key: "northwind.inventory-ai", title: "Northwind Inventory AI", channel: "appsource", popularity: 6, testDrive: true, freeTrial: true },
  { key: "adatum.sap-connector-d365", title: "Adatum SAP Connector for Dynamics 365", channel: "appsource", popularity: 5, testDrive: false, freeTrial: false },
  { key: "tailspin.esign-m365", title: "Tailspin eSign for Microsoft 365", channel: "appsource", popularity: 7, testDrive: false, freeTrial: true },
  { key: "proseware.hr-onboarding", title: "Proseware HR Onboarding", channel: "appsource", popularity: 5, testDrive: true, freeTrial: false },
  { key: "fabrikam.secure-gateway-byol", title: "Fabrikam Secure Gateway (BYOL)", channel: "azure", popularity: 10, testDrive: true, freeTrial: false },
  { key: "fabrikam.backup-vault", title: "Fabrikam Backup Vault", channel: "azure", popularity: 7, testDrive: false, freeTrial: true },
  { key: "litware.kubernetes-monitor", title: "Litware Kubernetes Monitor", channel: "azure", popularity: 9, testDrive: true, freeTrial: true },
  { key: "litware.cloud-cost-optimizer", title: "Litware Cloud Cost Optimizer", channel: "azure", popularity: 8, testDrive: false, freeTrial: true },
  { key: "woodgrove.fraud-shield", title: "Woodgrove Fraud Shield", channel: "azure", popularity: 4, testDrive: false, freeTrial: false },
  {
    key: "relecloud.7c1e4f2a-93b8-4d6e-a5f0-2b8c9d3e1f47",
    title: "Relecloud Data Platform",
    channel: "azure",
    popularity: 4,
    testDrive: true,
    freeTrial: false,
  },
];

export const OFFER_WEIGHTS: readonly (readonly [CatalogueOffer, number])[] = OFFER_CATALOGUE.map((offer) => [
  offer,
  offer.popularity,
]);

export function splitOfferKey(key: string): { publisherId: string; offerId: string } {
  const dot = key.indexOf(".");
  return { publisherId: key.slice(0, dot), offerId: key.slice(dot + 1) };
}
