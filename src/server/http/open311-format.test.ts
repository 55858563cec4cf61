import { describe, expect, it } from 'vitest';
import { formatOfUrl, isOpen311Url, toOpen311Xml } from './open311-format';

describe('Open311 XML', () => {
  it('writes lists as plural elements of singular ones, escapes text, and leaves out what is absent', () => {
    const xml = toOpen311Xml('service_requests', [{ service_request_id: 'a', description: 'Tom & Jerry <3', lat: 50.1, status_notes: undefined }]);
    expect(xml).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<service_requests>\n  <request>\n    <service_request_id>a</service_request_id>\n    <description>Tom &amp; Jerry &lt;3</description>\n    <lat>50.1</lat>\n  </request>\n</service_requests>\n',
    );
  });

  it('writes an empty list as an empty element, booleans as true/false', () => {
    expect(toOpen311Xml('service_definition', { service_code: 'x', attributes: [] })).toContain('<attributes></attributes>');
    expect(toOpen311Xml('services', [{ metadata: false }])).toContain('<metadata>false</metadata>');
  });

  it('replaces characters XML 1.0 cannot carry', () => {
    expect(toOpen311Xml('errors', [{ code: 400, description: 'a\u0000b\u001Fc\td' }])).toContain('<description>a\uFFFDb\uFFFDc\td</description>');
  });

  it('refuses a list it has no element name for, rather than writing something no client expects', () => {
    expect(() => toOpen311Xml('service_definition', { things: [1] })).toThrow('No XML element is defined for the items of things');
  });

  it('tells the format by the extension, XML when there is none it knows', () => {
    expect(formatOfUrl('/open311/v2/services.json?locale=en')).toBe('json');
    expect(formatOfUrl('/open311/v2/services.XML')).toBe('xml');
    expect(formatOfUrl('/open311/v2/services.csv')).toBe('xml');
    expect(formatOfUrl('/open311/v2/nothing')).toBe('xml');
    expect(isOpen311Url('/open311/v2/x')).toBe(true);
    expect(isOpen311Url('/open3110')).toBe(false);
  });
});
