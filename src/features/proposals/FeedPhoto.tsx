import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mediaUrl } from '../../offline/feed';

/** A published photo, loaded lazily; without a connection it says so instead of showing a broken image. */
export function FeedPhoto({ mediaId, alt }: { mediaId: string; alt: string }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  if (failed) return <p className="feed-photo-missing">{t('proposals:photoUnavailable')}</p>;
  return <img className="feed-photo" src={mediaUrl(mediaId)} alt={alt} loading="lazy" decoding="async" onError={() => setFailed(true)} />;
}
