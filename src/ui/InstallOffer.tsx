import { optionalPart } from './OptionalPart';
import type { OfferMemory } from './InstallOfferCard';
import { useInstallState } from './use-install-state';

const InstallOfferCard = optionalPart(() => import('./InstallOfferCard').then((m) => m.InstallOfferCard));

/** The install offer for the "sent" screen; its code is only fetched when the browser offers installation. */
export function InstallOffer({ memory }: { memory: OfferMemory }) {
  return useInstallState() === 'available' ? <InstallOfferCard memory={memory} /> : null;
}
