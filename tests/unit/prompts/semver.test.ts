import { describe, expect, it } from 'vitest';
import { compareSemver } from '../../../prompts/semver';

describe('compareSemver (SemVer 2.0.0 precedence)', () => {
  it("orders the specification's example chain", () => {
    const chain = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.0.1',
      '1.2.0',
      '1.10.0',
      '2.0.0',
      '12345678901234567890.0.0',
    ];
    for (let i = 1; i < chain.length; i++) {
      expect(compareSemver(chain[i - 1] as string, chain[i] as string)).toBe(-1);
      expect(compareSemver(chain[i] as string, chain[i - 1] as string)).toBe(1);
    }
  });

  it('ignores build metadata and refuses non-versions', () => {
    expect(compareSemver('1.0.0+a', '1.0.0+b')).toBe(0);
    expect(() => compareSemver('1.0', '1.0.0')).toThrow();
  });
});
