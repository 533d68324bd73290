// The Performance page's "Seller level" box, per site language: its labels and the level names.
// English is GLDN-Ops' live-tested wording (id54488291450, 2026-07-27); German from eBay.de's help
// (Servicestatus, Top-Bewertung, Überdurchschnittlich, Unterdurchschnittlich, Mängelquote, "Fälle, die
// ohne Klärung durch den Verkäufer geschlossen wurden"); ebay.ca's French from eBay's French-Canadian
// seller pages (pages.cafr.ebay.ca: "taux d'insatisfaction", "litiges clos sans action du vendeur",
// "Vendeur émérite"); "Venditore Affidabilità Top" from ebay.it's help (id 4231); the rest of French,
// Italian and Spanish is ASSUMED.
// An unknown label finds no row and the reader refuses: a wrong guess never misreads.
import { normalizeLabel } from '../label-match';

export type SellerLevel = 'top-rated' | 'above-standard' | 'below-standard';
/** The page's "not evaluated yet" (a new seller): a statement, not a level. */
export type LevelStatement = SellerLevel | 'not-evaluated';

export type LevelField = 'current' | 'projected' | 'next';
export type RateField = 'defects' | 'late' | 'tracking' | 'cases';

export const LEVEL_LABELS: Record<LevelField, readonly string[]> = {
  current: [
    'Current seller level',
    'Aktueller Servicestatus',
    'Niveau vendeur actuel',
    'Livello venditore attuale',
    'Nivel de vendedor actual',
  ],
  projected: [
    'If we evaluated you today',
    'Wenn wir Sie heute bewerten würden',
    "Si nous vous évaluions aujourd'hui",
    'Se ti valutassimo oggi',
    'Si te evaluáramos hoy',
  ],
  next: ['Next evaluation', 'Nächste Bewertung', 'Prochaine évaluation', 'Prossima valutazione', 'Próxima evaluación'],
};

export const RATE_LABELS: Record<RateField, readonly string[]> = {
  defects: [
    'Transaction defect rate',
    'Mängelquote',
    'Taux de transactions avec défaut',
    "Taux d'insatisfaction",
    'Tasso di transazioni con difetti',
    'Tasa de transacciones con defectos',
  ],
  late: [
    'Late shipment rate',
    'Late dispatch rate',
    'Quote nicht fristgemäß verschickter Artikel',
    "Taux d'expéditions en retard",
    'Tasso di spedizioni in ritardo',
    'Tasa de envíos con retraso',
  ],
  tracking: [
    'Tracking uploaded on time and validated',
    'Sendungsnummer fristgerecht hochgeladen und bestätigt',
    'Suivi fourni dans les délais et validé',
    'Tracciamento caricato in tempo e convalidato',
    'Seguimiento subido a tiempo y validado',
  ],
  cases: [
    'Cases closed without seller resolution',
    'Fälle, die ohne Klärung durch den Verkäufer geschlossen wurden',
    'Litiges clos sans résolution par le vendeur',
    'Litiges clos sans action du vendeur',
    'Casi chiusi senza risoluzione da parte del venditore',
    'Casos cerrados sin solución del vendedor',
  ],
};

const LEVEL_WORDS: [LevelStatement, string[]][] = [
  [
    'top-rated',
    [
      'Top Rated',
      'Top Rated Plus',
      'Top-Bewertung',
      'Top-bewerteter Verkäufer',
      'Top Fiabilité',
      'Vendeur Top Fiabilité',
      'Vendeur émérite',
      'Venditore Affidabilità Top',
      'Vendedor Top',
    ],
  ],
  [
    'above-standard',
    ['Above Standard', 'Überdurchschnittlich', 'Supérieur au standard', 'Sopra lo standard', 'Por encima del estándar'],
  ],
  [
    'below-standard',
    [
      'Below Standard',
      'Unterdurchschnittlich',
      'Inférieur au standard',
      'Sotto lo standard',
      'Por debajo del estándar',
    ],
  ],
  [
    'not-evaluated',
    ['Not yet evaluated', 'Noch nicht bewertet', 'Pas encore évalué', 'Non ancora valutato', 'Aún sin evaluar'],
  ],
];

const BY_WORDS = new Map(
  LEVEL_WORDS.flatMap(([level, words]) => words.map((w) => [normalizeLabel(w), level] as const)),
);

/** A whole line that names a level; undefined for any other line. */
export function levelStatement(text: string): LevelStatement | undefined {
  return BY_WORDS.get(normalizeLabel(text));
}
