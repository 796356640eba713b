// What wxt.config.ts adds to a build when `ATTUNE_ORG` names an organisation's checked input
// (written by scripts/org.ts): its origins as required host permissions, its packs as files in
// the extension, and the list the background reads (`__ATTUNE_ORG__`). Without it, nothing.
import { readFileSync } from 'node:fs';
import type { OrgBuild } from './org-config';

/** Where the organisation's packs go inside the extension. */
export const ORG_DIR = 'org';

/** The additions to one build. */
export interface OrgAdditions {
  hosts: string[];
  files: { relativeDest: string; contents: string }[];
  /** The value of `__ATTUNE_ORG__` in the bundle: the sites and the pack files to install. */
  define: { sites: string[]; packs: string[] } | null;
}

/** The organisation's additions for the file named by `file` (ATTUNE_ORG), or none. */
export function orgAdditions(file: string | undefined): OrgAdditions {
  if (!file) return { hosts: [], files: [], define: null };
  const org = JSON.parse(readFileSync(file, 'utf8')) as OrgBuild;
  const files = org.packs.map((p, i) => ({
    relativeDest: `${ORG_DIR}/pack-${i + 1}.json`,
    contents: p.text,
  }));
  return {
    hosts: org.sites.map((s) => `${s}/*`),
    files,
    define: { sites: org.sites, packs: files.map((f) => `/${f.relativeDest}`) },
  };
}
