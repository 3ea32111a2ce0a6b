import { receiveLead } from "./_post";

export const dynamic = "force-dynamic";

export const POST = receiveLead;
