import type { z } from 'zod';
import type { Centre, Opportunity } from '../../../shared/directory';
import type { OpeningHours } from '../../../shared/opening-hours';

// Form state for directory entries as plain strings, converted to the shared seed shape and checked
// with the shared zod schema (centreSchema / opportunitySchema), so the form accepts exactly what the
// server and the seed loader accept. Issues become translated messages per field path.

export interface WeeklyRow {
  days: number[];
  opens: string;
  closes: string;
}

export interface HoursDraft {
  enabled: boolean;
  weekly: WeeklyRow[];
  holidays: 'closed' | 'open' | 'unknown';
  /** Exceptions and the note are not edited here; they are kept as they were. */
  keep: Pick<OpeningHours, 'exceptions' | 'note'>;
}

export function hoursDraft(hours: OpeningHours | undefined): HoursDraft {
  return {
    enabled: !!hours,
    weekly: hours?.weekly.map((w) => ({ days: [...w.days], opens: w.opens, closes: w.closes })) ?? [],
    holidays: hours?.holidays ?? 'closed',
    keep: { exceptions: hours?.exceptions ?? [], ...(hours?.note ? { note: hours.note } : {}) },
  };
}

export function hoursFromDraft(draft: HoursDraft): OpeningHours | undefined {
  if (!draft.enabled) return undefined;
  return { weekly: draft.weekly.map((w) => ({ days: [...w.days].sort(), opens: w.opens, closes: w.closes })), holidays: draft.holidays, ...draft.keep };
}

const trimmed = (value: string): string | undefined => (value.trim() ? value.trim() : undefined);

/** Comma- or space-separated list → trimmed, lowercase, unique entries. */
export function splitList(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((s) => s.trim().toLowerCase()).filter(Boolean))];
}

/** A decimal number typed with a comma or a point; undefined when empty or not a number. */
export function parseDecimal(text: string): number | undefined {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() && Number.isFinite(value) ? value : undefined;
}

export function pointFrom(lat: string, lng: string): { lat: number; lng: number } | undefined {
  const la = parseDecimal(lat);
  const ln = parseDecimal(lng);
  return la === undefined || ln === undefined ? undefined : { lat: la, lng: ln };
}

export function contactFrom(c: { phone: string; email: string; web: string }): Centre['contact'] {
  return {
    ...(trimmed(c.phone) ? { phone: c.phone.trim() } : {}),
    ...(trimmed(c.email) ? { email: c.email.trim() } : {}),
    ...(trimmed(c.web) ? { web: c.web.trim() } : {}),
  };
}

export function localised(de: string, en: string, rest: Record<string, string> = {}): { de: string; en: string } & Record<string, string> {
  return { ...rest, de: de.trim(), en: en.trim() };
}

/** `{de,en}` or nothing when both are empty (optional localised fields). */
export function optionalLocalised(de: string, en: string, rest: Record<string, string> = {}) {
  return de.trim() || en.trim() ? localised(de, en, rest) : undefined;
}

export function sourceFrom(urls: string, lastChecked: string, keep: Centre['source'] | undefined): Centre['source'] {
  return { ...(keep?.note ? { note: keep.note } : {}), urls: urls.split(/\s+/).map((u) => u.trim()).filter(Boolean), lastChecked: lastChecked.trim() };
}

/** The translation key for one zod issue; custom rules of the directory schema get their own words. */
export function issueKey(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'custom') {
    if (path === 'source.urls') return 'manage-content:errors.needSource';
    if (path === 'quarterId') return 'manage-content:errors.needPlace';
    if (path === 'locationPrecision') return 'manage-content:errors.needPrecision';
    if (path.endsWith('closes')) return 'manage-content:errors.closesAfterOpens';
    return 'manage-content:errors.invalid';
  }
  if (path.endsWith('closes') && issue.code !== 'invalid_format') return 'manage-content:errors.closesAfterOpens';
  if (issue.code === 'invalid_type') return 'manage-content:errors.required';
  if (issue.code === 'too_small') return issue.minimum === 1 && issue.origin === 'string' ? 'manage-content:errors.required' : 'manage-content:errors.tooSmall';
  if (issue.code === 'too_big') return 'manage-content:errors.tooBig';
  if (issue.code === 'invalid_format' || issue.code === 'invalid_value') {
    if (path === 'id') return 'manage-content:errors.slug';
    if (path.startsWith('contact.phone')) return 'manage-content:errors.phone';
    if (path.startsWith('contact.email')) return 'manage-content:errors.email';
    if (path.startsWith('contact.web') || path.startsWith('source.urls')) return 'manage-content:errors.url';
    if (path.includes('opens') || path.includes('closes')) return 'manage-content:errors.time';
    if (path.endsWith('lastChecked')) return 'manage-content:errors.date';
    return 'manage-content:errors.invalid';
  }
  return 'manage-content:errors.invalid';
}

/** First message per field path (`contact.email`, `hours.weekly.0.closes`, …). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issueKey(issue);
  }
  return errors;
}

/** Errors under a prefix, e.g. every `location.*` for the location fieldset. */
export function errorUnder(errors: Record<string, string>, prefix: string): string | undefined {
  return Object.entries(errors).find(([path]) => path === prefix || path.startsWith(`${prefix}.`))?.[1];
}

export type DirectoryEntry = Centre | Opportunity;
