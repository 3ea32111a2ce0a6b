import { z } from "zod";

export const savedViewSchema = z.object({
  name: z.string().trim().min(1, "give the view a name").max(60, "at most 60 characters"),
  // The lead table's URL query, without the leading "?".
  query: z.string().max(4000, "this view has too many filters to save").transform((q) => q.replace(/^\?/, "")),
});

export type SavedViewInput = z.input<typeof savedViewSchema>;
