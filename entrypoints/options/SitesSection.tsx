import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SiteList } from '../../components/SiteList';
import { sitesItem } from '../../storage/settings';
import { sitePattern, toSiteOrigin } from '../../storage/sites';
import { i18n } from '../../utils/i18n';
import { sendMessage } from '../../utils/messages';

/** Options › Sites: where Attune may read pages. */
export function SitesSection({ say }: { say: (message: string) => void }) {
  const [sites, setSites] = useState<string[]>([]);
  const refresh = async () => setSites(await sitesItem.getValue());
  useEffect(() => {
    void refresh();
    return sitesItem.watch(() => void refresh());
  }, []);

  async function add(input: string) {
    const origin = toSiteOrigin(input);
    if (!origin) return say(i18n.t('sites.notAnAddress', { input }));
    // Must run inside the click: browsers only prompt for permissions on a user gesture.
    const granted = await browser.permissions.request({ origins: [sitePattern(origin)] });
    if (!granted) return say(i18n.t('options.notGranted', { origin }));
    const result = await sendMessage('enableSite', origin);
    say(result.ok ? i18n.t('sites.on', { origin }) : result.error);
    await refresh();
  }

  return (
    <section aria-labelledby="sites-h">
      <h2 id="sites-h">{i18n.t('sites.heading')}</h2>
      <SiteList
        sites={sites}
        onAdd={add}
        onRemove={async (origin) => {
          await sendMessage('disableSite', origin);
          say(i18n.t('sites.off', { origin }));
          await refresh();
        }}
      />
    </section>
  );
}
