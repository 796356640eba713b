import type { ComponentChildren } from 'preact';
import { moveIn, removeIn, setIn } from '../prompts/studio/edit';
import { describePath } from '../prompts/studio/labels';
import { arr, obj } from '../prompts/validate/loose';
import { i18n } from '../utils/i18n';
import {
  fieldName,
  StudioEntryTools,
  StudioProblems,
  type StudioSectionProps,
  StudioText,
  subjectName,
  text,
} from './StudioField';

/** Props of {@link StudioEntry}. */
export interface StudioEntryProps {
  /** The pack's list the entry is in: `prompts`, `ratingItems`, `sequences`. */
  list: string;
  index: number;
  section: StudioSectionProps;
  /** The field that names the entry (a prompt's title, a rating item's text). */
  nameKey: string;
  /** Whether the name is the pack's content, in the pack's language (not an id-like title). */
  nameIsContent?: boolean;
  testId: string;
  children?: ComponentChildren;
}

/**
 * One entry of a list the trainer edits: its name as a heading, up/down/remove, the problems
 * about the whole entry, then its name and id fields; the entry's own fields follow as children.
 */
export function StudioEntry(props: StudioEntryProps) {
  const { list, index, section, nameKey } = props;
  const { doc, at, onChange } = section;
  const entries = arr(doc[list]);
  const entry = obj(entries[index]) ?? {};
  const base = `/${list}/${index}`;
  const [subject] = describePath(doc, base).subjects;
  const name = subject ? subjectName(subject) : '';
  const field = (key: string, hint?: string) => (
    <StudioText
      pointer={`${base}/${key}`}
      label={fieldName(key)}
      value={text(entry[key])}
      onValue={(v) => onChange(setIn(doc, [list, index, key], v))}
      doc={doc}
      problems={at(`${base}/${key}`)}
      hint={hint}
      lang={
        key !== 'id' && props.nameIsContent !== false ? text(doc.locale) || undefined : undefined
      }
    />
  );
  return (
    <div class="studio-entry" data-testid={props.testId}>
      <div class="studio-entry-head">
        <h3>{name}</h3>
        <StudioEntryTools
          name={name}
          index={index}
          count={entries.length}
          onMove={(to) => onChange(moveIn(doc, [list], index, to))}
          onRemove={() => onChange(removeIn(doc, [list], index))}
        />
      </div>
      <StudioProblems doc={doc} problems={at(base)} />
      <div class="studio-pair">
        {field(nameKey)}
        {field('id', i18n.t('studio.hint.entryId'))}
      </div>
      {props.children}
    </div>
  );
}
