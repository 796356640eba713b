import type { Locator, Page } from '@playwright/test';

/** The options page's Prompt packs section. */
export class PacksPage {
  constructor(readonly page: Page) {}

  static async open(page: Page, extensionId: string): Promise<PacksPage> {
    await page.goto(`chrome-extension://${extensionId}/options.html#packs`);
    await page.getByTestId('pack-file').waitFor();
    return new PacksPage(page);
  }

  /** Installs a pack file as if chosen in the file picker. */
  async installFile(name: string, content: string): Promise<void> {
    await this.page
      .getByTestId('pack-file')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
  }

  /** Drops a pack file on the drop zone, as dragging it from the desktop does. */
  async dropFile(name: string, content: string): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      ([n, c]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([c], n, { type: 'application/json' }));
        return dt;
      },
      [name, content] as const,
    );
    await this.page.getByTestId('pack-drop').dispatchEvent('dragover', { dataTransfer: transfer });
    await this.page.getByTestId('pack-drop').dispatchEvent('drop', { dataTransfer: transfer });
  }

  /** A listed pack, by its id (a built-in pack's id in every language: no `.es`). */
  pack(id: string): Locator {
    return this.page.locator(`[data-testid="pack"][data-pack-id="${id}"]`);
  }

  /** Opens a pack's preview; resolves the host of its card (the card is in its shadow root). */
  async openPreview(id: string): Promise<Locator> {
    await this.pack(id).getByTestId('pack-preview').locator('summary').click();
    return this.pack(id).getByTestId('pack-card');
  }

  /** Chooses the language of the built-in scripts: `browser`, `en` or `es`. */
  async chooseScripts(language: 'browser' | 'en' | 'es'): Promise<void> {
    await this.page.getByTestId(`script-language-${language}`).check();
  }

  get problems(): Locator {
    return this.page.getByTestId('pack-problem');
  }

  get status(): Locator {
    return this.page.getByTestId('options-status');
  }
}
