/** A marketplace lead is a few hundred bytes; anything far larger is not one. */
export const MAX_LEAD_BODY_BYTES = 64 * 1024;
