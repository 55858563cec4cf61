import type { InboxItem } from '../../../shared/manage';

// Translation keys for the closed lists the manager area shows, kept as tables so the i18n check sees
// every key (template-literal keys cannot be checked).

export const STATUS_KEYS: Record<InboxItem['status'], string> = {
  received: 'manage:status.received',
  in_review: 'manage:status.in_review',
  in_progress: 'manage:status.in_progress',
  done: 'manage:status.done',
  declined: 'manage:status.declined',
};

export const KIND_KEYS: Record<InboxItem['kind'], string> = {
  feedback: 'manage:kind.feedback',
  proposal: 'manage:kind.proposal',
  support: 'manage:kind.support',
  interest: 'manage:kind.interest',
};

export const MODERATION_KEYS: Record<'pending' | 'published' | 'hidden', string> = {
  pending: 'manage:moderation.pending',
  published: 'manage:moderation.published',
  hidden: 'manage:moderation.hidden',
};

export const THEME_KEYS: Record<string, string> = {
  participation: 'manage:theme.participation',
  segregation: 'manage:theme.segregation',
  social_space: 'manage:theme.social_space',
  infrastructure: 'manage:theme.infrastructure',
  poverty_prevention: 'manage:theme.poverty_prevention',
  neighbourhood_work: 'manage:theme.neighbourhood_work',
  volunteering: 'manage:theme.volunteering',
};

export const ROLE_KEYS: Record<'admin' | 'manager', string> = {
  admin: 'manage:users.roles.admin',
  manager: 'manage:users.roles.manager',
};

export const SORT_KEYS: Record<'newest' | 'oldest' | 'most_supported', string> = {
  newest: 'manage:inbox.sorts.newest',
  oldest: 'manage:inbox.sorts.oldest',
  most_supported: 'manage:inbox.sorts.most_supported',
};
