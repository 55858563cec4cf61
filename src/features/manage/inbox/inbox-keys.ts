// Keyboard shortcuts of the inbox, as pure functions: which key means what, and where the cursor goes.
// Keys typed into a form field are never shortcuts, so searching for "j" never moves the list.

export type InboxCommand = 'next' | 'prev' | 'first' | 'last' | 'open' | 'toggle' | 'back' | 'help';

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** the event target's tag (lowercase), type (for inputs) and whether it is contenteditable */
  target?: { tag: string; type?: string; editable?: boolean } | null;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'password', 'number', 'tel', 'url', 'date', 'datetime-local', 'month', 'week', 'time']);

/** True when the key belongs to the field the user is typing in (or to a select or button's own keys). */
export function isTypingTarget(target: KeyInput['target']): boolean {
  if (!target) return false;
  if (target.editable) return true;
  if (target.tag === 'textarea' || target.tag === 'select') return true;
  if (target.tag === 'input') return TEXT_INPUT_TYPES.has(target.type ?? 'text');
  return target.tag.startsWith('ion-input') || target.tag.startsWith('ion-textarea') || target.tag.startsWith('ion-select');
}

const KEYMAP: Record<string, InboxCommand> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'prev',
  ArrowUp: 'prev',
  Home: 'first',
  End: 'last',
  Enter: 'open',
  o: 'open',
  x: 'toggle',
  Escape: 'back',
  '?': 'help',
};

export function commandFor(input: KeyInput): InboxCommand | undefined {
  if (input.ctrlKey || input.metaKey || input.altKey) return undefined;
  if (isTypingTarget(input.target)) return undefined;
  const command = KEYMAP[input.key];
  // Enter on a button, link or checkbox does that element's own thing; only on a row does it open.
  if (command === 'open' && input.key === 'Enter' && input.target && input.target.tag !== 'li') return undefined;
  if (command === 'toggle' && input.target?.tag === 'input') return undefined;
  return command;
}

/** Index of the active row after a movement; -1 means "none yet", and the first move lands on the first row. */
export function moveActive(active: number, count: number, command: InboxCommand): number {
  if (count === 0) return -1;
  const current = Math.min(active, count - 1);
  switch (command) {
    case 'next':
      return current < 0 ? 0 : Math.min(current + 1, count - 1);
    case 'prev':
      return current < 0 ? 0 : Math.max(current - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return count - 1;
    default:
      return current;
  }
}

/** The shortcuts as the help lists them: keys and the i18n key of what they do. */
export const SHORTCUT_HELP: ReadonlyArray<{ keys: string[]; label: string }> = [
  { keys: ['j', '↓'], label: 'manage:shortcuts.next' },
  { keys: ['k', '↑'], label: 'manage:shortcuts.prev' },
  { keys: ['Pos1', 'Ende'], label: 'manage:shortcuts.firstLast' },
  { keys: ['Enter', 'o'], label: 'manage:shortcuts.open' },
  { keys: ['x'], label: 'manage:shortcuts.toggle' },
  { keys: ['Esc'], label: 'manage:shortcuts.back' },
  { keys: ['?'], label: 'manage:shortcuts.help' },
];
