import { describe, expect, it } from 'vitest';
import { sitePattern, toSiteOrigin } from '../../../storage/sites';

describe('toSiteOrigin', () => {
  it.each([
    ['https://ehr.example.org/chart/1?x=2#y', 'https://ehr.example.org'],
    ['ehr.example.org', 'https://ehr.example.org'],
    ['  http://127.0.0.1:5173/results.html ', 'http://127.0.0.1'],
    ['HTTPS://EHR.Example.ORG', 'https://ehr.example.org'],
  ])('%s → %s', (input, origin) => expect(toSiteOrigin(input)).toBe(origin));

  it.each(['', 'chrome://extensions', 'file:///etc/passwd', 'javascript:alert(1)', 'https://'])(
    'refuses %j',
    (input) => expect(toSiteOrigin(input)).toBeNull(),
  );

  it('builds the host permission pattern of a site', () => {
    expect(sitePattern('https://ehr.example.org')).toBe('https://ehr.example.org/*');
  });
});
