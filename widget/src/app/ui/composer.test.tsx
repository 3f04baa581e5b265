import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IME_SETTLE_MS } from '@parley/shared';
import { Composer } from './composer.js';

// Compositions are dispatched by their real names: the testing library's compositionStart/End
// helpers fire "CompositionStart"/"CompositionEnd" for Preact, which no input method does.
describe('composer', () => {
  let sent: string[];
  let field: HTMLTextAreaElement;

  beforeEach(() => {
    sent = [];
    render(<Composer onSend={(text) => (sent.push(text), true)} />);
    field = screen.getByLabelText('Message') as HTMLTextAreaElement;
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  const type = (text: string) => fireEvent.input(field, { target: { value: text } });

  it('sends on Enter and empties the field', () => {
    type('hello');
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(sent).toEqual(['hello']);
    expect(field.value).toBe('');
  });

  it('sends with the Send button', () => {
    type('你好');
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(sent).toEqual(['你好']);
  });

  it('does not send on Shift+Enter', () => {
    type('line one');
    fireEvent.keyDown(field, { key: 'Enter', shiftKey: true });
    expect(sent).toEqual([]);
  });

  it('does not send an empty or blank message', () => {
    type('   ');
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(sent).toEqual([]);
  });

  it('does not send on the Enter that an IME reports as composing', () => {
    type('ni hao');
    fireEvent.keyDown(field, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(field, { key: 'Enter', keyCode: 229 });
    expect(sent).toEqual([]);
  });

  it('does not send while a composition is open, whatever the event says', () => {
    field.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    type('ni');
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(sent).toEqual([]);
  });

  it('does not send on the Enter Safari fires right after compositionend, but does on the next one', () => {
    vi.useFakeTimers();
    field.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    type('你好');
    field.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
    // Safari: keydown Enter after compositionend, isComposing false, a normal keyCode.
    fireEvent.keyDown(field, { key: 'Enter', keyCode: 13 });
    expect(sent).toEqual([]);
    expect(field.value).toBe('你好');

    vi.advanceTimersByTime(IME_SETTLE_MS + 1);
    fireEvent.keyDown(field, { key: 'Enter', keyCode: 13 });
    expect(sent).toEqual(['你好']);
  });

  it('sends a later Enter when the candidate was picked without Enter', () => {
    vi.useFakeTimers();
    field.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    type('谢谢');
    field.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true })); // picked with a click or the space bar
    vi.advanceTimersByTime(500);
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(sent).toEqual(['谢谢']);
  });
});
