// A page that tries to open or drive the card (issue 16): tests/fixtures/site/hostile-card.html
// defines the old host's name with attachInternals, patches attachShadow and attachInternals,
// scans every root it reaches and fires synthetic clicks and keys at everything it finds.
//
// The e2e build opens the card's shadow root for Playwright; these pages ask for production's
// closed root (`attune-shadow=closed`), so what the page can reach is what it could reach in
// production. The test reads the closed card through the DevTools protocol (which sees closed
// roots) and works it with real mouse input, which the page cannot forge.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { OVERLAY_ATTR } from '../../components/overlay-host';
import { expect, serviceWorker, test } from './fixtures';
import { OverlayPage } from './pages/overlay';

/** A DOM node as the DevTools protocol describes it (`DOM.getDocument` with `pierce`). */
interface CdpNode {
  backendNodeId: number;
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  shadowRootType?: string;
}

const attr = (node: CdpNode, name: string): string | undefined => {
  const list = node.attributes ?? [];
  const i = list.indexOf(name);
  return i >= 0 && i % 2 === 0 ? list[i + 1] : undefined;
};
const kids = (node: CdpNode): CdpNode[] => [...(node.shadowRoots ?? []), ...(node.children ?? [])];
const find = (node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | undefined => {
  if (test(node)) return node;
  for (const child of kids(node)) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return undefined;
};
const textOf = (node: CdpNode): string =>
  node.nodeType === 3 ? (node.nodeValue ?? '') : kids(node).map(textOf).join('');

/** The card as the browser holds it, closed root included: what the user sees. */
class ClosedCard {
  private constructor(
    private readonly page: Page,
    private readonly host: CdpNode,
    private readonly root: CdpNode,
  ) {}

  /** Reads the page's DOM through the DevTools protocol; undefined while there is no card. */
  static async read(page: Page): Promise<ClosedCard | undefined> {
    const cdp = await page.context().newCDPSession(page);
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: CdpNode;
    };
    await cdp.detach();
    const host = find(root, (n) => n.localName === 'div' && attr(n, OVERLAY_ATTR) !== undefined);
    const shadow = host?.shadowRoots?.[0];
    return host && shadow ? new ClosedCard(page, host, shadow) : undefined;
  }

  get mode(): string | undefined {
    return this.root.shadowRootType;
  }
  get corner(): string | undefined {
    return attr(this.host, 'data-corner');
  }
  testId(id: string): CdpNode | undefined {
    return find(this.root, (n) => attr(n, 'data-testid') === id);
  }
  text(id: string): string | undefined {
    const node = this.testId(id);
    return node && textOf(node);
  }

  /** How many of the checklist's boxes are ticked (a property, read through the protocol). */
  async checkedCount(): Promise<number> {
    const boxes: CdpNode[] = [];
    find(this.root, (n) => {
      if (attr(n, 'data-testid') === 'checklist-item') boxes.push(n);
      return false;
    });
    const cdp = await this.page.context().newCDPSession(this.page);
    let count = 0;
    for (const box of boxes) {
      const { object } = (await cdp.send('DOM.resolveNode', {
        backendNodeId: box.backendNodeId,
      })) as { object: { objectId: string } };
      const { result } = (await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: 'function () { return this.checked; }',
        returnByValue: true,
      })) as { result: { value: boolean } };
      if (result.value) count++;
    }
    await cdp.detach();
    return count;
  }

  /** A real (trusted) mouse click in the middle of the first element with this test id. */
  async click(id: string): Promise<void> {
    // Read afresh: the card may have changed since this reading.
    const node = (await ClosedCard.read(this.page))?.testId(id);
    if (!node) throw new Error(`no ${id} on the card`);
    const cdp = await this.page.context().newCDPSession(this.page);
    // As the user scrolls the card's checklist to the item (the page's label clicks scroll it).
    await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node.backendNodeId });
    const { model } = (await cdp.send('DOM.getBoxModel', {
      backendNodeId: node.backendNodeId,
    })) as { model: { content: number[] } };
    await cdp.detach();
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
    await this.page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  }
}

/** Waits until the card (closed root and all) shows `testId`, and returns it. */
async function cardWith(page: Page, testId: string): Promise<ClosedCard> {
  let card: ClosedCard | undefined;
  await expect
    .poll(async () => {
      card = await ClosedCard.read(page);
      return card?.testId(testId) !== undefined;
    })
    .toBe(true);
  if (!card) throw new Error('unreachable');
  return card;
}

/**
 * The prompt events in the extension's database, oldest first, read in the service worker (an
 * extension page would open a tab, which could hide the clinical page from the card's check).
 */
async function eventTypes(context: BrowserContext): Promise<string[]> {
  const worker = await serviceWorker(context);
  return worker.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('attune');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('events').objectStore('events').getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result.map((e: { type: string }) => e.type));
          };
        };
      }),
  );
}

for (const mode of ['closed', 'open'] as const) {
  test(`a page that defines attune-overlay, patches attachShadow and attachInternals and fires synthetic clicks and keys ${mode === 'closed' ? 'finds no text, ' : 'at an open root '}records nothing and changes nothing`, async ({
    context,
    site,
  }) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.goto(`${site}/hostile-card.html${mode === 'closed' ? '?attune-shadow=closed' : ''}`);
    const card = await cardWith(page, 'nudge-text');
    expect(card.mode).toBe(mode); // closed as in production; open, the controls' own guard
    const text = card.text('nudge-text') ?? '';
    expect(text.length).toBeGreaterThan(20);
    await expect.poll(() => eventTypes(context)).toContain('shown');

    const scan = await page.evaluate(() => (window as unknown as Hostile).hostile.scan());
    if (mode === 'closed') {
      expect(scan.text).not.toContain(text.slice(0, 20));
      expect(scan.testIds).toEqual([]);
    } else {
      expect(scan.testIds).toContain('nudge-used'); // the page reaches every control
    }
    // It tried the host itself, and was refused both ways.
    expect(scan.refused).toEqual(
      expect.arrayContaining([
        'attachInternals: NotSupportedError',
        'attachShadow: NotSupportedError',
      ]),
    );
    // The user opens the checklist, so the page has its boxes to tick too.
    await card.click('checklist-toggle');
    const open = await cardWith(page, 'checklist-item');
    const hits = await page.evaluate(() => (window as unknown as Hostile).hostile.act());
    expect(hits).toBeGreaterThanOrEqual(3); // window, document and the host at least

    // The user's own click still ticks an item. Whatever the page's events had done would show
    // by now, in this render or an earlier one.
    await open.click('checklist-item');
    await expect
      .poll(async () => (await ClosedCard.read(page))?.text('checklist-toggle'))
      .toMatch(/\(1\/\d+\)/);
    const after = await cardWith(page, 'checklist');
    expect(await after.checkedCount()).toBe(1);
    expect(after.testId('nudge')).toBeDefined(); // not folded to the pill (Escape, collapse, used)
    expect(after.testId('dismiss-reasons')).toBeUndefined(); // not dismissed
    expect(after.text('nudge-text')).toBe(text); // same wording
    expect(after.corner).toBe(card.corner); // not dragged

    // A real click on collapse is recorded: by then any event the page caused was recorded too.
    await after.click('nudge-collapse');
    await cardWith(page, 'pill');
    await expect
      .poll(async () => (await eventTypes(context)).filter((t) => t !== 'shown'))
      .toEqual(['collapsed']);
  });
}

test('a page whose own attune-overlay attaches a shadow root first still gets the card', async ({
  context,
  site,
}) => {
  const page = await context.newPage();
  await page.goto(`${site}/hostile-card.html?preempt`);
  // The page's element of the old name is made, and holds a root of its own.
  await page.evaluate(() => document.body.append(document.createElement('attune-overlay')));
  const overlay = new OverlayPage(page);
  await expect(overlay.card).toBeVisible();
  await expect(overlay.text).not.toBeEmpty();
});

test('the card tells the background it was shown only once it is on screen', async ({
  context,
  site,
}) => {
  const worker = await serviceWorker(context);
  await spyOnShown(worker);
  const page = await context.newPage();
  await page.goto(`${site}/hostile-card.html?hold`);
  const overlay = new OverlayPage(page);
  // Rendered, but held in the page's hidden box.
  await expect(overlay.card).toBeAttached();
  await expect(overlay.card).toBeHidden();
  // Two frames: the overlay's on-screen check has had its chance to answer.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  await page.evaluate(() => (window as unknown as Hostile).hostile.release());
  await expect(overlay.card).toBeVisible();
  await expect.poll(() => shownMessages(worker)).toHaveLength(1);
  const [shown] = await shownMessages(worker);
  const released = await page.evaluate(
    () => (window as unknown as Hostile).hostile.seen.releasedAt,
  );
  expect(shown?.at).toBeGreaterThanOrEqual(released);
  expect(shown?.promptId).toBe(await overlay.card.getAttribute('data-prompt'));
});

test('a page that restyles the host and writes its position attribute and properties cannot move, hide or shrink the card', async ({
  context,
  site,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto(`${site}/hostile-card.html`);
  const overlay = new OverlayPage(page);
  await expect(overlay.card).toBeVisible();
  const corner = await overlay.host.getAttribute('data-corner');
  expect(corner).toBe('bottom-right');
  const before = await overlay.card.boundingBox();

  await page.evaluate(() => (window as unknown as Hostile).hostile.move());
  // Still in its corner, its full size, and what the user sees at its middle is the card.
  await expect.poll(() => overlay.card.boundingBox()).toEqual(before);
  // (The host's data-corner now says "drag": the page wrote it, and the card never reads it.)
  const seen = await page.evaluate(() => {
    const host = document.querySelector('[data-attune-overlay]') as HTMLElement;
    const box = host.getBoundingClientRect();
    const style = getComputedStyle(host);
    return {
      atMiddle: document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2) === host,
      right: innerWidth - box.right,
      bottom: innerHeight - box.bottom,
      opacity: style.opacity,
      visibility: style.visibility,
      transform: style.transform,
      clipPath: style.clipPath,
      filter: style.filter,
      pointerEvents: style.pointerEvents,
    };
  });
  expect(seen).toEqual({
    atMiddle: true,
    right: 16,
    bottom: 16,
    opacity: '1',
    visibility: 'visible',
    transform: 'none',
    clipPath: 'none',
    filter: 'none',
    pointerEvents: 'auto',
  });
  // The user's own click still works it.
  await overlay.button('nudge-collapse').click();
  await expect(overlay.host.getByTestId('pill')).toBeVisible();
});

test('a drag ends where the user lets go even when the page swallows the release', async ({
  context,
  site,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto(`${site}/hostile-card.html?swallow`);
  const overlay = new OverlayPage(page);
  await overlay.dragTitleTo(120, 100);
  await expect(overlay.host).toHaveAttribute('data-corner', 'top-left');
  // The pointer moves on without a button: the card stays in its corner, not on the cursor.
  await page.mouse.move(900, 700, { steps: 3 });
  await expect.poll(async () => (await overlay.card.boundingBox())?.y).toBeLessThan(100);
});

test('a card covered by the page is not recorded as shown until the user can see it', async ({
  context,
  site,
}) => {
  const worker = await serviceWorker(context);
  await spyOnShown(worker);
  const page = await context.newPage();
  await page.goto(`${site}/hostile-card.html?cover`);
  const overlay = new OverlayPage(page);
  await expect(overlay.text).not.toBeEmpty();
  // The page's own visibility observer has seen the rendered card hidden under its popover: the
  // card's observer (the same browser check) has had its chance to answer too.
  await page.evaluate(() => (window as unknown as Hostile).hostile.covered());
  await page.evaluate(() => (window as unknown as Hostile).hostile.uncover());
  await expect.poll(() => shownMessages(worker)).toHaveLength(1);
  const [shown] = await shownMessages(worker);
  const uncovered = await page.evaluate(
    () => (window as unknown as Hostile).hostile.seen.uncoveredAt,
  );
  expect(shown?.at).toBeGreaterThanOrEqual(uncovered);
});

/** The fixture page's own script (tests/fixtures/site/hostile-card.html). */
interface Hostile {
  hostile: {
    seen: { releasedAt: number; uncoveredAt: number };
    move(): void;
    covered(): Promise<boolean>;
    uncover(): void;
    scan(): { roots: number; text: string; testIds: string[]; refused: string[] };
    act(): Promise<number>;
    release(): void;
  };
}

interface ShownMessage {
  promptId: string;
  at: number;
}

/** Records, in the service worker, every `nudgeShown` message and when it arrived. */
async function spyOnShown(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const log: ShownMessage[] = [];
    (globalThis as unknown as { shownLog: ShownMessage[] }).shownLog = log;
    chrome.runtime.onMessage.addListener((message: { type?: string; data?: ShownMessage }) => {
      if (message?.type === 'nudgeShown')
        log.push({ promptId: message.data?.promptId ?? '', at: Date.now() });
    });
  });
}

function shownMessages(worker: Worker): Promise<ShownMessage[]> {
  return worker.evaluate(() => (globalThis as unknown as { shownLog: ShownMessage[] }).shownLog);
}
