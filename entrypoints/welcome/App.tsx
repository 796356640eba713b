import { useEffect, useMemo, useState } from 'preact/hooks';
import { DEMO_HASH, WelcomeDone, WelcomeTry } from '../../components/WelcomeDemo';
import { WelcomeFocus } from '../../components/WelcomeFocus';
import { WelcomePromise } from '../../components/WelcomePromise';
import { WelcomeSite, type WelcomeStatus } from '../../components/WelcomeSite';
import { builtinPacks } from '../../prompts/builtin';
import { readNudgeSettings, sitesItem } from '../../storage/settings';
import { i18n, uiLocale } from '../../utils/i18n';
import { enableSite, openSites, saveFocus } from './actions';
import { Demo } from './Demo';
import { sampleNudge } from './sample';

const isDemo = () => location.hash === DEMO_HASH;

/** The first-run page: the promise, a site, a focus skill, and the demo page (at #demo). */
export function App() {
  const [demo, setDemo] = useState(isDemo);
  const [sites, setSites] = useState<string[]>([]);
  const [others, setOthers] = useState<string[]>([]);
  const [focus, setFocus] = useState<string | null>(null);
  const [siteStatus, setSiteStatus] = useState<WelcomeStatus | null>(null);
  const [focusStatus, setFocusStatus] = useState<WelcomeStatus | null>(null);

  useEffect(() => {
    const refresh = async () => {
      const now = await sitesItem.getValue();
      setSites(now);
      setOthers(await openSites(now));
    };
    void refresh();
    void readNudgeSettings().then((s) => setFocus(s.focusComponent));
    const onHash = () => setDemo(isDemo());
    addEventListener('hashchange', onHash);
    // A site opened in another tab since is offered when the user comes back to this one.
    addEventListener('focus', refresh);
    const unwatch = sitesItem.watch(() => void refresh());
    return () => {
      removeEventListener('hashchange', onHash);
      removeEventListener('focus', refresh);
      unwatch();
    };
  }, []);
  useEffect(() => {
    document.title = i18n.t(demo ? 'welcome.demo.title' : 'welcome.title');
    // Keyboard and screen reader users start at the top of the page they moved to.
    scrollTo(0, 0);
    document.querySelector<HTMLElement>('h1')?.focus();
  }, [demo]);

  const nudge = useMemo(() => sampleNudge(builtinPacks, uiLocale(), focus), [focus]);
  if (demo && nudge) return <Demo nudge={nudge} />;
  return (
    <div class="welcome">
      <h1 tabIndex={-1}>{i18n.t('welcome.title')}</h1>
      <p class="welcome-intro">{i18n.t('welcome.intro')}</p>
      <WelcomePromise />
      <WelcomeSite
        enabled={sites}
        openSites={others}
        status={siteStatus}
        onEnable={(input) => enableSite(input, setSiteStatus)}
      />
      <WelcomeFocus
        value={focus}
        status={focusStatus}
        onChange={(skill) => {
          setFocus(skill);
          void saveFocus(skill, setFocusStatus);
        }}
      />
      <WelcomeTry />
      <WelcomeDone />
    </div>
  );
}
