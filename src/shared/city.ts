import { z } from 'zod';

// `seeds/<city>/city.json`: what makes one installation Erfurt (or another city) beyond its geometry.
// The receipt prefix is read out on the phone, so it stays short and in capitals.
export const attributionSchema = z.object({
  text: z.string().min(1),
  url: z.url().optional(),
});
export type Attribution = z.infer<typeof attributionSchema>;

export const cityFileSchema = z.object({
  receiptPrefix: z.string().regex(/^[A-Z]{2,5}$/, 'Use 2 to 5 capital letters'),
  name: z.string().min(1),
  timeZone: z.string().refine(isTimeZone, 'Unknown IANA time zone'),
  attribution: z.array(attributionSchema),
});
export type City = z.infer<typeof cityFileSchema>;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
