// The generic reader of labelled figures, on made-up markup: what eBay, Mercado Libre and TikTok
// readers will be built on.
import { describe, expect, it } from 'vitest';
import { readLabelledFigures } from '../../src/sites/labelled-figure';
import { phraseAt, normalizeLabel } from '../../src/sites/label-match';
import { parse } from '../helpers/fixtures';

const SPECS = [
  { key: 'cancel', labels: ['Cancellation rate', 'Canceladas por ti'] },
  { key: 'late', labels: ['Late shipment rate'] },
] as const;
const read = (html: string) => readLabelledFigures(parse(`<body>${html}</body>`).body, SPECS, ['Defect rate']);

describe('labelled figures', () => {
  it('finds each figure in the region its label opens, in any listed language', () => {
    const r = read(
      '<ul><li><h4>Canceladas por ti</h4><p>1,2 %</p><p>3 de 250</p><p>Últimos 60 días</p></li><li><h4>Late shipment rate</h4><p>0.5%</p></li></ul>',
    );
    expect(r.cancel).toEqual({ kind: 'figure', rate: { value: 1.2, decimals: 1 }, counts: [3, 250], windowDays: 60 });
    expect(r.late).toMatchObject({ kind: 'figure', rate: { value: 0.5 } });
  });

  it('reads "Label: 1.92%" on one line, but never a figure before the label in its own cell', () => {
    expect(read('<div>Cancellation rate: 1.92%</div>').cancel).toMatchObject({ rate: { value: 1.92 } });
    expect(read('<div><div>98%<br>Cancellation rate</div><div>1.92%</div></div>').cancel).toMatchObject({
      rate: { value: 1.92 },
    });
  });

  it('columns in either order are the same row', () => {
    expect(
      read('<div><div>1.92%</div><div>Cancellation rate</div></div><div>Defect rate 0.1%</div>').cancel,
    ).toMatchObject({
      rate: { value: 1.92 },
    });
  });

  it("another metric's figure is never taken: a region ends where another label begins", () => {
    const r = read(
      '<div><div><span>Cancellation rate</span></div><div><span>Defect rate</span><b>0.40%</b></div></div>',
    );
    expect(r.cancel).toEqual({ kind: 'pending' });
  });

  it('two figures, a repeated label with another value, or counts that do not give the rate: ambiguous', () => {
    expect(read('<div>Cancellation rate</div><div>1.92%</div><div>0.40%</div>').cancel.kind).toBe('ambiguous');
    expect(
      read(
        '<section><div>Cancellation rate</div><div>1.92%</div></section><article><div>Cancellation rate</div><div>2.56%</div></article><p>Defect rate 1%</p>',
      ).cancel.kind,
    ).toBe('ambiguous');
    expect(read('<div>Cancellation rate</div><div>1.92%</div><div>9 of 156</div>').cancel.kind).toBe('ambiguous');
    expect(read('<div>Cancellation rate</div><div>1.92%</div><div>7 days</div><div>30 days</div>').cancel.kind).toBe(
      'ambiguous',
    );
  });

  it('N/A is no figure; dashes are not there yet; no label at all is absent', () => {
    expect(read('<div>Cancellation rate</div><div>N/A</div>').cancel).toEqual({ kind: 'none', windowDays: undefined });
    expect(read('<div>Cancellation rate</div><div>—</div>').cancel).toEqual({ kind: 'pending' });
    expect(read('<div>Something else</div><div>1.92%</div>').cancel).toEqual({ kind: 'absent' });
  });

  it('labels match by meaning: case, spacing, NBSP; never inside a longer word', () => {
    expect(read('<div>CANCELLATION\u00a0 RATE</div><div>1.92%</div>').cancel).toMatchObject({ rate: { value: 1.92 } });
    expect(phraseAt(normalizeLabel('Stornoraten'), normalizeLabel('Stornorate'))).toBe(-1);
    expect(phraseAt(normalizeLabel('出荷前キャンセル率（7日間）'), '出荷前キャンセル率')).toBe(0);
    expect(phraseAt(normalizeLabel('GÖNDERİM ÖNCESİ İPTAL ORANI'), normalizeLabel('Gönderim Öncesi İptal Oranı'))).toBe(
      0,
    );
  });
});
