import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CannedReply } from '@parley/shared';
import { renderInEnglish } from '../test/render.js';
import { Composer } from './composer.js';
import type { PickerOption, PickerSource } from './composer-picker.js';
import { pickerTriggerAt } from './picker-trigger.js';
import { matchReplies } from './use-composer-pickers.js';

const replies = [
  { id: 'r1', label: '/refund', detail: 'Your refund is on its way, Mei.' },
  { id: 'r2', label: '/reopen', detail: 'I reopened it for you.' },
  { id: 'r3', label: '/hello', detail: 'Hi there!' },
];
let onSend: ReturnType<typeof vi.fn>;
let tagChosen: ReturnType<typeof vi.fn>;
let box: HTMLTextAreaElement;

const cannedSource: PickerSource = {
  trigger: '/',
  label: 'Canned replies',
  empty: 'No canned reply starts with that.',
  options: (q) => replies.filter((r) => r.label.slice(1).startsWith(q)),
  choose: (o) => o.detail ?? '',
};

/** Types `value` with the caret at its end, as the browser reports it. */
function type(value: string) {
  box.value = value;
  box.setSelectionRange(value.length, value.length);
  fireEvent.input(box);
}
const key = (k: string, init: KeyboardEventInit & { keyCode?: number } = {}) => fireEvent.keyDown(box, { key: k, ...init });
const selected = () => screen.getAllByRole('option').find((o) => o.getAttribute('aria-selected') === 'true')?.textContent;

describe('composer pickers', () => {
  beforeEach(() => {
    onSend = vi.fn();
    tagChosen = vi.fn();
    const tagSource: PickerSource = {
      trigger: '#',
      label: 'Tags',
      empty: 'No tag matches.',
      options: (q) => [{ id: 't1', label: 'VIP', colour: '#d9480f' }, { id: 't2', label: 'billing', colour: '#1f8a70' }].filter((t) => t.label.toLowerCase().includes(q.toLowerCase())),
      choose: (o: PickerOption) => (tagChosen(o.id), ''),
    };
    renderInEnglish(<Composer onSend={onSend} pickers={[cannedSource, tagSource]} />);
    box = screen.getByRole('textbox', { name: 'Reply' });
  });
  afterEach(cleanup);

  it('opens on / at the start, filters as the agent types, moves with the arrows and inserts with Enter', () => {
    type('/');
    const list = screen.getByRole('listbox', { name: 'Canned replies' });
    expect(screen.getAllByRole('option')).toHaveLength(3);
    expect(box.getAttribute('aria-controls')).toBe(list.id);
    type('/re');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['/refundYour refund is on its way, Mei.', '/reopenI reopened it for you.']);
    expect(selected()).toContain('/refund');
    key('ArrowDown');
    expect(selected()).toContain('/reopen');
    expect(box.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[1]!.id);
    key('ArrowDown'); // wraps
    key('ArrowUp'); // and back
    expect(selected()).toContain('/reopen');
    key('Enter');
    expect(box.value).toBe('I reopened it for you.');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(box.hasAttribute('aria-activedescendant')).toBe(false);
    expect(onSend).not.toHaveBeenCalled();
    // The next Enter sends what was inserted.
    key('Enter', { code: 'Enter', keyCode: 13 });
    expect(onSend).toHaveBeenCalledWith('I reopened it for you.', false);
  });

  it('opens after a space, keeps the text around the word, and says when nothing matches', () => {
    type('Sorry about that. /ref');
    key('Enter');
    expect(box.value).toBe('Sorry about that. Your refund is on its way, Mei.');
    type('/zzz');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('No canned reply starts with that.');
  });

  it('never opens inside a word or a link', () => {
    for (const text of ['and/or', 'see https://x.test/re', 'C#', 'a#b']) {
      type(text);
      expect(screen.queryByRole('listbox'), text).toBeNull();
    }
  });

  it('closes on Escape and stays closed for that word; then Enter sends the text as typed', () => {
    type('/re');
    key('Escape');
    expect(screen.queryByRole('listbox')).toBeNull();
    type('/ref');
    expect(screen.queryByRole('listbox')).toBeNull();
    key('Enter', { code: 'Enter', keyCode: 13 });
    expect(onSend).toHaveBeenCalledWith('/ref', false);
  });

  it('never opens or moves while an input method composes', () => {
    box.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    type('/tui');
    expect(screen.queryByRole('listbox')).toBeNull();
    box.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '/' }));
    // Once the input method lets go, the settled text opens it.
    expect(screen.queryByRole('listbox')).toBeNull(); // '/tui' matches nothing
    type('/re');
    expect(screen.getByRole('listbox')).toBeTruthy();
    // An arrow or Enter the input method still owns (keyCode 229) moves nothing and picks nothing.
    key('ArrowDown', { keyCode: 229 });
    key('Enter', { isComposing: true });
    expect(selected()).toContain('/refund');
    expect(box.value).toBe('/re');
  });

  it('# picks a tag: the source adds it and the #word leaves the draft', () => {
    type('Customer is #vi');
    expect(screen.getByRole('listbox', { name: 'Tags' })).toBeTruthy();
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['VIP']);
    key('Tab');
    expect(tagChosen).toHaveBeenCalledWith('t1');
    expect(box.value).toBe('Customer is ');
  });
});

describe('picker helpers', () => {
  it('finds the trigger word before the caret in any script', () => {
    expect(pickerTriggerAt('thanks /ref', 11, ['/', '#'])).toEqual({ trigger: '/', start: 7, query: 'ref' });
    expect(pickerTriggerAt('/退款', 3, ['/'])).toEqual({ trigger: '/', start: 0, query: '退款' });
    expect(pickerTriggerAt('#vip now', 4, ['#'])).toEqual({ trigger: '#', start: 0, query: 'vip' });
    expect(pickerTriggerAt('/ref more', 9, ['/'])).toBeNull();
    expect(pickerTriggerAt('/ref', 4, ['#'])).toBeNull();
  });

  it('ranks replies by shortcut start, then shortcut, then text in any language', () => {
    const reply = (id: string, shortcut: string, texts: Record<string, string>): CannedReply => ({ id, workspaceId: 'w', shortcut, texts, scope: 'workspace', ownerId: null, createdAt: 0, updatedAt: 0 });
    const list = [reply('a', 'thanks', { en: 'Thank you for the refund request' }), reply('b', 'prefund', { en: 'x' }), reply('c', 'refund', { 'zh-CN': '退款已处理' })];
    expect(matchReplies(list, 'ref').map((r) => r.id)).toEqual(['c', 'b', 'a']);
    expect(matchReplies(list, '退款').map((r) => r.id)).toEqual(['c']);
    expect(matchReplies(list, 'REF').map((r) => r.id)).toEqual(['c', 'b', 'a']);
  });
});
