import { IME_SETTLE_MS } from '@parley/shared';
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderInEnglish } from '../test/render.js';
import { Composer } from './composer.js';

let onSend: ReturnType<typeof vi.fn>;
let box: HTMLTextAreaElement;

function type(text: string) {
  fireEvent.input(box, { target: { value: text } });
}

function enter(init: KeyboardEventInit & { keyCode?: number } = {}) {
  return fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13, ...init });
}

describe('composer', () => {
  beforeEach(() => {
    onSend = vi.fn();
    renderInEnglish(<Composer onSend={onSend} />);
    box = screen.getByRole('textbox', { name: 'Reply' });
  });
  afterEach(cleanup);

  it('sends on Enter and empties the box', () => {
    type('  Hello there  ');
    enter();
    expect(onSend).toHaveBeenCalledWith('Hello there', false);
    expect(box.value).toBe('');
  });

  it('keeps Shift+Enter for a new line', () => {
    type('line one');
    const notCancelled = enter({ shiftKey: true });
    expect(notCancelled).toBe(true);
    expect(onSend).not.toHaveBeenCalled();
  });

  it('does not send an Enter flagged as composing (Chrome, Firefox) or reported as keyCode 229', () => {
    type('nihao');
    expect(enter({ isComposing: true })).toBe(true);
    expect(enter({ keyCode: 229 })).toBe(true);
    expect(onSend).not.toHaveBeenCalled();
  });

  it('does not send while a composition is open, nor the Enter right after it ends (Safari)', async () => {
    // The events an input method really fires, by name: the testing library's compositionStart /
    // compositionEnd helpers fire "CompositionStart" / "CompositionEnd" for Preact, which hid that
    // the box listened for those names and so never heard a real composition.
    type('nihao');
    box.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    expect(enter()).toBe(true);
    type('你好');
    box.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '你好' }));
    expect(enter()).toBe(true);
    expect(onSend).not.toHaveBeenCalled();

    // The agent's own Enter, a moment later, sends.
    await new Promise((resolve) => setTimeout(resolve, IME_SETTLE_MS + 20));
    enter();
    expect(onSend).toHaveBeenCalledExactlyOnceWith('你好', false);
  });

  it('sends with the Send button, as an internal note when toggled, and never sends blank text', () => {
    type('   ');
    enter();
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Internal note' }));
    type('refund approved');
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).toHaveBeenCalledWith('refund approved', true);
  });
});
