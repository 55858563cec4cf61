import { intlLocale, LANGUAGES, pickText } from '../../shared/languages';
import type { CentreKind, CommitmentType, OfferTag, Skill, SuitableFor, Wheelchair } from '../../shared/directory';

// Translation keys for every tag of the directory, spelled out so the i18n check sees each one.

export const KIND_LABELS: Record<CentreKind, string> = {
  neighbourhood_centre: 'discover:kind.neighbourhood_centre',
  multigenerational_house: 'discover:kind.multigenerational_house',
  meeting_place: 'discover:kind.meeting_place',
  quarter_office: 'discover:kind.quarter_office',
  church_centre: 'discover:kind.church_centre',
  library: 'discover:kind.library',
  counselling: 'discover:kind.counselling',
  volunteer_agency: 'discover:kind.volunteer_agency',
};

export const OFFER_LABELS: Record<OfferTag, string> = {
  cafe: 'discover:offer.cafe',
  counselling: 'discover:offer.counselling',
  consultation_hours: 'discover:offer.consultation_hours',
  courses: 'discover:offer.courses',
  events: 'discover:offer.events',
  meeting_rooms: 'discover:offer.meeting_rooms',
  children_youth: 'discover:offer.children_youth',
  seniors: 'discover:offer.seniors',
  families: 'discover:offer.families',
  language_support: 'discover:offer.language_support',
  volunteering: 'discover:offer.volunteering',
  neighbourhood_management: 'discover:offer.neighbourhood_management',
};

export const WHEELCHAIR_LABELS: Record<Wheelchair, string> = {
  yes: 'discover:wheelchair.yes',
  limited: 'discover:wheelchair.limited',
  no: 'discover:wheelchair.no',
  unknown: 'discover:wheelchair.unknown',
};

export const SKILL_LABELS: Record<Skill, string> = {
  none_needed: 'discover:skill.none_needed',
  talking: 'discover:skill.talking',
  crafts: 'discover:skill.crafts',
  gardening: 'discover:skill.gardening',
  cooking: 'discover:skill.cooking',
  tutoring: 'discover:skill.tutoring',
  languages: 'discover:skill.languages',
  digital: 'discover:skill.digital',
  organising: 'discover:skill.organising',
  driving: 'discover:skill.driving',
};

export const SUITABLE_LABELS: Record<SuitableFor, string> = {
  youth: 'discover:suitable.youth',
  seniors: 'discover:suitable.seniors',
  families: 'discover:suitable.families',
  new_to_german: 'discover:suitable.new_to_german',
  people_with_disabilities: 'discover:suitable.people_with_disabilities',
  everyone: 'discover:suitable.everyone',
};

export const COMMITMENT_LABELS: Record<CommitmentType, string> = {
  one_off: 'discover:commitment.one_off',
  regular: 'discover:commitment.regular',
};

/** Languages a filter offers: the app's languages that people speak (Einfache Sprache is German). Names from Intl.DisplayNames. */
export const FILTER_LANGUAGES = LANGUAGES.filter((code) => code !== 'de-simple');

export function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([intlLocale(uiLanguage)], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A seed text in the UI language along the registry's fallbacks (Einfache Sprache → German, others → English). */
export function localised(text: { de: string; [lng: string]: string | undefined }, language: string): string {
  return pickText(text, language);
}
