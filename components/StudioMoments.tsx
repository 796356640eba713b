import { appendIn, moveIn, removeIn, renameMoment, setIn } from '../prompts/studio/edit';
import { describePath } from '../prompts/studio/labels';
import { newMoment } from '../prompts/studio/templates';
import { arr, obj } from '../prompts/validate/loose';
import { i18n, type MessageKey } from '../utils/i18n';
import {
  focusField,
  StudioEntryTools,
  StudioProblems,
  type StudioSectionProps,
  StudioText,
  subjectName,
  text,
  tKey,
} from './StudioField';
import { StudioKeywordPlaces } from './StudioKeywordPlaces';
import { StudioList } from './StudioList';

const TRIGGERS = [
  ['keywords', 'studio.field.keywords', 'studio.entry.keywords', 'studio.hint.keywords'],
  [
    'urlPatterns',
    'studio.field.urlPatterns',
    'studio.entry.urlPatterns',
    'studio.hint.urlPatterns',
  ],
  ['selectors', 'studio.field.selectors', 'studio.entry.selectors', 'studio.hint.selectors'],
] as const satisfies readonly (readonly [string, MessageKey, MessageKey, MessageKey])[];

const ADD: Record<(typeof TRIGGERS)[number][0], MessageKey> = {
  keywords: 'studio.moments.addKeyword',
  urlPatterns: 'studio.moments.addUrlPattern',
  selectors: 'studio.moments.addSelector',
};

/** The pack's moments, each with its name, id, description and triggers. */
export function StudioMoments({ doc, at, onChange }: StudioSectionProps) {
  const moments = arr(doc.moments);
  return (
    <section aria-labelledby="studio-moments-h" class="studio-section">
      <h2 id="studio-moments-h">{i18n.t('studio.moments.heading')}</h2>
      <p class="muted">{i18n.t('studio.moments.intro')}</p>
      <StudioProblems doc={doc} problems={at('/moments')} />
      {moments.map((m, i) => {
        const moment = obj(m) ?? {};
        const base = `/moments/${i}`;
        const triggers = obj(moment.triggers) ?? {};
        const [subject] = describePath(doc, base).subjects;
        const name = subject ? subjectName(subject) : '';
        return (
          <div class="studio-entry" data-testid="studio-moment" key={i}>
            <h3>{name}</h3>
            <StudioEntryTools
              name={name}
              index={i}
              count={moments.length}
              onMove={(to) => onChange(moveIn(doc, ['moments'], i, to))}
              onRemove={() => onChange(removeIn(doc, ['moments'], i))}
            />
            <StudioProblems doc={doc} problems={at(base)} />
            <div class="studio-pair">
              <StudioText
                pointer={`${base}/name`}
                label={i18n.t('studio.field.name')}
                value={text(moment.name)}
                onValue={(v) => onChange(setIn(doc, ['moments', i, 'name'], v))}
                doc={doc}
                problems={at(`${base}/name`)}
                lang={text(doc.locale) || undefined}
              />
              <StudioText
                pointer={`${base}/id`}
                label={i18n.t('studio.field.id')}
                value={text(moment.id)}
                onValue={(v) => onChange(renameMoment(doc, i, v))}
                doc={doc}
                problems={at(`${base}/id`)}
                hint={i18n.t('studio.hint.entryId')}
              />
            </div>
            <StudioText
              pointer={`${base}/description`}
              label={i18n.t('studio.field.description')}
              value={text(moment.description)}
              onValue={(v) =>
                onChange(setIn(doc, ['moments', i, 'description'], v === '' ? undefined : v))
              }
              doc={doc}
              problems={at(`${base}/description`)}
              lang={text(doc.locale) || undefined}
            />
            <StudioProblems doc={doc} problems={at(`${base}/triggers`)} />
            {TRIGGERS.map(([key, legend, entry, hint]) => [
              <StudioList
                key={key}
                testId={`studio-${key}`}
                pointer={`${base}/triggers/${key}`}
                legend={tKey(legend)}
                hint={tKey(hint)}
                values={arr(triggers[key])}
                onValues={(values) => onChange(setIn(doc, ['moments', i, 'triggers', key], values))}
                entryLabel={(n) => tKey(entry, { n })}
                addLabel={tKey(ADD[key])}
                doc={doc}
                at={at}
              />,
              // Where the keywords are looked for, right under them.
              key === 'keywords' && (
                <StudioKeywordPlaces
                  key="keywordsIn"
                  doc={doc}
                  moment={i}
                  onChange={onChange}
                  problems={at(`${base}/triggers/keywordsIn`)}
                />
              ),
            ])}
          </div>
        );
      })}
      <button
        type="button"
        data-testid="studio-add-moment"
        onClick={() => {
          onChange(appendIn(doc, ['moments'], newMoment(doc)));
          focusField(`/moments/${moments.length}/name`);
        }}
      >
        {i18n.t('studio.moments.add')}
      </button>
    </section>
  );
}
