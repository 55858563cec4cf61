import { describe, expect, it } from 'vitest';
import { directionsLink, formatDistance, geoLink, mailLink, osmLink, telLink } from './links';

const at = { lat: 50.95963, lng: 11.05984 };

describe('hand-over links', () => {
  it('builds geo: and OpenStreetMap links, searching for the address when there is one', () => {
    expect(geoLink(at)).toBe('geo:50.95963,11.05984');
    expect(geoLink(at, 'Stielerstraße 3, Erfurt')).toBe('geo:50.95963,11.05984?q=Stielerstra%C3%9Fe%203%2C%20Erfurt');
    expect(osmLink(at)).toBe('https://www.openstreetmap.org/?mlat=50.95963&mlon=11.05984#map=15/50.95963/11.05984');
    expect(osmLink(at, 'Stielerstraße 3, Erfurt')).toBe('https://www.openstreetmap.org/search?query=Stielerstra%C3%9Fe%203%2C%20Erfurt');
  });

  it('offers directions to an address or an exact point, never to a point that only stands for the quarter', () => {
    expect(directionsLink(at, 'exact')).toBe('geo:50.95963,11.05984');
    expect(directionsLink(at, 'address', 'Stielerstraße 3, Erfurt')).toBe('geo:50.95963,11.05984?q=Stielerstra%C3%9Fe%203%2C%20Erfurt');
    expect(directionsLink(at, 'quarter', 'Stielerstraße 3, Erfurt')).toBe('geo:50.95963,11.05984?q=Stielerstra%C3%9Fe%203%2C%20Erfurt');
    expect(directionsLink(at, 'quarter')).toBeUndefined();
    expect(directionsLink(at, 'address')).toBeUndefined();
    expect(directionsLink(undefined, 'exact', 'Stielerstraße 3, Erfurt')).toBeUndefined();
  });

  it('cleans phone numbers and adds a mail subject', () => {
    expect(telLink('+49 361 (000) 00-00')).toBe('tel:+493610000000');
    expect(mailLink('a@example.org', 'Frage & Antwort')).toBe('mailto:a@example.org?subject=Frage%20%26%20Antwort');
  });

  it('formats distances', () => {
    expect(formatDistance(344, 'de')).toBe('340 m');
    expect(formatDistance(1234, 'de')).toBe('1,2 km');
    expect(formatDistance(1234, 'en')).toBe('1.2 km');
  });
});
