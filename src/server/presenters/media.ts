import type { MediaUpload } from '../../shared/api';
import type { MediaInfo } from '../repositories/media';

/** What an upload answers: the stored photo after re-encoding, never its bytes or its items. */
export function presentUpload(info: MediaInfo): MediaUpload {
  return { id: info.id, mime: info.mime, width: info.width, height: info.height, size: info.size };
}
