import { cornersItem } from '../../storage/settings';

/** Remembers the corner the user dragged the card to, for the site. */
export async function handleCorner(tabUrl: string, corner: string): Promise<void> {
  const origin = new URL(tabUrl).origin;
  await cornersItem.setValue({ ...(await cornersItem.getValue()), [origin]: corner });
}
