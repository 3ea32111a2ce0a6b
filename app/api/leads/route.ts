import { listLeadsHandler } from "./_get";
import { receiveLead } from "./_post";

export const dynamic = "force-dynamic";

export const POST = receiveLead;
export const GET = listLeadsHandler;
