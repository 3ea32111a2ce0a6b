import type { Random } from "./random";

/**
 * Who fills in the marketplace's "contact me" form. Countries are free text as the marketplace
 * sends them, several spellings per country, because the receiver must cope with exactly that.
 */
interface Locale {
  countrySpellings: readonly (readonly [string, number])[];
  share: number;
  firstNames: readonly string[];
  lastNames: readonly string[];
  phone: (random: Random) => string;
  companySuffixes: readonly string[];
  localTitles?: readonly string[];
  language?: "fr" | "de";
}

const ENGLISH_FIRST = ["James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "David", "Linda", "Daniel", "Emily", "Chris", "Sarah", "Kevin", "Laura", "Brian", "Megan", "Jason", "Rachel", "Ethan", "Olivia", "Noah", "Grace", "Marcus", "Aisha"];
const ENGLISH_LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Young", "Allen", "King", "Wright", "O'Brien", "Nguyen", "Patel", "Garcia"];

const usPhone = (random: Random) =>
  random.pick([
    () => `1${random.int(201, 989)}555${random.digits(4)}`,
    () => `+1 (${random.int(201, 989)}) 555-${random.digits(4)}`,
    () => `${random.int(201, 989)}-555-${random.digits(4)}`,
  ])();

const LOCALES: readonly Locale[] = [
  {
    countrySpellings: [["USA", 40], ["US", 25], ["United States", 30], ["United States of America", 5]],
    share: 34,
    firstNames: ENGLISH_FIRST,
    lastNames: ENGLISH_LAST,
    phone: usPhone,
    companySuffixes: ["Inc.", "LLC", "Corp.", "", "Group"],
  },
  {
    countrySpellings: [["United Kingdom", 50], ["UK", 30], ["GB", 10], ["England", 10]],
    share: 9,
    firstNames: ["Oliver", "Amelia", "Harry", "Isla", "George", "Ava", "Jack", "Sophie", "Charlotte", "William", "Freya", "Thomas", "Alfie", "Poppy"],
    lastNames: ["Evans", "Roberts", "Hughes", "Edwards", "Wood", "Turner", "Hall", "Green", "Baker", "Cooper", "Ward", "Morris", "Price", "Bennett"],
    phone: (random) => `+44 20 7946 ${random.digits(4)}`,
    companySuffixes: ["Ltd", "plc", "Ltd", ""],
  },
  {
    countrySpellings: [["Germany", 60], ["Deutschland", 25], ["DE", 15]],
    share: 8,
    firstNames: ["Lukas", "Anna", "Jürgen", "Lena", "Maximilian", "Sophie", "Felix", "Katharina", "Stefan", "Julia", "Matthias", "Sabine", "Tobias", "Claudia"],
    lastNames: ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schäfer", "Koch", "Richter", "Klein", "Wolf"],
    phone: (random) => `+49 30 ${random.digits(8)}`,
    companySuffixes: ["GmbH", "AG", "GmbH & Co. KG", "SE"],
    language: "de",
    localTitles: ["Leiter IT", "Geschäftsführer", "IT-Leiterin", "Einkaufsleiter", "Teamleiter Cloud"],
  },
  {
    countrySpellings: [["France", 90], ["FR", 10]],
    share: 7,
    firstNames: ["Amélie", "Julien", "Camille", "Thomas", "Léa", "Nicolas", "Chloé", "Antoine", "Manon", "Pierre", "Élodie", "François", "Inès", "Hugo"],
    lastNames: ["Martin", "Bernard", "Dubois", "Durand", "Lefebvre", "Moreau", "Laurent", "Simon", "Michel", "Garnier", "Rousseau", "Fournier", "Girard", "Mercier"],
    phone: (random) => `+33 1 ${random.digits(2)} ${random.digits(2)} ${random.digits(2)} ${random.digits(2)}`,
    companySuffixes: ["SAS", "SA", "SARL"],
    language: "fr",
    localTitles: ["Directrice des achats", "Directeur des systèmes d'information", "Responsable informatique", "Chef de projet"],
  },
  {
    countrySpellings: [["India", 95], ["IN", 5]],
    share: 11,
    firstNames: ["Priya", "Rahul", "Ananya", "Arjun", "Sneha", "Vikram", "Kavya", "Rohan", "Divya", "Amit", "Pooja", "Sanjay", "Neha", "Karthik"],
    lastNames: ["Sharma", "Patel", "Natarajan", "Iyer", "Reddy", "Gupta", "Kumar", "Singh", "Menon", "Rao", "Nair", "Joshi", "Chatterjee", "Das"],
    phone: (random) => `+91 ${random.int(70, 99)}${random.digits(3)} ${random.digits(5)}`,
    companySuffixes: ["Pvt Ltd", "Private Limited", "Ltd", "Technologies"],
  },
  {
    countrySpellings: [["Japan", 85], ["JP", 15]],
    share: 5,
    firstNames: ["Kenji", "Yuki", "Haruto", "Sakura", "Takeshi", "Aoi", "Hiroshi", "Yui", "Daiki", "Mei", "Ren", "Naoko"],
    lastNames: ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada"],
    phone: (random) => `+81 3 ${random.digits(4)} ${random.digits(4)}`,
    companySuffixes: ["K.K.", "Co., Ltd.", "Corporation"],
  },
  {
    countrySpellings: [["Canada", 90], ["CA", 10]],
    share: 4,
    firstNames: [...ENGLISH_FIRST.slice(0, 12), "Mathieu", "Geneviève"],
    lastNames: [...ENGLISH_LAST.slice(0, 14), "Tremblay", "Gagnon", "Roy"],
    phone: usPhone,
    companySuffixes: ["Inc.", "Ltd.", ""],
  },
  {
    countrySpellings: [["Australia", 85], ["AU", 15]],
    share: 4,
    firstNames: ["Jack", "Charlotte", "Lachlan", "Matilda", "Cooper", "Ruby", "Mitchell", "Chloe", "Liam", "Zoe"],
    lastNames: ["Smith", "Jones", "Kelly", "Ryan", "Campbell", "Mitchell", "Murphy", "Walsh", "Stewart", "Murray"],
    phone: (random) => `+61 2 ${random.digits(4)} ${random.digits(4)}`,
    companySuffixes: ["Pty Ltd", "Pty Ltd", "Ltd"],
  },
  {
    countrySpellings: [["Brazil", 70], ["Brasil", 30]],
    share: 4,
    firstNames: ["João", "Maria", "Lucas", "Ana", "Gabriel", "Juliana", "Rafael", "Fernanda", "Pedro", "Camila"],
    lastNames: ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Costa", "Rodrigues", "Almeida", "Carvalho"],
    phone: (random) => `+55 11 9${random.digits(4)}-${random.digits(4)}`,
    companySuffixes: ["Ltda.", "S.A."],
  },
  {
    countrySpellings: [["Spain", 80], ["España", 20]],
    share: 3,
    firstNames: ["Javier", "Lucía", "Alejandro", "Carmen", "Pablo", "Elena", "Sergio", "Marta", "Diego", "Laura"],
    lastNames: ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz"],
    phone: (random) => `+34 91 ${random.digits(3)} ${random.digits(2)} ${random.digits(2)}`,
    companySuffixes: ["S.L.", "S.A."],
  },
  {
    countrySpellings: [["Netherlands", 70], ["The Netherlands", 20], ["NL", 10]],
    share: 3,
    firstNames: ["Daan", "Emma", "Sem", "Julia", "Lars", "Sanne", "Bram", "Fleur", "Thijs", "Lotte"],
    lastNames: ["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder"],
    phone: (random) => `+31 20 ${random.digits(3)} ${random.digits(4)}`,
    companySuffixes: ["B.V.", "N.V."],
  },
  {
    countrySpellings: [["Singapore", 90], ["SG", 10]],
    share: 2,
    firstNames: ["Wei", "Hui Min", "Jun Jie", "Mei Ling", "Darren", "Priya", "Ahmad", "Siti"],
    lastNames: ["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua"],
    phone: (random) => `+65 ${random.int(6, 9)}${random.digits(3)} ${random.digits(4)}`,
    companySuffixes: ["Pte. Ltd.", "Pte Ltd"],
  },
  {
    countrySpellings: [["Mexico", 75], ["México", 25]],
    share: 2,
    firstNames: ["José", "Guadalupe", "Luis", "Sofía", "Carlos", "Valeria", "Miguel", "Daniela"],
    lastNames: ["Hernández", "García", "Martínez", "López", "González", "Ramírez", "Flores", "Torres"],
    phone: (random) => `+52 55 ${random.digits(4)} ${random.digits(4)}`,
    companySuffixes: ["S.A. de C.V.", "S. de R.L."],
  },
];

const LOCALE_WEIGHTS = LOCALES.map((locale) => [locale, locale.share] as const);

const COMPANY_NAMES = ["Northwind", "Tailspin", "Fabrikam", "Adatum", "Litware", "Proseware", "Wide World", "Woodgrove", "Alpine Ski House", "Coho", "Lucerne", "Margie's", "Trey", "Wingtip", "Humongous", "Fourth Coffee", "Relecloud", "VanArsdel", "Blue Yonder", "Consolidated Messenger", "Southridge", "Lamna", "Bellows", "Munson's", "Graphic Design Institute", "City Power & Light", "Best For You", "Nod", "Tailwind", "Contoso", "Olympia", "Boreal", "Kestrel", "Meridian", "Halcyon", "Vantage", "Cobalt", "Summit", "Evergreen", "Harbor", "Pinnacle", "Redwood"];
const COMPANY_SECTORS = ["Traders", "Toys", "Insurance", "Bank", "Health", "Logistics", "Energy", "Pharma", "Retail", "Manufacturing", "Consulting", "Labs", "Systems", "Airlines", "Foods", "Motors", "Media", "Software", "Analytics", "Hospitality", "", ""];

const TITLES: readonly (readonly [string, number])[] = [
  ["IT Director", 10], ["CTO", 6], ["CIO", 4], ["Cloud Architect", 9], ["Solutions Architect", 7], ["IT Manager", 10],
  ["DevOps Engineer", 6], ["Data Analyst", 5], ["Head of Data", 3], ["VP Engineering", 3], ["Software Engineer", 6],
  ["Procurement Manager", 4], ["Operations Manager", 4], ["Finance Director", 2], ["HR Director", 2], ["Security Engineer", 4],
  ["Consultant", 4], ["Product Owner", 3], ["Business Analyst", 4], ["Owner", 2], ["Founder & CEO", 2], ["", 8],
];

function stripAccents(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ß/g, "ss");
}

function slug(text: string): string {
  return stripAccents(text).toLowerCase().replace(/&/g, "and").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

export interface SeedPerson {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  country: string;
  company: string;
  title: string;
  /** "en", "fr" or "de": the language of free-text notes. */
  language: "en" | "fr" | "de";
}

/**
 * A plausible customer. `contactNumber` and `seed` go into the address (`…42@s1.fabrikam-health.example`)
 * so every generated contact is a distinct identity and seeds never collide with each other.
 */
export function generatePerson(random: Random, seed: number, contactNumber: number): SeedPerson {
  const locale = random.weighted(LOCALE_WEIGHTS);
  const firstName = random.pick(locale.firstNames);
  const lastName = random.pick(locale.lastNames);
  const base = random.pick(COMPANY_NAMES);
  const sector = random.pick(COMPANY_SECTORS);
  const suffix = random.pick(locale.companySuffixes);
  const company = [base, sector, suffix].filter(Boolean).join(" ");
  const title = locale.localTitles && random.chance(0.3) ? random.pick(locale.localTitles) : random.weighted(TITLES);
  const local = `${slug(firstName).replace(/-/g, "")}.${slug(lastName).replace(/-/g, "")}${contactNumber}`;
  const domain = `s${seed}.${slug([base, sector].filter(Boolean).join(" "))}.example`;
  // Marketplace emails keep whatever case the customer typed.
  const email = `${random.chance(0.12) ? capitalise(local) : local}@${domain}`;
  return {
    firstName,
    lastName,
    email,
    phone: random.chance(0.22) ? "" : locale.phone(random),
    country: random.chance(0.03) ? "" : random.weighted(locale.countrySpellings),
    company,
    title,
    language: locale.language ?? "en",
  };
}

function capitalise(text: string): string {
  return text.replace(/(^|[.])([a-z])/g, (_match, separator: string, letter: string) => separator + letter.toUpperCase());
}

const NOTES: Record<SeedPerson["language"], readonly string[]> = {
  en: [
    "We would like a demo for our team of about 40 users.",
    "Please send pricing for the EU region.",
    "Interested in a proof of concept next quarter.",
    "Can this integrate with our existing Dynamics 365 tenant?",
    "Looking for an enterprise agreement, 500+ seats.",
    "What are the data residency options?",
    "Please call me back, evaluating alternatives this month.",
    "Does it support single sign-on with Entra ID?",
  ],
  fr: [
    "Nous aimerions une démonstration pour 40 utilisateurs.",
    "Merci de nous envoyer une proposition tarifaire.",
    "Projet prévu au prochain trimestre, pouvez-vous nous rappeler ?",
  ],
  de: [
    "Wir hätten gerne eine Demo für unser Team.",
    "Bitte senden Sie uns ein Angebot für 200 Nutzer.",
    "Ist ein Hosting in Deutschland möglich?",
  ],
};

/** Free-text notes customers leave with a "contact me"; most leave none. */
export function contactMeNote(random: Random, language: SeedPerson["language"]): string {
  if (!random.chance(0.4)) return "";
  return random.pick(language === "en" || random.chance(0.3) ? NOTES.en : NOTES[language]);
}
