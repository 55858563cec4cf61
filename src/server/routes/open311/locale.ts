import type { FastifyRequest } from 'fastify';
import { OPEN311_LOCALES, type Open311Locale } from '../../../shared/open311';

/**
 * German unless asked otherwise: the `locale` parameter (de, en, de-DE, …) wins; otherwise the
 * first of de/en that Accept-Language names, by its weight.
 */
export function open311Locale(request: FastifyRequest, asked: string | undefined): Open311Locale {
  const fromParameter = known(asked);
  if (fromParameter) return fromParameter;
  const header = request.headers['accept-language'];
  if (typeof header !== 'string') return 'de';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const q = Number(parameters.map((p) => p.trim()).find((p) => p.startsWith('q='))?.slice(2) ?? '1');
      return { locale: known(tag), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.locale !== undefined && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.locale ?? 'de';
}

function known(tag: string | undefined): Open311Locale | undefined {
  const language = tag?.trim().toLowerCase().split('-')[0];
  return OPEN311_LOCALES.find((l) => l === language);
}
