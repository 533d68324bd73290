// Insert on TikTok's chat: the draft lands in the composer beside the send button, never in the
// conversation search (the page's first textarea), and nothing is sent.
import { describe, expect, it, vi } from 'vitest';
import { draftInserter } from '../../../src/content/run-guard';
import { tiktokOrderPages } from '../../../src/sites/tiktok/pages';
import { tiktokFixture } from '../../fixtures/tiktok';

const chat = tiktokOrderPages.find((t) => t.page === 'messages')!;

describe('Insert into TikTok Shop chat', () => {
  it.each(['chat-us', 'chat-vn-editable'])('%s: fills the composer, leaves the search box, sends nothing', (name) => {
    const page = new DOMParser().parseFromString(tiktokFixture(name).html(), 'text/html');
    document.body.replaceChildren(...[...page.body.childNodes].map((n) => document.importNode(n, true)));
    const send = vi.fn();
    document.getElementById('chat-input-send-button')!.addEventListener('click', send);
    const input = vi.fn();
    document.addEventListener('input', input);
    const reply = draftInserter(document, () => chat)({ type: 'bg/insert-draft', text: 'Hello, about your order…' });
    expect(reply).toEqual({ ok: true, inserted: true });
    const box = document.querySelector<HTMLElement>('.chat-input textarea, .chat-input [contenteditable]')!;
    expect(box instanceof HTMLTextAreaElement ? box.value : box.textContent).toBe('Hello, about your order…');
    expect(document.querySelector<HTMLTextAreaElement>('.conversation-search')!.value).toBe('');
    expect(input).toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
    document.removeEventListener('input', input);
  });

  it('says it could not when two boxes could be the composer', () => {
    document.body.innerHTML =
      '<div><textarea></textarea><textarea></textarea><button id="chat-input-send-button"></button></div>';
    expect(draftInserter(document, () => chat)({ type: 'bg/insert-draft', text: 'x' })).toEqual({
      ok: true,
      inserted: false,
    });
    expect([...document.querySelectorAll('textarea')].map((t) => t.value)).toEqual(['', '']);
  });
});
