import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChatClient } from '../chat/chat-client.js';
import { KnowledgePanel } from './knowledge-panel.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('KnowledgePanel search field', () => {
  afterEach(cleanup);

  it('does not search the pinyin of a composition, and searches the committed Chinese once it ends', async () => {
    const command = vi.fn(async () => ({ ok: true as const, data: [] }));
    render(<KnowledgePanel client={{ command } as unknown as ChatClient} locale="zh-CN" onClose={() => undefined} />);
    const field = screen.getByRole('searchbox') as HTMLInputElement;

    // The events an input method really fires, by name (see Composer.test.tsx).
    field.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    fireEvent.input(field, { target: { value: 'tui' } });
    fireEvent.input(field, { target: { value: 'tuikuan' } });
    await pause(350);
    expect(command).not.toHaveBeenCalled();

    field.value = '退款';
    field.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '退款' }));
    await pause(350);
    expect(command).toHaveBeenCalledTimes(1);
    expect(command).toHaveBeenCalledWith('kb:search', { query: '退款', locale: 'zh-CN', limit: 8 });
  });
});
