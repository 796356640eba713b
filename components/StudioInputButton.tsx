import type { ComponentChildren } from 'preact';

/** Props of {@link StudioInputButton}. */
export interface StudioInputButtonProps {
  /** The input's id and test id; its hint is `<id>-hint`. */
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint: string;
  /** More descriptions of the input (status lines shown with it), by id. */
  describedBy?: string;
  /** The button's words and test id; it is off while the input is empty. */
  button: string;
  buttonTestId: string;
  onClick: () => void;
  /** Shown under the hint (what the button found). */
  children?: ComponentChildren;
}

/** A labelled text input with the one button that acts on it, and the input's hint below. */
export function StudioInputButton(props: StudioInputButtonProps) {
  const hint = `${props.id}-hint`;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <div class="row">
        <input
          id={props.id}
          type="text"
          data-testid={props.id}
          aria-describedby={props.describedBy ? `${hint} ${props.describedBy}` : hint}
          value={props.value}
          onInput={(e) => props.onInput(e.currentTarget.value)}
        />
        <button
          type="button"
          data-testid={props.buttonTestId}
          disabled={props.value.trim() === ''}
          onClick={props.onClick}
        >
          {props.button}
        </button>
      </div>
      <small id={hint} class="muted">
        {props.hint}
      </small>
      {props.children}
    </div>
  );
}
