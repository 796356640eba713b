// Built-in content in Options › Practice (issue 13): the rehearsal view shows a script's
// placeholders as fill-in parts, and "When it is too much" keeps the user's own help contacts
// (Attune supplies none), across a reload.
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options';

test('Practice shows fill-in parts, and saves a help contact that stays listed', async ({
  context,
  extensionId,
}) => {
  const options = await OptionsPage.open(context, extensionId, 'practice');
  const { page } = options;

  // A script with a placeholder: the fill-in part is its own element, brackets kept.
  await page.getByTestId('practice-script').selectOption('spikes-knowledge');
  const fill = page.getByTestId('practice-text').getByTestId('script-fill');
  await expect(fill.first()).toHaveText('[test]');
  await expect(page.getByTestId('practice-text')).toContainText('shows [the result]');
  await expect(page.getByTestId('practice-why')).toContainText('Why this works');

  // No contact until the user enters one.
  const help = page.getByTestId('help-contacts');
  await expect(help.getByTestId('help-empty')).toBeVisible();
  await help.getByTestId('help-kind').selectOption('employee-assistance');
  await help.getByTestId('help-name').fill('Staff support line');
  await help.getByTestId('help-contact-input').fill('Ext. 4410 (synthetic)');
  await help.getByTestId('help-add').click();
  await expect(help.getByTestId('help-contact')).toHaveText(
    /Employee assistance programme: Staff support line — Ext\. 4410 \(synthetic\)/,
  );

  await page.reload();
  await page.getByTestId('help-contact').first().waitFor();
  await expect(page.getByTestId('help-contact')).toHaveCount(1);
  await page.getByTestId('help-remove').click();
  await expect(page.getByTestId('help-empty')).toBeVisible();
});
