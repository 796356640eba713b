import { describe, expect, it } from 'vitest';
import {
  findIdentifiers,
  isNhsNumber,
  removeIdentifiers,
  removeSpans,
} from '../../../storage/note-check';

// Every identifier here is invented. [note, expected spans as `kind:text`]
const CASES: [string, string[]][] = [
  // Dates of birth and full dates
  ['DOB 03/04/1956, anxious', ['date:DOB 03/04/1956']],
  ['dob: 3/4/56', ['date:dob: 3/4/56']],
  ['born 12 March 1950', ['date:born 12 March 1950']],
  ['Date of birth 1950-03-12', ['date:Date of birth 1950-03-12']],
  ['seen on 12.03.2024 with daughter', ['date:12.03.2024']],
  ['review 2024-11-05', ['date:2024-11-05']],
  ['March 3rd, 1948 was mentioned', ['date:March 3rd, 1948']],
  ['3 Jan 1961', ['date:3 Jan 1961']],
  ['born 1950', ['date:born 1950']],
  // Emails
  ['wrote to jo.bloggs+ward@example.org later', ['email:jo.bloggs+ward@example.org']],
  ['x@y.co', ['email:x@y.co']],
  // Phone numbers
  ['call back on 07700 900123', ['phone:07700 900123']],
  ['+44 20 7946 0958 after 5', ['phone:+44 20 7946 0958']],
  ['(555) 010-0199 daughter', ['phone:(555) 010-0199']],
  ['555.010.0199', ['phone:555.010.0199']],
  ['ext 555-0134', ['phone:555-0134']],
  // National ids
  ['SSN 078-05-1120', ['national-id:078-05-1120']],
  ['SIN 046-454-286', ['national-id:046-454-286']],
  ['NI QQ 12 34 56 C', ['national-id:QQ 12 34 56 C']],
  ['943 476 5919 on the letter', ['national-id:943 476 5919']],
  // Record numbers
  ['MRN: A-1234567', ['record-number:MRN: A-1234567']],
  ['hospital number 4567-889', ['record-number:hospital number 4567-889']],
  ['chart 88812345', ['record-number:88812345']],
  ['id K0012345 on band', ['record-number:K0012345']],
  // Names
  ['Mrs Okafor was tearful', ['name:Mrs Okafor']],
  ['spoke with Mr. Jan Novak', ['name:Mr. Jan Novak']],
  ['Ms Lee-Park asked', ['name:Ms Lee-Park']],
  ['Mrs Orsgaard-Nyembe was tearful', ['name:Mrs Orsgaard-Nyembe']],
  ["Mr O'Neill asked twice", ["name:Mr O'Neill"]],
  ['Mr O’Brien asked', ['name:Mr O’Brien']],
  ['Dr Ábalos rang', ['name:Dr Ábalos']],
  ['la Sra. García López lloró', ['name:Sra. García López']],
  ['Prof Øverby joined', ['name:Prof Øverby']],
  // A name is flagged from its first capital, so the warning shows as it is typed.
  ['spoke with Mrs O', ['name:Mrs O']],
  ['Professional Development day', []],
  // Several in one note
  [
    'Mr Smith, DOB 01/02/1970, tel 07700 900456',
    ['name:Mr Smith', 'date:DOB 01/02/1970', 'phone:07700 900456'],
  ],
  // False positives: clinical shorthand and ordinary numbers
  ['took 5 min to settle', []],
  ['covered 2 of 3 items', []],
  ['BP 120/80, HR 72', []],
  ['pain 7/10 at 14:30', []],
  ['week 12 of 40, dose 500 mg', []],
  ['sat 98% on 2 L', []],
  ['in 2024 I rushed less', []],
  ['room 12, bed 3', []],
  ['ms of silence felt long', []],
  ['Mrs. (name withheld)', []],
  ['ratio 1:2, 3 times a day', []],
  ['waited 45 minutes, 10-15 min late', []],
];

describe('findIdentifiers', () => {
  it.each(CASES)('%s', (note, expected) => {
    const spans = findIdentifiers(note);
    expect(spans.map((s) => `${s.kind}:${s.text}`)).toEqual(expected);
    for (const s of spans) expect(note.slice(s.start, s.end)).toBe(s.text);
  });

  it('has a table of at least 30 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });
});

describe('isNhsNumber', () => {
  it('accepts a valid check digit and refuses a wrong one', () => {
    expect(isNhsNumber('943 476 5919')).toBe(true);
    expect(isNhsNumber('943 476 5918')).toBe(false);
    expect(isNhsNumber('12345')).toBe(false);
  });
});

describe('removeSpans', () => {
  it('cuts the identifiers out and tidies spacing', () => {
    const note = 'Mr Smith , tel 07700 900456. Felt rushed.';
    expect(removeSpans(note, findIdentifiers(note))).toBe('tel. Felt rushed.');
    const two = 'Asked me to ring 07700 900123; DOB 03/04/1956. I rushed.';
    expect(removeSpans(two, findIdentifiers(two))).toBe('Asked me to ring. I rushed.');
  });
});

describe('removeIdentifiers', () => {
  it('removes every flagged part at once, the name with the record number', () => {
    const note = 'MRN 61847302, Mrs Orsgaard-Nyembe. I rushed the ending.';
    expect(findIdentifiers(note).map((s) => s.kind)).toEqual(['record-number', 'name']);
    expect(removeIdentifiers(note)).toBe('I rushed the ending.');
  });

  it('checks again when a cut joins the text around it into a new identifier', () => {
    const note = 'Mrs MRN 61847302 Okafor was tearful';
    expect(removeIdentifiers(note)).toBe('was tearful');
    expect(findIdentifiers(removeIdentifiers(note))).toEqual([]);
  });

  it('leaves a note with nothing to flag as it is', () => {
    expect(removeIdentifiers('took 5 min to settle')).toBe('took 5 min to settle');
  });
});
