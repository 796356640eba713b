import { setIn } from '../prompts/studio/edit';
import { arr, obj } from '../prompts/validate/loose';
import { i18n } from '../utils/i18n';
import { type StudioSectionProps, StudioText, text } from './StudioField';
import { StudioList } from './StudioList';

/**
 * The pack's own fields: id, name, description, author, licence, language, and the sites where
 * its moments replace built-in ones.
 */
export function StudioMeta({ doc, at, onChange }: StudioSectionProps) {
  const author = obj(doc.author);
  const field = (
    path: (string | number)[],
    label: string,
    value: unknown,
    extra: { hint?: string; multiline?: boolean; lang?: boolean } = {},
  ) => {
    const pointer = `/${path.join('/')}`;
    return (
      <StudioText
        pointer={pointer}
        label={label}
        value={text(value)}
        // An optional field left empty leaves the file rather than staying as "".
        onValue={(v) =>
          onChange(setIn(doc, path, v === '' && path[1] === 'organisation' ? undefined : v))
        }
        doc={doc}
        problems={at(pointer)}
        hint={extra.hint}
        multiline={extra.multiline}
        lang={extra.lang ? text(doc.locale) || undefined : undefined}
      />
    );
  };
  return (
    <section aria-labelledby="studio-meta-h" class="studio-section">
      <h2 id="studio-meta-h">{i18n.t('studio.meta.heading')}</h2>
      {field(['name'], i18n.t('studio.field.name'), doc.name, { lang: true })}
      {field(['id'], i18n.t('studio.field.id'), doc.id, { hint: i18n.t('studio.hint.id') })}
      {field(['description'], i18n.t('studio.field.description'), doc.description, {
        multiline: true,
        lang: true,
      })}
      <div class="studio-pair">
        {field(['author', 'name'], i18n.t('studio.field.authorName'), author?.name)}
        {field(
          ['author', 'organisation'],
          i18n.t('studio.field.authorOrganisation'),
          author?.organisation,
        )}
      </div>
      <div class="studio-pair">
        {field(['licence'], i18n.t('studio.field.licence'), doc.licence, {
          hint: i18n.t('studio.hint.licence'),
        })}
        {field(['locale'], i18n.t('studio.field.locale'), doc.locale, {
          hint: i18n.t('studio.hint.locale'),
        })}
      </div>
      <StudioList
        pointer="/replaces/sites"
        legend={i18n.t('studio.field.replaces')}
        hint={i18n.t('studio.replaces.hint')}
        values={arr(obj(doc.replaces)?.sites)}
        // No site left: no `replaces` at all (the format wants at least one site when it is there).
        onValues={(sites) =>
          onChange(setIn(doc, ['replaces'], sites.length > 0 ? { sites } : undefined))
        }
        entryLabel={(n) => i18n.t('studio.entry.sites', { n })}
        addLabel={i18n.t('studio.replaces.add')}
        doc={doc}
        at={at}
        testId="studio-replaces"
      />
    </section>
  );
}
