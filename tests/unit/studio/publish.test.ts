import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policyProblems } from '../../../prompts/studio/policy-check';
import {
  chromePolicyFile,
  FIREFOX_ADDON_ID,
  firefoxPolicies,
  managedPolicy,
  type PublishInput,
  policyText,
  publishIssues,
  sitesFromPack,
} from '../../../prompts/studio/publish';
import { readPolicy } from '../../../storage/sources/policy';
import { validPack } from '../prompts/helpers';

const schema: unknown = JSON.parse(readFileSync('public/managed_schema.json', 'utf8'));
const CHROME_ID = 'abcdefghijklmnopabcdefghijklmnop';
const KEY = `${'q0Z1'.repeat(10)}abc=`;

function input(over: Partial<PublishInput> = {}): PublishInput {
  return {
    packId: 'org.example.ward-empathy',
    packUrl: 'https://training.example.org/packs/ward-empathy.json',
    sites: ['https://ehr.example.org', 'clinic.example.org/notes/today'],
    publicKey: '',
    chromeId: CHROME_ID,
    firefoxId: FIREFOX_ADDON_ID,
    ...over,
  };
}

describe('policy writers', () => {
  it('write the Chrome/Edge policy file with the pack URL and the sites as origins', () => {
    expect(chromePolicyFile(input())).toEqual({
      '3rdparty': {
        extensions: {
          [CHROME_ID]: {
            packUrls: ['https://training.example.org/packs/ward-empathy.json'],
            sites: ['https://ehr.example.org', 'https://clinic.example.org'],
          },
        },
      },
    });
  });

  it("write Firefox's policies.json 3rdparty block as the Firefox policy test does", () => {
    const written = JSON.parse(policyText(firefoxPolicies(input({ publicKey: KEY }))));
    expect(written).toEqual({
      policies: {
        '3rdparty': {
          Extensions: {
            'attune@attune.example': {
              packUrls: ['https://training.example.org/packs/ward-empathy.json'],
              sites: ['https://ehr.example.org', 'https://clinic.example.org'],
              pinnedKeys: [{ packId: 'org.example.ward-empathy', publicKey: KEY }],
            },
          },
        },
      },
    });
    expect(policyText({ a: 1 })).toBe('{\n  "a": 1\n}\n');
  });

  it('write a managed policy that fits the schema and that Attune reads back whole', () => {
    const managed = managedPolicy(input({ publicKey: KEY }));
    expect(policyProblems(managed, schema)).toEqual([]);
    expect(readPolicy({ ...managed })).toEqual({ ...managed, packs: [] });
  });

  it('name what the trainer must fix before a policy is written', () => {
    expect(publishIssues(input())).toEqual([]);
    expect(
      publishIssues(
        input({
          packUrl: 'http://training.example.org/p.json',
          sites: ['https://ehr.example.org', '', 'ftp://files.example.org', 'ehr.example.org/x'],
          publicKey: 'not-a-key',
          chromeId: 'ABC',
          firefoxId: '',
        }),
      ),
    ).toEqual([
      { field: 'packUrl', index: null, code: 'notHttps' },
      { field: 'sites', index: 1, code: 'empty' },
      { field: 'sites', index: 2, code: 'notSite' },
      { field: 'sites', index: 3, code: 'repeated' },
      { field: 'publicKey', index: null, code: 'badKey' },
      { field: 'chromeId', index: null, code: 'badId' },
      { field: 'firefoxId', index: null, code: 'empty' },
    ]);
    expect(publishIssues(input({ packUrl: '' }))[0]?.code).toBe('empty');
    expect(publishIssues(input({ packUrl: 'training/p.json' }))[0]?.code).toBe('notUrl');
    expect(publishIssues(input({ packUrl: 'https://me:pw@example.org/p.json' }))[0]?.code).toBe(
      'credentials',
    );
  });

  it("start the sites from the pack's URL patterns with a fixed host", () => {
    const pack = validPack();
    pack.moments[0].triggers.urlPatterns = [
      'https://*.example.org/results/*',
      'https://ehr.example.org/results/*',
      'http://intranet.example.org/*',
      '<all_urls>',
    ];
    pack.replaces = { sites: ['https://ehr.example.org/*', 'https://wards.example.org/*'] };
    expect(sitesFromPack(pack)).toEqual([
      'https://ehr.example.org',
      'http://intranet.example.org',
      'https://wards.example.org',
    ]);
  });
});

describe('policy schema check', () => {
  it('names each place a policy does not fit, as Chrome would drop it', () => {
    expect(
      policyProblems(
        {
          packUrls: 'https://training.example.org/p.json',
          sites: ['https://ehr.example.org', 7],
          pinnedKeys: [{ packId: 'org.example.a', publicKey: 1.5 }],
          colour: 'blue',
        },
        schema,
      ),
    ).toEqual([
      { path: 'packUrls', message: 'must be a list ([...]), not text (a string)' },
      { path: 'sites[1]', message: 'must be text (a string), not a whole number' },
      { path: 'pinnedKeys[0].publicKey', message: 'must be text (a string), not a number' },
      {
        path: 'colour',
        message: expect.stringMatching(
          /^is not a key of Attune's policy schema \(packUrls, .*sites\); Chrome would ignore it$/,
        ),
      },
    ]);
    expect(policyProblems([], schema)).toEqual([
      { path: '(the policy)', message: 'must be an object ({...}), not a list ([...])' },
    ]);
  });

  it('checks the rest of the keywords Chrome knows', () => {
    const s = {
      type: 'object',
      required: ['n'],
      properties: {
        n: { type: 'integer', minimum: 1, maximum: 3 },
        p: { type: 'string', pattern: '^a' },
        e: { type: 'string', enum: ['on', 'off'] },
      },
      patternProperties: { '^x-': { type: 'boolean' } },
      additionalProperties: { type: 'number' },
    };
    expect(policyProblems({ n: 4, p: 'b', e: 'maybe', 'x-on': 'yes', other: 2.5 }, s)).toEqual([
      { path: 'n', message: 'must be at most 3' },
      { path: 'p', message: 'does not match the pattern ^a' },
      { path: 'e', message: 'must be one of "on", "off"' },
      { path: 'x-on', message: 'must be true or false, not text (a string)' },
    ]);
    expect(policyProblems({}, s)).toEqual([{ path: 'n', message: 'is required' }]);
  });
});
