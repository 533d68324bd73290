// Account Health's metric captions in every Seller Central language, so a row is found by what it
// says rather than by a class. Sources (../shared/research/seller-dom-wave2.md §4.1, Amazon's help
// pages): en-US/en-IN are Amazon's own i18n keys (`spd_health_cancellation_rate_caption`
// "Pre-fulfillment Cancel Rate" / "Pre-fulfilment Cancel Rate", `spd_health_late_shipment_rate_caption`
// "Late Shipment Rate" / "Late Dispatch Rate"); ja, it and the de/fr/es metric names are the names
// Amazon's help pages in those languages use; the rest are Amazon's usual translations, not seen on
// a live dashboard (the fixtures say so). A wrong guess here can only make a page unreadable,
// never misread: an unknown caption finds no row, and the reader refuses.
import type { MetricId } from '../../core/types';

export const HEALTH_LABELS: Record<
  Exclude<MetricId, 'claims-rate' | 'mediation-rate' | 'cases-closed-rate' | 'case-rate'>,
  readonly string[]
> = {
  'cancellation-rate': [
    'Pre-fulfillment Cancel Rate',
    'Pre-fulfilment Cancel Rate',
    'Cancellation Rate',
    'Stornorate vor Erfüllung',
    'Stornorate vor Versand',
    'Stornorate',
    "Taux d'annulation avant expédition",
    "Taux d'annulation avant traitement",
    "Taux d'annulations",
    'Percentuale annullamenti precedenti la spedizione',
    'Tasa de cancelación previa a la gestión',
    'Tasa de cancelación previa al envío',
    'Ratio de cancelaciones',
    'Annuleringspercentage vóór uitvoering',
    'Annuleringspercentage',
    'Wskaźnik anulowań przed realizacją',
    'Wskaźnik anulowań',
    'Annulleringsfrekvens före leverans',
    'Annulleringsfrekvens',
    'Gönderim Öncesi İptal Oranı',
    'İptal Oranı',
    'معدل الإلغاء قبل التنفيذ',
    'معدل الإلغاء',
    '出荷前キャンセル率',
    'Taxa de cancelamento pré-atendimento',
    'Taxa de cancelamento',
  ],
  'late-shipment-rate': [
    'Late Shipment Rate',
    'Late Dispatch Rate',
    'Quote verspäteter Lieferungen',
    'Rate verspäteter Lieferungen',
    "Taux d'expédition en retard",
    'Percentuale di spedizioni in ritardo',
    'Tasa de envíos con retraso',
    'Percentage te late verzendingen',
    'Wskaźnik opóźnionych wysyłek',
    'Andel sena leveranser',
    'Geç Gönderim Oranı',
    'معدل تأخر الشحن',
    '出荷遅延率',
    'Taxa de envio atrasado',
  ],
  'valid-tracking-rate': [
    'Valid Tracking Rate',
    'Rate gültiger Sendungsverfolgungsnummern',
    'Taux de suivi valide',
    'Percentuale di tracciabilità valida',
    'Tasa de seguimiento válido',
    'Percentage geldige tracking',
    'Wskaźnik prawidłowego śledzenia',
    'Andel giltig spårning',
    'Geçerli Takip Oranı',
    'معدل التتبع الصالح',
    '有効な追跡率',
    'Taxa de rastreamento válido',
  ],
  'order-defect-rate': [
    'Order Defect Rate',
    'Rate an Bestellmängeln',
    'Taux de commandes défectueuses',
    'Percentuale di ordini difettosi',
    'Tasa de pedidos defectuosos',
    'Percentage bestellingen met defecten',
    'Wskaźnik wadliwych zamówień',
    'Andel defekta beställningar',
    'Sipariş Kusur Oranı',
    'معدل عيوب الطلبات',
    '注文不良率',
    'Taxa de defeitos em pedidos',
  ],
};

/**
 * Figures on the dashboard we do not read (English captions, seller-dom.md §3): their labels bound
 * the regions of the ones we do, so an unread row's figure is never taken for ours.
 */
export const OTHER_HEALTH_LABELS: readonly string[] = [
  'On-Time Delivery Rate',
  'Account Health Rating',
  'Negative feedback',
  'A-to-z Guarantee claims',
  'Chargeback claims',
  'Customer Service Dissatisfaction Rate',
];
