import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SiteList } from '../../components/SiteList';
import { tryWrite } from '../../components/try-write';
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

  /** Turns a site on; resolves whether it was, so the field keeps what was typed otherwise. */
  async function add(input: string): Promise<boolean> {
    const origin = toSiteOrigin(input);
    if (!origin) {
      say(i18n.t('sites.notAnAddress', { input }));
      return false;
    }
    // Must run inside the click: browsers only prompt for permissions on a user gesture.
    const granted = await browser.permissions.request({ origins: [sitePattern(origin)] });
    if (!granted) {
      say(i18n.t('options.notGranted', { origin }));
      return false;
    }
    const result = await tryWrite(() => sendMessage('enableSite', origin), say);
    if (!result.ok) return false;
    say(result.value.ok ? i18n.t('sites.on', { origin }) : result.value.error);
    await refresh();
    return result.value.ok;
  }

  return (
    <section aria-labelledby="sites-h">
      <h2 id="sites-h">{i18n.t('sites.heading')}</h2>
      <SiteList
        sites={sites}
        onAdd={add}
        onRemove={async (origin) => {
          if (!(await tryWrite(() => sendMessage('disableSite', origin), say)).ok) return;
          say(i18n.t('sites.off', { origin }));
          await refresh();
        }}
      />
    </section>
  );
}
