// Insert: into the box the page has now (found again each time: Mercado Libre's chat re-mounts it
// after every send), never cut to fit a box that takes fewer characters.
import { describe, expect, it } from 'vitest';
import { insertDraft } from '../../src/content/insert-draft';
import { chatBox } from '../../src/sites/mercadolibre/read-chat';
import { chatHtml } from '../fixtures/mercadolibre/sale-pages';
import { parse } from '../helpers/fixtures';

describe('Insert into a chat box', () => {
  it('finds the box again after the page replaced it', () => {
    const doc = parse(chatHtml('es-MX', 'open', 'hola'));
    expect(insertDraft(doc, chatBox, 'Hola, Luis: su pedido sale hoy.')).toBe(true);
    const fresh = doc.createElement('textarea');
    fresh.maxLength = 350;
    doc.querySelector('.message-input-box textarea')!.replaceWith(fresh);
    expect(insertDraft(doc, chatBox, 'Segundo mensaje.')).toBe(true);
    expect(fresh.value).toBe('Segundo mensaje.');
  });

  it('refuses a text over the box limit in UTF-16 units (an emoji counts two) instead of cutting it', () => {
    const doc = parse(chatHtml('es-MX', 'open', 'hola'));
    const box = chatBox(doc)!;
    const fits = `${'a'.repeat(348)}🙂`;
    expect(fits.length).toBe(350);
    expect(insertDraft(doc, chatBox, fits)).toBe(true);
    expect(insertDraft(doc, chatBox, `${fits}!`)).toBe(false);
    expect(box.value).toBe(fits);
  });

  it('inserts nothing where the thread has no box (a reason picker) or by selector where none matches', () => {
    expect(insertDraft(parse(chatHtml('es-MX', 'reason-picker', '')), chatBox, 'Hola')).toBe(false);
    expect(insertDraft(parse('<textarea></textarea>'), '#missing', 'Hola')).toBe(false);
    expect(insertDraft(parse('<textarea></textarea>'), 'textarea', 'x'.repeat(2000))).toBe(true);
  });
});
