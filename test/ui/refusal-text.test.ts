// A refusal reaches the seller as a sentence of the catalogue in their language, never as the
// background's developer detail.
import { describe, expect, it, vi } from 'vitest';
import { IMPORT_ISSUES, REFUSALS, type Refusal } from '../../src/messages/refusal';

vi.mock('../../src/shared/browser', () => ({ i18n: { t: () => 'de' } }));

const { loadWords } = await import('../../src/ui/t');
const { refusalText } = await import('../../src/ui/refusal-text');

const refusal = (extra: Partial<Refusal>): Refusal => ({
  ok: false,
  code: 'failed',
  error: 'TypeError: x is undefined',
  ...extra,
});

describe('refusalText', () => {
  it('words every refusal code without its developer detail', async () => {
    await loadWords('de');
    for (const code of REFUSALS) {
      const text = refusalText(refusal({ code }));
      expect(text, code).not.toMatch(/TypeError|^refusal\./);
      expect(text.length, code).toBeGreaterThan(10);
    }
    expect(refusalText(refusal({ code: 'no-answer' }))).toBe('Der Hintergrunddienst hat nicht geantwortet.');
  });

  it('says what is wrong with an import file, and where, in the seller’s language', async () => {
    await loadWords('es');
    const damaged = refusalText(
      refusal({
        code: 'import-refused',
        problem: { kind: 'damaged', where: 'orders[0].marketplace', issue: 'not-marketplace' },
      }),
    );
    expect(damaged).toBe(
      'El archivo está dañado en orders[0].marketplace: no es un mercado de esta plataforma. No se importó nada.',
    );
    expect(refusalText(refusal({ code: 'import-refused', problem: { kind: 'newer', version: 3 } }))).toContain(
      '(formato 3)',
    );
    expect(refusalText(refusal({ code: 'import-refused', problem: { kind: 'not-export' } }))).toBe(
      'Este no es un archivo de exportación de Seller Guard. No se importó nada.',
    );
    for (const issue of IMPORT_ISSUES) {
      const text = refusalText(refusal({ code: 'import-refused', problem: { kind: 'damaged', where: 'x', issue } }));
      expect(text, issue).not.toContain('import-issue.');
    }
  });
});
