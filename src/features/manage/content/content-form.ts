import type { z } from 'zod';
import type { Centre, DirectoryContact, Source } from '../../../shared/directory';
import type { LocalisedText } from '../../../shared/catalog';
import type { OpeningHours } from '../../../shared/opening-hours';
import { generalIssueKey, pathOf } from '../common/form-resolver';

// The content forms hold directory entries as strings, nested like the entry itself, so a zod issue's
// path (`description.de`, `hours.weekly.0.closes`) names the field it belongs to. On submit the draft
// becomes an entry here and is checked with the shared schema (centreSchema / opportunitySchema):
// the form accepts exactly what the server and the seed loader accept, and checks nothing itself.

export interface LocalisedDraft {
  de: string;
  en: string;
}
export interface ContactDraft {
  phone: string;
  email: string;
  web: string;
}
export interface PointDraft {
  lat: string;
  lng: string;
}
export interface SourceDraft {
  /** one URL a line */
  urls: string;
  lastChecked: string;
}
export interface WeeklyRow {
  days: number[];
  opens: string;
  closes: string;
}
export interface HoursDraft {
  enabled: boolean;
  weekly: WeeklyRow[];
  holidays: 'closed' | 'open' | 'unknown';
}

/** The fields centres and opportunities share (SharedEntryFields.tsx), as the form holds them. */
export interface SharedDraft {
  contact: ContactDraft;
  languages: string;
  description: LocalisedDraft;
  source: SourceDraft;
  sample: boolean;
}

export function sharedDraft(entry: { contact: DirectoryContact; languages: string[]; description: LocalisedText; source: Source; sample: boolean }): SharedDraft {
  return {
    contact: contactDraft(entry.contact),
    languages: entry.languages.join(', '),
    description: { de: entry.description.de, en: entry.description.en },
    source: sourceDraft(entry.source, entry.source.lastChecked),
    sample: entry.sample,
  };
}

export function emptySharedDraft(today: string): SharedDraft {
  return { contact: contactDraft({}), languages: 'de', description: { de: '', en: '' }, source: sourceDraft(undefined, today), sample: false };
}

/** The shared fields as entry fields, keeping what the form does not edit of `kept`. */
export function sharedFromDraft(d: SharedDraft, kept: { description: LocalisedText; source: Source } | undefined) {
  return {
    contact: contactFrom(d.contact),
    languages: splitList(d.languages),
    description: localised(d.description, kept?.description),
    source: sourceFrom(d.source, kept?.source),
    sample: d.sample,
  };
}

const trimmed = (value: string): string | undefined => (value.trim() ? value.trim() : undefined);

export function hoursDraft(hours: OpeningHours | undefined): HoursDraft {
  return {
    enabled: !!hours,
    weekly: hours?.weekly.map((w) => ({ days: [...w.days], opens: w.opens, closes: w.closes })) ?? [],
    holidays: hours?.holidays ?? 'closed',
  };
}

/** Exceptions and the note are not edited here; they are kept as they were. */
export function hoursFromDraft(draft: HoursDraft, kept: OpeningHours | undefined): OpeningHours | undefined {
  if (!draft.enabled) return undefined;
  return {
    weekly: draft.weekly.map((w) => ({ days: [...w.days].sort(), opens: w.opens, closes: w.closes })),
    holidays: draft.holidays,
    exceptions: kept?.exceptions ?? [],
    ...(kept?.note ? { note: kept.note } : {}),
  };
}

/** Comma- or space-separated list → trimmed, lowercase, unique entries. */
export function splitList(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((s) => s.trim().toLowerCase()).filter(Boolean))];
}

/** A decimal number typed with a comma or a point; undefined when empty or not a number. */
export function parseDecimal(text: string): number | undefined {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() && Number.isFinite(value) ? value : undefined;
}

export function pointDraft(point: { lat: number; lng: number } | undefined): PointDraft {
  return { lat: point ? String(point.lat) : '', lng: point ? String(point.lng) : '' };
}

export function pointFrom(point: PointDraft): { lat: number; lng: number } | undefined {
  const lat = parseDecimal(point.lat);
  const lng = parseDecimal(point.lng);
  return lat === undefined || lng === undefined ? undefined : { lat, lng };
}

export function contactDraft(contact: DirectoryContact): ContactDraft {
  return { phone: contact.phone ?? '', email: contact.email ?? '', web: contact.web ?? '' };
}

export function contactFrom(c: ContactDraft): Centre['contact'] {
  return {
    ...(trimmed(c.phone) ? { phone: c.phone.trim() } : {}),
    ...(trimmed(c.email) ? { email: c.email.trim() } : {}),
    ...(trimmed(c.web) ? { web: c.web.trim() } : {}),
  };
}

/** German and English from the form; the other languages of the entry are kept. */
export function localised(draft: LocalisedDraft, kept: LocalisedText | undefined): LocalisedText {
  return { ...kept, de: draft.de.trim(), en: draft.en.trim() };
}

/** `{de,en}` or nothing when both are empty (optional localised fields). */
export function optionalLocalised(draft: LocalisedDraft, kept: LocalisedText | undefined): LocalisedText | undefined {
  return draft.de.trim() || draft.en.trim() ? localised(draft, kept) : undefined;
}

export function sourceDraft(source: Source | undefined, today: string): SourceDraft {
  return { urls: source?.urls.join('\n') ?? '', lastChecked: source?.lastChecked ?? today };
}

export function sourceFrom(draft: SourceDraft, kept: Source | undefined): Source {
  return {
    ...(kept?.note ? { note: kept.note } : {}),
    urls: draft.urls.split(/\s+/).map((u) => u.trim()).filter(Boolean),
    lastChecked: draft.lastChecked.trim(),
  };
}

/** The content forms' words for the directory schemas' own rules; the general ones for the rest. */
export function contentIssueKey(issue: z.core.$ZodIssue): string {
  const path = pathOf(issue);
  if (issue.code === 'custom') {
    if (path === 'source.urls') return 'manage-content:errors.needSource';
    if (path === 'quarterId') return 'manage-content:errors.needPlace';
    if (path === 'locationPrecision') return 'manage-content:errors.needPrecision';
    if (path.endsWith('closes')) return 'manage-content:errors.closesAfterOpens';
    return 'manage:form.invalid';
  }
  if (path.endsWith('closes') && issue.code !== 'invalid_format') return 'manage-content:errors.closesAfterOpens';
  if (issue.code === 'invalid_format' || issue.code === 'invalid_value') {
    if (path === 'id') return 'manage-content:errors.slug';
    if (path.startsWith('contact.phone')) return 'manage-content:errors.phone';
    if (path.startsWith('contact.email')) return 'manage:form.email';
    if (path.startsWith('contact.web') || path.startsWith('source.urls')) return 'manage-content:errors.url';
    if (path.includes('opens') || path.includes('closes')) return 'manage-content:errors.time';
    if (path.endsWith('lastChecked')) return 'manage-content:errors.date';
  }
  return generalIssueKey(issue);
}
