import { useCallback, useState } from 'react';
import type { Point } from '../../shared/directory';

// The device's position, asked for only when the resident presses the button — never on load,
// never required. Kept in memory for this visit only.

export type LocationState =
  | { status: 'idle' }
  | { status: 'locating' }
  | { status: 'found'; location: Point }
  | { status: 'failed'; reason: 'denied' | 'unavailable' | 'unsupported' };

let remembered: Point | undefined;

export function useUserLocation() {
  const [state, setState] = useState<LocationState>(remembered ? { status: 'found', location: remembered } : { status: 'idle' });

  const locate = useCallback(() => {
    if (!('geolocation' in navigator)) {
      setState({ status: 'failed', reason: 'unsupported' });
      return;
    }
    setState({ status: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (position) => {
        remembered = { lat: position.coords.latitude, lng: position.coords.longitude };
        setState({ status: 'found', location: remembered });
      },
      (error) => setState({ status: 'failed', reason: error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable' }),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  }, []);

  const forget = useCallback(() => {
    remembered = undefined;
    setState({ status: 'idle' });
  }, []);

  return { state, locate, forget, location: state.status === 'found' ? state.location : undefined };
}
