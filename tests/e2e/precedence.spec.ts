import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { OverlayPage } from './pages/overlay';
import { PacksPage } from './pages/packs';

/** A trainer's pack whose "family-meeting" moment matches palliative-care.html. */
const PACK_TEXT = readFileSync('tests/fixtures/packs/precedence-pack.json', 'utf8');
const PACK_ID = 'org.example.palliative-education';

test("an installed pack's moment wins over built-in ones the same page matches", async ({
  context,
  extensionId,
  site,
}) => {
  const packs = await PacksPage.open(await context.newPage(), extensionId);
  await packs.installFile('palliative.json', PACK_TEXT);
  await expect(packs.pack(PACK_ID)).toBeVisible();

  // Titled "Palliative care" (a built-in serious-news keyword), headed "Family meeting".
  const overlay = await OverlayPage.open(context, `${site}/palliative-care.html`);
  await expect(overlay.card).toHaveAttribute('data-prompt', /^family-meeting-(open|worry)$/);
  await expect(overlay.card).toHaveAttribute('data-moment', 'family-meeting');
});
