/**
 * The contact fields a lead carries for its table (so a million-row table filters and sorts on its
 * own indexes), and the one lower-cased column the text search reads.
 */
export function leadContactFields(contact: {
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  company: string | null;
  title: string | null;
  country: string | null;
}) {
  const contactName = [contact.firstName, contact.lastName].filter(Boolean).join(" ");
  const fields = {
    contactName,
    email: contact.email ?? "",
    company: contact.company ?? "",
    title: contact.title ?? "",
    country: contact.country ?? "",
  };
  const searchText = [contactName, fields.email, fields.company, fields.title].join(" ").toLowerCase();
  return { ...fields, searchText };
}
