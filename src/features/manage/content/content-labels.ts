// Labels of the directory's closed lists in the manager's content forms (full keys, so the i18n check sees them).

export const CENTRE_KIND_KEYS: Record<string, string> = {
  neighbourhood_centre: 'manage-content:kind.neighbourhood_centre',
  multigenerational_house: 'manage-content:kind.multigenerational_house',
  meeting_place: 'manage-content:kind.meeting_place',
  quarter_office: 'manage-content:kind.quarter_office',
  church_centre: 'manage-content:kind.church_centre',
  library: 'manage-content:kind.library',
  counselling: 'manage-content:kind.counselling',
  volunteer_agency: 'manage-content:kind.volunteer_agency',
};

export const OFFER_KEYS: Record<string, string> = {
  cafe: 'manage-content:offer.cafe',
  counselling: 'manage-content:offer.counselling',
  consultation_hours: 'manage-content:offer.consultation_hours',
  courses: 'manage-content:offer.courses',
  events: 'manage-content:offer.events',
  meeting_rooms: 'manage-content:offer.meeting_rooms',
  children_youth: 'manage-content:offer.children_youth',
  seniors: 'manage-content:offer.seniors',
  families: 'manage-content:offer.families',
  language_support: 'manage-content:offer.language_support',
  volunteering: 'manage-content:offer.volunteering',
  neighbourhood_management: 'manage-content:offer.neighbourhood_management',
};

export const WHEELCHAIR_KEYS: Record<string, string> = {
  yes: 'manage-content:wheelchair.yes',
  limited: 'manage-content:wheelchair.limited',
  no: 'manage-content:wheelchair.no',
  unknown: 'manage-content:wheelchair.unknown',
};

export const SKILL_KEYS: Record<string, string> = {
  none_needed: 'manage-content:skill.none_needed',
  talking: 'manage-content:skill.talking',
  crafts: 'manage-content:skill.crafts',
  gardening: 'manage-content:skill.gardening',
  cooking: 'manage-content:skill.cooking',
  tutoring: 'manage-content:skill.tutoring',
  languages: 'manage-content:skill.languages',
  digital: 'manage-content:skill.digital',
  organising: 'manage-content:skill.organising',
  driving: 'manage-content:skill.driving',
};

export const SUITABLE_KEYS: Record<string, string> = {
  youth: 'manage-content:suitable.youth',
  seniors: 'manage-content:suitable.seniors',
  families: 'manage-content:suitable.families',
  new_to_german: 'manage-content:suitable.new_to_german',
  people_with_disabilities: 'manage-content:suitable.people_with_disabilities',
  everyone: 'manage-content:suitable.everyone',
};

export const COMMITMENT_KEYS: Record<string, string> = {
  one_off: 'manage-content:commitment.one_off',
  regular: 'manage-content:commitment.regular',
};

export const PRECISION_KEYS: Record<string, string> = {
  exact: 'manage-content:precision.exact',
  address: 'manage-content:precision.address',
  quarter: 'manage-content:precision.quarter',
};
