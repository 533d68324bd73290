import type { Catalogue } from './en';
import { bannerDe } from './banner/de';
import { firstRunDe } from './first-run/de';

export const de: Catalogue = {
  ...bannerDe,
  ...firstRunDe,
  extName: 'Seller Guard',
  extDescription:
    'Warnt Marktplatz-Verkäufer, bevor eine Stornierung ihrem Konto schadet, und schlägt den Weg vor, der nicht zählt.',
  actionTitle: 'Seller Guard: Risiko und Antworten zu dieser Bestellung',

  'level.ok': 'OK',
  'level.near': 'Nahe am Limit',
  'level.over': 'Über dem Limit',
  'level.unknown': 'Noch keine Kennzahl',
  'level.none': 'Kein Stornolimit',

  'banner.reading': 'Seite wird gelesen…',
  'banner.open-popup': 'Antworten & Schritte…',
  'banner.failed': 'Seller Guard konnte diese Seite nicht lesen und zeigt daher hier keine Zahlen.',
  'banner.not-saved':
    'Seller Guard hat diese Seite gelesen, konnte sie aber nicht speichern, und zeigt daher keine Kennzahlen.',
  'banner.no-answer':
    'Der Hintergrunddienst hat nicht geantwortet; laden Sie die Seite neu, um es erneut zu versuchen.',
  'banner.counts-for-reputation': 'Zählt für Ihre Reputation',
  'banner.thread-empty':
    'In diesem Gespräch gibt es noch keine Nachricht: Mercado Libre lässt Sie es nur über die Wahl eines Grundes beginnen, daher wartet „In die Seite einfügen“, bis es ein Nachrichtenfeld gibt.',
  'banner.thread-blocked':
    'Dieses Gespräch nimmt keine neuen Nachrichten mehr an (30 Tage ohne Nachricht oder vom Käufer gesperrt), daher ist „In die Seite einfügen“ aus.',
  'storage.full':
    'Der Speicher dieses Computers für Seller Guard ist voll. Geben Sie Speicherplatz frei oder löschen Sie alte Einträge in den Einstellungen von Seller Guard.',
  'storage.failed': 'Speichern ist fehlgeschlagen; bei der nächsten Änderung der Seite wird es erneut versucht.',

  'read-failure.layout-unknown': 'Den Aufbau dieser Seite kennt Seller Guard noch nicht.',
  'read-failure.figure-missing': 'Die Kennzahl, die Seller Guard sucht, steht nicht auf dieser Seite.',
  'read-failure.figures-disagree': 'Die Zahlen auf der Seite widersprechen sich, daher wird keine angezeigt.',
  'read-failure.status-unknown': 'Den Status einer Bestellung kennt Seller Guard nicht.',
  'read-failure.id-invalid': 'Eine Bestellnummer sieht nicht aus wie die dieser Plattform.',
  'read-failure.order-mismatch': 'Die angezeigte Bestellung ist nicht die aus der Adresszeile.',
  'read-failure.rows-unreadable': 'Die Bestellzeilen konnten nicht gelesen werden.',
  'read-failure.page-data-invalid': 'Die eigenen Daten der Seite haben nicht die erwartete Form.',
  'read-failure.reader-error': 'Beim Lesen dieser Seite ist ein Fehler aufgetreten.',
  'read-failure.page-not-ready':
    'Diese Seite baut ihre Zahlen noch auf; Seller Guard hat gewartet, aber sie sind nicht erschienen.',

  'metric.cancellation-rate': 'Stornorate',
  'metric.transaction-defect-rate': 'Transaktionsfehlerquote',
  'metric.cancelled-by-you': 'Von Ihnen storniert',
  'metric.seller-fault-cancellation-rate': 'Stornorate durch Verkäuferverschulden',
  'metric-inline.cancellation-rate': 'Stornorate',
  'metric-inline.transaction-defect-rate': 'Transaktionsfehlerquote',
  'metric-inline.cancelled-by-you': 'Quote „Von Ihnen storniert“',
  'metric-inline.seller-fault-cancellation-rate': 'Stornorate durch Verkäuferverschulden',
  'effect-metric.cancellations': 'Stornierungen',
  'effect-metric.claims': 'Reklamationen',
  'effect-metric.listing': 'Angebot',
  'flow.generic': 'die Stornierungsanfrage der Plattform',
  'flow.amazon': 'Meine Bestellungen › Stornierung anfordern',
  'flow.ebay': 'Kaufhistorie › Bestellung stornieren',
  'flow.aliexpress': 'Bestellung › Stornierung beantragen',
  'flow.mercadolibre': 'Mis compras › Cancelar compra',
  'flow.tiktok': 'Bestellung › Bestellung stornieren',
  'escalation.amazon': 'A-bis-z-Garantieantrag',
  'escalation.etsy': 'Etsy-Fall',
  'escalation.aliexpress': 'AliExpress-Streitfall',
  'escalation.ebay': 'eBay-Käuferschutzfall',
  'escalation.mercadolibre': 'Mercado-Libre-Schlichtung',
  'escalation.tiktok': 'TikTok-Shop-Einspruch',

  'guard.headline': '{metric} {rate, percent} ({counted} von {total}), Limit {limit, percent} in {days} Tagen.',
  'guard.headline-rate': '{metric} {rate, percent}, Limit {limit, percent} in {days} Tagen.',
  'guard.no-figure-platform': '{platform}: noch keine Kennzahl.',
  'guard.no-rate': 'Keine Quote für eine Vorschau.',
  'guard.no-figure':
    'Noch keine Kennzahl zur {metric}: Öffnen Sie die Seite zum Kontozustand, damit Seller Guard die Kennzahl der Plattform lesen kann.',
  'guard.few-orders': {
    plural: 'seen',
    one: 'Noch keine Kennzahl zur {metric} (erst {seen} Bestellung der letzten {days} Tage gesehen): Öffnen Sie die Seite zum Kontozustand, damit Seller Guard die Kennzahl der Plattform lesen kann.',
    other:
      'Noch keine Kennzahl zur {metric} (erst {seen} Bestellungen der letzten {days} Tage gesehen): Öffnen Sie die Seite zum Kontozustand, damit Seller Guard die Kennzahl der Plattform lesen kann.',
  },
  'guard.cannot-compute': 'Die Quote lässt sich nicht berechnen: {why}.',
  'guard.rate-only': 'Die Plattform zeigte die Quote ohne Bestellzahlen, daher ist keine Vorschau möglich.',
  'guard.no-metric.etsy':
    'Etsy veröffentlicht kein Limit für Stornierungen; sie wirken über Bewertungen, Fälle und die Kundenservice-Standards.',
  'guard.no-metric.aliexpress':
    'AliExpress veröffentlicht keinen Grenzwert für Nichterfüllung; vom Verkäufer verschuldete Stornierungen zählen trotzdem über 7 und 30 Tage als „nicht verkauft“.',
  'guard.headroom-none': 'In diesem Zeitraum passt keine weitere Verkäuferstornierung unter {limit, percent}.',
  'guard.headroom': {
    plural: 'left',
    one: 'In diesem Zeitraum passt noch {left} Verkäuferstornierung unter {limit, percent}.',
    other: 'In diesem Zeitraum passen noch {left} Verkäuferstornierungen unter {limit, percent}.',
  },
  'guard.small-shop':
    'Bei {total} Bestellungen im Zeitraum macht eine einzige Verkäuferstornierung schon {one, percent} aus.',
  'guard.relief': 'Die älteste gezählte Stornierung, die wir gesehen haben, fällt am {at, date} aus dem Zeitraum.',
  'guard.observed-only':
    'Nur aus den hier gesehenen Bestellungen berechnet; öffnen Sie den Kontozustand für die Kennzahl der Plattform.',
  'guard.other-window': 'Über {days} Tage: {rate, percent} (Limit {limit, percent}).',
  'guard.other-window-unknown': 'Über {days} Tage: noch keine Kennzahl.',
  'guard.window-unverified':
    'Die Plattform nennt diesen Zeitraum von {days} Tagen nicht selbst; er stammt aus Berichten Dritter.',
  'guard.shipped':
    'Bereits versandt: Wird die Bestellung jetzt nicht zugestellt, ist das eine Erstattung oder Rücksendung, keine Stornierung.',
  'guard.buyer-request-free':
    'Dieser Käufer hat die Stornierungsanfrage von {platform} genutzt: Mit dem Grund {reason} zählt die Stornierung nicht.',
  'guard.consecutive': {
    plural: 'recent',
    one: 'Sie haben in den letzten {days} Tagen schon {recent} Bestellung selbst storniert: {count} Verkäuferstornierungen hintereinander können zur Entfernung des Angebots führen.',
    other:
      'Sie haben in den letzten {days} Tagen schon {recent} Bestellungen selbst storniert: {count} Verkäuferstornierungen hintereinander können zur Entfernung des Angebots führen.',
  },
  'guard.self-cancel': {
    plural: 'left',
    one: 'Noch {left} Minute kann der Käufer diese Bestellung selbst unter {flow} stornieren, und das zählt nicht ({sure}).',
    other:
      'Noch {left} Minuten kann der Käufer diese Bestellung selbst unter {flow} stornieren, und das zählt nicht ({sure}).',
  },
  'guard.answer-request': 'Beantworten Sie die Anfrage des Käufers {within} ({sure}).',
  'guard.repeat-buyer': {
    plural: 'count',
    one: 'Dieser Käufer hat {count} weitere Bestellung, die storniert, erstattet oder reklamiert wurde.',
    other: 'Dieser Käufer hat {count} weitere Bestellungen, die storniert, erstattet oder reklamiert wurden.',
  },
  'projection.over':
    'Diese Bestellung selbst stornieren: {from, percent} → {to, percent} (über {limit, percent} bei {counted} von {total})',
  'projection.under':
    'Diese Bestellung selbst stornieren: {from, percent} → {to, percent} (weiter unter {limit, percent})',
  'count.platform-fulfilled': 'Bestellungen, die die Plattform versendet, zählen nicht zur {metric}.',
  'count.asked-via-platform':
    'Der Käufer hat über die eigene Anfrage von {platform} gebeten: Mit dem Grund {reason} zählt die Stornierung nicht.',
  'count.asked-via-message':
    'Der Käufer hat per Nachricht gebeten: Mit dem Grund {reason} zählt die Stornierung nicht.',
  'count.buyer-reason-misused': 'Der Grund {reason} ohne gespeicherte Käuferanfrage zählt trotzdem.',
  'count.message-only': 'Eine Bitte nur per Nachricht ist nicht der Weg der Plattform: Diese Stornierung zählt.',
  'count.seller': 'Eine Verkäuferstornierung zählt zur {metric}.',
  'hint.never-ask':
    '{platform} verbietet, den Käufer um eine Stornierung zu bitten: Fragt er selbst, stornieren Sie mit dem Grund {reason} und bewahren Sie den Chat auf.',
  'hint.ask-not-out-of-stock':
    'Möchte der Käufer stornieren, bitten Sie ihn, {flow} zu nutzen: Dann zählt es nicht. Nie bei fehlendem Bestand: Das stornieren Sie selbst mit dem Grund {reason}.',
  'hint.ask': 'Möchte der Käufer stornieren, bitten Sie ihn, {flow} zu nutzen.',
  'input.no-time': 'keine gültige aktuelle Uhrzeit',
  'input.unknown-platform': 'unbekannte Plattform {platform}',
  'input.rate-not-percent': 'die Quote {rate} ist kein Prozentwert',
  'input.counts-not-whole': 'die Bestellzahlen sind keine ganzen Zahlen',
  'input.counted-over-total': '{counted} von {total} ist mehr als alle Bestellungen',
  'input.snapshot-no-time': 'die Kennzahl hat keine gültige Lesezeit',
  'input.margin-range': 'die Warnschwelle muss zwischen 0 und 100 % des Limits liegen',
  'input.threshold-range': 'das eingestellte Limit muss ein Prozentwert über 0 sein',
  'input.window-range': 'der eingestellte Zeitraum muss 1 bis 400 ganze Tage umfassen',
  'duplicate.summary': {
    plural: 'count',
    one: '{count} Bestellung auf dieser Seite sieht wie ein Duplikat aus; sie ist in der Liste markiert.',
    other: '{count} Bestellungen auf dieser Seite sehen wie Duplikate aus; sie sind in der Liste markiert.',
  },
  'duplicate.flag':
    'Mögliches Duplikat: {buyer} hat {count} Bestellungen für denselben Artikel innerhalb von {hours} Std. aufgegeben.',
  'guard.auto-cancel-soon': {
    plural: 'count',
    one: '{platform} storniert {count} Bestellung auf dieser Seite innerhalb von 24 Std. von selbst, wenn Sie nicht handeln; sie ist in der Liste markiert.',
    other:
      '{platform} storniert {count} Bestellungen auf dieser Seite innerhalb von 24 Std. von selbst, wenn Sie nicht handeln; sie sind in der Liste markiert.',
  },
  'guard.auto-cancel-flag':
    '{platform} storniert diese Bestellung am {at, datetime} von selbst, wenn Sie nicht handeln.',
  'guard.decline-by-tracking-soon': {
    plural: 'count',
    one: 'Versendet, aber die Stornierungsanfrage des Käufers ist noch offen: Lehnen Sie {count} Anfrage auf dieser Seite ab, indem Sie in {platform} die Sendungsnummer hochladen; sie ist in der Liste markiert.',
    other:
      'Versendet, aber die Stornierungsanfragen der Käufer sind noch offen: Lehnen Sie {count} Anfragen auf dieser Seite ab, indem Sie in {platform} die Sendungsnummern hochladen; sie sind in der Liste markiert.',
  },
  'guard.decline-by-tracking-flag':
    'Versendet, Stornierung angefragt: Mit der Sendungsnummer in {platform} lehnen Sie die Anfrage ab.',
  'guard.decline-by-tracking-flag-by':
    'Versendet, Stornierung angefragt: Laden Sie die Sendungsnummer vor {at, datetime} hoch, sonst genehmigt {platform} die Anfrage.',
  'cancel-warning.no-request':
    'Für diese Bestellung ist keine Käuferanfrage gespeichert: Der Grund {reason} zählt trotzdem zu Ihrer Stornorate.',
  'cancel-warning.pick-buyer-reason':
    'Der Käufer hat diese Stornierung angefragt: Wählen Sie {reason}, damit sie nicht zählt.',

  'advice.confirm': 'Der Käufer hat über {flow} angefragt: Stornieren Sie mit dem Grund {reason}.',
  'advice.confirm-within':
    'Der Käufer hat über {flow} angefragt: Stornieren Sie mit dem Grund {reason} und beantworten Sie die Anfrage {within}.',
  'advice.ask': 'Bitten Sie den Käufer, {flow} zu nutzen; eine dort angefragte Stornierung zählt nicht gegen Sie.',
  'advice.ask-self-cancel': {
    plural: 'left',
    one: 'Noch {left} Minute kann der Käufer diese Bestellung selbst stornieren; danach zählt eine über {flow} angefragte Stornierung ebenfalls nicht gegen Sie.',
    other:
      'Noch {left} Minuten kann der Käufer diese Bestellung selbst stornieren; danach zählt eine über {flow} angefragte Stornierung ebenfalls nicht gegen Sie.',
  },
  'advice.cancel-buyer-reason': 'Stornieren Sie selbst mit dem Grund {reason}.',
  'advice.cancel-no-ask':
    '{platform} verbietet, den Käufer um eine Stornierung zu bitten: Stornieren Sie mit dem Grund des Käufers und bewahren Sie den Chat als Nachweis auf.',
  'advice.keep-chat':
    'Bewahren Sie den Chat auf, in dem der Käufer gefragt hat: {platform} braucht ihn, um die Stornierung als vom Käufer gewünscht zu werten.',
  'advice.cancel-uncounted':
    'Stornieren Sie mit dem Grund {reason}: {platform} zählt eine vom Käufer gewünschte Stornierung nicht.',
  'advice.cancel-seller-only':
    'Auf {platform} kann nur der Verkäufer stornieren: Stornieren Sie mit „Käufer hat angefragt“ und voller Erstattung.',
  'advice.check-duplicates':
    'Fragen Sie beim Käufer nach, bevor Sie etwas ändern: Waren die wiederholten Bestellungen gewollt?',
  'advice.cancel-out-of-stock':
    'Stornieren Sie selbst mit dem Grund {reason}, nennen Sie dem Käufer den Grund und erstatten Sie alles.',
  'advice.offer-similar':
    'Ist ein ähnlicher Artikel vorrätig, bieten Sie ihn vor der Stornierung an: Ein gehaltener Verkauf ist eine vermiedene Stornierung.',
  'advice.order-address-only': '{platform} verlangt, nur an die Adresse der Bestellung zu versenden.',
  'advice.ask-reorder':
    'Braucht der Käufer eine andere Adresse, fragt er die Stornierung an und bestellt neu: Das zählt nicht.',
  'advice.update-address':
    'Noch nicht versandt: Lassen Sie sich die neue Adresse in den Nachrichten der Plattform bestätigen und ändern Sie sie vor dem Versand.',
  'advice.ship-to-order-address':
    'Lässt sich die Änderung nicht in der Bestellung erfassen, versenden Sie an die Adresse der Bestellung.',
  'advice.remind-payment': 'Erinnern Sie den Käufer an die Zahlung, bevor Sie stornieren.',
  'advice.cancel-unpaid': 'Stornieren Sie mit „Käufer hat nicht bezahlt“, sobald die gesetzte Frist vorbei ist.',
  'advice.hold-for-fraud':
    'Noch nicht versenden: Bewahren Sie Bestelldaten, Nachrichten und jede Unstimmigkeit auf, die Ihnen aufgefallen ist.',
  'advice.report-fraud': 'Melden Sie es {platform} und warten Sie die Antwort ab, bevor Sie versenden oder stornieren.',
  'advice.answer-claim':
    'Der Käufer hat eine Reklamation eröffnet ({escalation}): Antworten Sie dort fristgerecht mit Ihren Nachweisen.',
  'advice.evidence-not-received': 'Sammeln Sie Sendungsverfolgung, Scans des Versanddienstes und Ihre Nachrichten.',
  'advice.tracking-not-due':
    'Das Lieferdatum ist noch nicht erreicht: Teilen Sie die Sendungsverfolgung und beruhigen Sie den Käufer.',
  'advice.refund-overdue':
    'Das Lieferdatum ist überschritten: Erstatten Sie (oder senden Sie neu), bevor der Käufer eine Reklamation eröffnet; eine danach erstattete Reklamation zählt trotzdem.',
  'advice.replacement-if-wanted': 'Oder senden Sie Ersatz, wenn der Käufer den Artikel noch möchte.',
  'advice.tracking-share': 'Teilen Sie, was der Versanddienst anzeigt, damit der Käufer weiß, wo die Sendung ist.',
  'advice.evidence-photos': 'Bitten Sie um Fotos; bewahren Sie Screenshots des Angebots und die Nachrichten auf.',
  'advice.replacement': 'Senden Sie Ersatz: Der Käufer bekommt, wofür er bezahlt hat, und nichts eskaliert.',
  'advice.refund-before-claim': 'Oder erstatten Sie jetzt, bevor eine Reklamation eröffnet wird.',
  'advice.partial-refund': 'Behält der Käufer den Artikel gern, regelt eine Teilerstattung die Sache.',
  'advice.ask-photo': 'Bitten Sie um ein Foto des Schadens oder der Abweichung.',
  'advice.redirect-parcel': 'Bereits versandt: Bitten Sie den Versanddienst, das Paket umzuleiten oder zurückzusenden.',
  'advice.keep-delivery-proof': 'Bewahren Sie Sendungsverfolgung und Zustellnachweis auf.',
  'advice.decline-late':
    'Die Zustellung liegt mehr als {days} Tage zurück, außerhalb Ihrer Rückgabefrist: Lehnen Sie höflich ab und nennen Sie den Grund.',
  'advice.store-credit': 'Ihr Shop bietet Guthaben an: eine Geste des Entgegenkommens, die den Käufer hält.',
  'advice.offer-return':
    'Die Bestellung ist versandt und lässt sich nicht mehr stornieren: Bieten Sie eine Rücksendung nach Ihren Bedingungen an.',
  'advice.intercept-before-delivery': 'Oder lassen Sie die Sendung vor der Zustellung vom Versanddienst zurücksenden.',
  'advice.decline-shipped':
    'Erklären Sie freundlich, dass versandte Bestellungen zurückgesendet und nicht storniert werden.',
  'advice.ask-why-cancelled':
    'Die Bestellung ist abgeschlossen. Eine kurze, neutrale Frage nach dem Grund der Stornierung hilft Ihnen, die Ursache zu beheben; keine Bitte um Bewertung, und nur einmal.',
  'effect.no-cancellation': 'Es wird nichts storniert.',
  'effect.refund-after-claim': 'Eine Erstattung nach eröffneter Reklamation zählt trotzdem als Mangel.',
  'effect.resolve-before-claim': 'Eine Lösung vor einer Reklamation hält sie aus Ihrer Mängelquote heraus.',
  'effect.projected': '{why} {from, percent} → {to, percent} (Limit {limit, percent}).',

  'lint.links': 'Links sind in diesen Nachrichten nicht erlaubt.',
  'lint-fix.links': 'Entfernen Sie den Link; beschreiben Sie stattdessen in Worten, wo man klickt.',
  'lint.email': 'E-Mail-Adressen sind nicht erlaubt.',
  'lint-fix.email': 'Entfernen Sie die E-Mail-Adresse; bleiben Sie in den Nachrichten der Plattform.',
  'lint.phone': 'Telefonnummern sind nicht erlaubt.',
  'lint-fix.phone': 'Entfernen Sie die Telefonnummer.',
  'lint.emoji': 'Emojis sind nicht erlaubt.',
  'lint-fix.emoji': 'Entfernen Sie das Emoji.',
  'lint.marketing': 'Werbung oder Aktionen sind hier nicht erlaubt.',
  'lint-fix.marketing': 'Entfernen Sie das Angebot oder den Rabatthinweis.',
  'lint.review-request': 'Bitten Sie in dieser Nachricht nicht um eine Bewertung oder Feedback.',
  'lint-fix.review-request': 'Entfernen Sie die Bitte um Bewertung.',
  'lint.off-platform': 'Kontakt oder Zahlung außerhalb der Plattform ist nicht erlaubt.',
  'lint-fix.off-platform': 'Entfernen Sie den Namen der fremden App oder Zahlungsart.',
  'lint.ask-buyer-to-cancel': 'Diese Plattform verbietet, den Käufer um eine Stornierung zu bitten.',
  'lint-fix.ask-buyer-to-cancel':
    'Schreiben Sie, dass Sie storniert haben (oder versenden werden), statt den Käufer um eine Stornierung zu bitten.',
  'lint.max-length': '{platform} erlaubt {max} Zeichen; dieser Entwurf hat {length}.',
  'lint-fix.max-length': 'Kürzen Sie die Nachricht.',
  'lint.order-id': 'Nennen Sie die Bestellnummer in der Nachricht.',
  'lint-fix.order-id': 'Fügen Sie {orderId} hinzu.',
  'draft-note.reply-within': '{platform} erwartet eine Antwort auf Käufernachrichten {within} ({sure}).',
  'draft-note.max-length': 'Nachrichten auf {platform} haben höchstens {max} Zeichen.',

  'status.unpaid': 'Zahlung ausstehend',
  'status.unshipped': 'Noch nicht versandt',
  'status.shipped': 'Versandt',
  'status.delivered': 'Zugestellt',
  'status.cancelled': 'Storniert',
  'status.unknown': 'Unbekannt',
  'situation.changed-mind': 'Meinung geändert',
  'situation.duplicate-order': 'Doppelte Bestellung',
  'situation.out-of-stock': 'Nicht vorrätig',
  'situation.address-change': 'Adressänderung',
  'situation.not-received': 'Nicht erhalten',
  'situation.damaged': 'Beschädigt',
  'situation.not-as-described': 'Nicht wie beschrieben',
  'situation.payment-problem': 'Zahlungsproblem',
  'situation.suspected-fraud': 'Betrugsverdacht',
  'situation.late-cancellation': 'Späte Stornierung',
  'asked.platform-request': 'Über die Plattform',
  'asked.message': 'Per Nachricht',
  'asked.seller': 'Niemand: meine Idee',
  'action.confirm-buyer-cancellation': 'Stornierung des Käufers bestätigen',
  'action.ask-buyer-to-request-cancellation': 'Käufer bitten, die Stornierung anzufragen',
  'action.cancel': 'Bestellung stornieren',
  'action.decline-cancellation': 'Höflich ablehnen',
  'action.offer-return': 'Rücksendung anbieten',
  'action.refund': 'Erstatten',
  'action.partial-refund': 'Teilerstattung',
  'action.replacement': 'Ersatz senden',
  'action.store-credit': 'Guthaben anbieten',
  'action.update-address': 'Adresse ändern',
  'action.ship-to-order-address': 'An die Bestelladresse senden',
  'action.intercept-shipment': 'Sendung abfangen',
  'action.provide-tracking': 'Sendungsverfolgung teilen',
  'action.gather-evidence': 'Nachweise sammeln',
  'action.escalate-to-platform': 'Reklamation bei der Plattform beantworten',
  'action.contact-buyer': 'Käufer kontaktieren',
  'action.ask-why-cancelled': 'Nach dem Stornogrund fragen',
  'event.order-seen': 'Bestellung gesehen',
  'event.status-changed': 'Status geändert',
  'event.cancellation': 'Stornierung',
  'event.cancel-request-seen': 'Stornierungsanfrage des Käufers',
  'event.refund': 'Erstattung',
  'event.return-requested': 'Rücksendung angefragt',
  'event.dispute-opened': 'Streitfall eröffnet',
  'event.address-changed': 'Adresse geändert',
  'event.draft-used': 'Entwurf verwendet',
  'event.advice-given': 'Rat angezeigt',
  'event.advice-outcome': 'Rat befolgt?',
  'outcome.counted': 'zählte zur Quote',
  'outcome.not-counted': 'zählte nicht',
  'outcome.followed': 'Rat befolgt',
  'outcome.not-followed': 'Rat nicht befolgt',

  'common.loading': 'Wird geladen…',
  'common.saved': 'Gespeichert.',
  'common.not-saved': 'Nicht gespeichert: {why}',
  'common.yes': 'ja',
  'common.no': 'nein',
  'common.none': '—',
  'common.history': 'Verlauf',
  'common.settings': 'Einstellungen',

  'popup.no-tab': 'Kein Tab zum Ansehen.',
  'popup.open-seller-page':
    'Öffnen Sie eine Bestellung, die Bestellliste oder den Kontozustand in Amazon Seller Central, bei Etsy oder AliExpress: Seller Guard liest sie dort.',
  'popup.could-not-read': 'Seller Guard konnte diese Seite nicht lesen und zeigt daher keine Zahlen dazu.',
  'popup.advice-failed':
    'Die Empfehlungen konnten nicht geladen werden: Schließen Sie das Fenster und öffnen Sie es erneut.',
  'order.title': 'Bestellung {id}',
  'order.buyer': 'Käufer',
  'order.status': 'Status',
  'order.ordered': 'Bestellt',
  'order.ship-by': 'Versand bis',
  'order.item': '{quantity} × {title}',
  'order.buyer-asked': 'Der Käufer hat die Stornierung über die Plattform angefragt.',
  'order.buyer-asked-why': 'Der Käufer hat die Stornierung über die Plattform angefragt: {reason}',
  'order.history': 'Verlauf dieser Bestellung',
  'gauge.label': 'Stornowächter',
  'gauge.now': 'Jetzt',
  'gauge.limit': 'Limit',
  'gauge.if-you-cancel': 'nach Stornierung',
  'situation.heading': 'Was ist passiert?',
  'asked.heading': 'Wie hat der Käufer gefragt?',
  'actions.heading': 'Vorgeschlagene Schritte',
  'actions.none': 'Für diese Bestellung ist in dieser Lage nichts zu tun.',
  'actions.reason-code': '(Grund {reason})',
  'actions.rule': 'Regel: {rule}',
  'actions.effect': '{metric}: {detail}',
  'draft.heading': 'Nachricht an den Käufer',
  'draft.language': 'Sprache',
  'draft.label': 'Nachrichtenentwurf',
  'draft.template': 'Vorlage',
  'draft.built-in': 'Mitgeliefert',
  'draft.own-template': '{title} ({lang})',
  'draft.insert': 'In die Seite einfügen',
  'draft.copy': 'Kopieren',
  'draft.not-saved': 'Der Entwurf konnte nicht gespeichert werden.',
  'draft.copied': 'Kopiert.',
  'draft.inserted': 'In das Nachrichtenfeld eingefügt. Prüfen Sie sie dort und senden Sie sie selbst.',
  'draft.no-box.amazon':
    'Kein Nachrichtenfeld auf dieser Seite: Öffnen Sie die Bestellung, klicken Sie auf den Namen des Käufers („Käufer kontaktieren“) und dann erneut auf Einfügen.',
  'draft.no-box.etsy':
    'Kein Nachrichtenfeld auf dieser Seite: Öffnen Sie die Unterhaltung mit dem Käufer unter Nachrichten und klicken Sie erneut auf Einfügen.',
  'draft.no-box.aliexpress':
    'Kein Nachrichtenfeld auf dieser Seite: Öffnen Sie die Bestelldetails und deren Nachrichtenbereich und klicken Sie erneut auf Einfügen.',
  'draft.no-box': 'Kein Nachrichtenfeld auf dieser Seite.',
  'draft.no-message-needed': 'Für diesen Schritt ist keine Nachricht an den Käufer nötig.',
  'draft.loading': 'Entwurf wird geladen…',
  'draft.rules': 'Nachrichtenregeln',
  'draft.uses': 'Für diese Bestellung verwendet: {count}',
  'draft.use': '{at, datetime} · {how} · {lang}',
  'draft.how.inserted': 'eingefügt',
  'draft.how.copied': 'kopiert',

  'options.title': 'Einstellungen von Seller Guard',
  'options.your-data': 'Ihre Daten',
  'options.data-statement':
    'Seller Guard speichert, was es auf Ihren Verkäuferseiten liest (Bestellungen, Ihre Kennzahlen der Plattform, gesehene Stornierungen, Entwürfe), nur in diesem Browser. Nichts verlässt diesen Computer: Die Erweiterung stellt keine Netzwerkanfragen.',
  'options.store-counts': '{orders} Bestellungen, {figures} Plattform-Kennzahlen, {events} Ereignisse gespeichert.',
  'options.delete-everything': 'Alles löschen…',
  'options.confirm-delete':
    'Alle Bestellungen, Kennzahlen, Ereignisse und Entwürfe löschen, die Seller Guard auf diesem Computer gespeichert hat?',
  'options.deleted': 'Alles wurde gelöscht.',
  'options.could-not-delete': 'Löschen nicht möglich: {why}',
  'options.could-not-read-data': 'Die lokalen Daten konnten nicht gelesen werden: {why}',
  'options.loading': 'Einstellungen werden geladen…',
  'options.save': 'Einstellungen speichern',
  'policy.heading': 'Ihre Shop-Richtlinien',
  'policy.cancel-window': 'Stornofrist (Stunden)',
  'policy.return-window': 'Rückgabefrist (Tage)',
  'policy.return-shipping': 'Rückversand bezahlt',
  'policy.the-buyer': 'der Käufer',
  'policy.my-shop': 'mein Shop',
  'policy.restocking-fee': 'Wiedereinlagerungsgebühr (%)',
  'policy.store-credit': 'Ich biete Guthaben an',
  'policy.signature': 'Signatur für Nachrichten',
  'policy.retention': 'Ereignisse löschen, die älter sind als (Monate, 0 = behalten)',
  'policy.warn-from': 'Warnen ab (% des Limits)',
  'policy.banner-language': 'Sprache des Hinweisfelds auf Verkäuferseiten',
  'policy.banner-language.marketplace': 'Die Sprache des Marktplatzes',
  'policy.banner-language.browser': 'Die Sprache meines Browsers',
  'limits.heading': 'Stornolimits',
  'limits.intro':
    'Angezeigt wird das Limit der jeweiligen Plattform; geben Sie einen anderen Wert ein, um es zu ersetzen (Regeln ändern sich).',
  'limits.checked-on': '{platform} — Regeln geprüft am {date, date}',
  'limits.rules-old': ' — vor {days} Tagen geprüft: Die Plattform hat ihre Regeln vielleicht geändert, bitte prüfen.',
  'limits.none': 'Kein veröffentlichtes Stornolimit.',
  'limits.market': '{market}: {limit, percent} in {days} Tagen ({confidence})',
  'limits.also-window': 'auch in {days} Tagen',
  'limits.long-window': '{days} Tage bei weniger als {min} Bestellungen',
  'limits.platform-value': 'Wert der Plattform',
  'templates.heading': 'Ihre Nachrichtenvorlagen',
  'templates.none': 'Noch keine. Die mitgelieferten Vorlagen stehen immer zur Verfügung.',
  'templates.entry': '{platform}, {action}, {lang}',
  'templates.edit': 'Bearbeiten',
  'templates.delete': 'Löschen',
  'templates.title': 'Titel',
  'templates.platform': 'Plattform',
  'templates.action': 'Schritt',
  'templates.language': 'Sprache',
  'templates.text': 'Text ({buyer}, {orderId}, {item}, {returnDays}, {signature} …)',
  'templates.starter': 'Guten Tag {buyer},\n\nzur Bestellung {orderId}: \n\n{signature}',
  'templates.add': 'Vorlage hinzufügen',
  'templates.save-changes': 'Änderungen speichern',
  'templates.saved': 'Vorlage gespeichert.',
  'transfer.export-json': 'Exportieren (JSON)',
  'transfer.export-csv': 'Ereignisse exportieren (CSV)',
  'transfer.import': 'Exportdatei importieren',
  'transfer.imported': 'Importiert: {orders} neue Bestellungen, {events} neue Ereignisse, {drafts} neue Entwürfe.',
  'transfer.import-failed': 'Nichts wurde importiert: {why}',
  'refusal.unknown-sender': 'Die Anfrage kam nicht von Seller Guard selbst und wurde abgelehnt.',
  'refusal.malformed': 'Die Anfrage hatte keine Form, die Seller Guard annimmt; es wurde nichts getan.',
  'refusal.untrusted-reading':
    'Was diese Seite zeigte, hat die Prüfungen von Seller Guard nicht bestanden (Bestellungen einer anderen Seite oder unmögliche Daten); daher werden keine Zahlen gezeigt.',
  'refusal.not-injected':
    'Seller Guard konnte auf dieser Seite nicht starten; laden Sie sie neu, um es erneut zu versuchen.',
  'refusal.no-order': 'Dieser Tab zeigt diese Bestellung nicht mehr.',
  'refusal.import-refused': 'Die Datei konnte nicht importiert werden; es wurde nichts geändert.',
  'refusal.storage':
    'Das Speichern ist fehlgeschlagen; nichts wurde halb gespeichert. Versuchen Sie es gleich noch einmal.',
  'refusal.storage-full':
    'Der Speicher für Seller Guard auf diesem Computer ist voll. Geben Sie Speicherplatz frei oder löschen Sie alte Einträge in den Optionen.',
  'refusal.failed':
    'Seller Guard konnte das nicht ausführen; versuchen Sie es erneut und laden Sie die Erweiterung neu, wenn es wieder passiert.',
  'refusal.no-answer': 'Der Hintergrunddienst hat nicht geantwortet.',
  'import-problem.not-export': 'Dies ist keine Exportdatei von Seller Guard. Es wurde nichts importiert.',
  'import-problem.newer':
    'Diese Datei stammt von einer neueren Version von Seller Guard (Format {version}); aktualisieren Sie die Erweiterung, um sie zu importieren. Es wurde nichts importiert.',
  'import-problem.damaged': 'Die Datei ist bei {where} beschädigt: {issue}. Es wurde nichts importiert.',
  'import-issue.unknown-field': 'ein Feld, das dieses Format nicht kennt',
  'import-issue.missing': 'ein notwendiger Wert fehlt',
  'import-issue.wrong-type': 'der Wert hat die falsche Art',
  'import-issue.not-allowed-value': 'dieser Wert ist für das Feld nicht erlaubt',
  'import-issue.out-of-range': 'die Zahl liegt außerhalb des Möglichen',
  'import-issue.too-long': 'der Text ist zu lang',
  'import-issue.bad-date': 'ein Datum vor 2000 oder in der Zukunft',
  'import-issue.not-marketplace': 'kein Marktplatz dieser Plattform',
  'import-issue.not-order-number': 'nicht im Bestellnummernformat dieser Plattform',
  'import-issue.key-mismatch': 'der Schlüssel passt nicht zu Plattform und Bestellung',
  'import-issue.invalid': 'der Wert ist ungültig',
  'transfer.not-json': 'die Datei ist kein JSON.',
  'csv.time': 'Zeit',
  'csv.platform': 'Plattform',
  'csv.marketplace': 'Marktplatz',
  'csv.order': 'Bestellung',
  'csv.event': 'Ereignis',
  'csv.detail': 'Detail',
  'csv.counts': 'zählt_zur_Quote',
  'csv.page': 'Seite',

  'history.title': 'Verlauf von Seller Guard',
  'history.filters': 'Filter',
  'history.platform': 'Plattform',
  'history.marketplace': 'Marktplatz',
  'history.from': 'Von',
  'history.to': 'Bis',
  'history.event': 'Ereignis',
  'history.reason': 'Grund',
  'history.outcome': 'Ergebnis',
  'history.order': 'Bestellung',
  'history.all': 'alle',
  'history.at-a-glance': 'Auf einen Blick',
  'history.share':
    '{total} Stornierungen erfasst: {counted} zählten zu Ihrer Quote, {notCounted} nicht, weil der Käufer die eigene Anfrage der Plattform genutzt hat ({saved, percent}).',
  'history.why-buyers-asked': 'Warum Käufer gefragt haben: {reasons}.',
  'history.reason-count': '{reason} ({count})',
  'history.no-reason': 'kein Grund angegeben',
  'history.repeat-buyers': 'Käufer mit mehreren stornierten, erstatteten oder reklamierten Bestellungen: {buyers}.',
  'history.events-all': 'Ereignisse ({total})',
  'history.events-counting': 'Ereignisse (die neuesten {shown}, wird gezählt…)',
  'history.events-of': 'Ereignisse (die neuesten {shown} von {total})',
  'history.col-time': 'Zeit',
  'history.col-detail': 'Detail',
  'history.col-counts': 'Zählt',
  'chart.label': '{platform} {marketplace}: {points}',
  'chart.label-limit': '{platform} {marketplace}: {points}; Limit {limit, percent}',
  'chart.point': '{at, date} {rate, percent}',
  'detail.status-change': '{from} → {to}',
  'detail.cancelled-platform-request': 'Käuferanfrage über die Plattform',
  'detail.cancelled-message': 'der Käufer hat per Nachricht gefragt; vom Verkäufer storniert',
  'detail.cancelled-seller': 'vom Verkäufer storniert',
  'detail.reason-picked': 'gewählter Grund: {reason}',
  'detail.joined': '{first}; {second}',
  'detail.request-platform': 'über die Plattform',
  'detail.request-message': 'per Nachricht',
  'detail.refund.full': 'volle Erstattung',
  'detail.refund.partial': 'Teilerstattung',
  'detail.refund.requested': 'Erstattung angefragt',
  'detail.address-changed': 'Die Lieferadresse hat sich geändert.',
  'detail.draft-used': '{how} ({action}, {lang})',
  'detail.advice-outcome': '{action}: {outcome}',

  // Policy truth (issue #15): the ladders, deadlines and regional rules the guard and the
  // advice now follow on every platform, the rules' certainty, and drafts split for short boxes.
  'guard.no-metric.unsourced':
    'Seller Guard hat für diesen Marktplatz kein veröffentlichtes Stornolimit gefunden und bewertet hier daher keines.',
  'guard.standing.cancellations': {
    plural: 'left',
    one: 'Jetzt {band} (Limit {limit, percent}): Noch {left} gezählte Stornierung passt bis {next}.',
    other: 'Jetzt {band} (Limit {limit, percent}): Noch {left} gezählte Stornierungen passen bis {next}.',
  },
  'guard.standing.defects': {
    plural: 'left',
    one: 'Jetzt {band} (Limit {limit, percent}): Noch {left} Mangel passt bis {next}.',
    other: 'Jetzt {band} (Limit {limit, percent}): Noch {left} Mängel passen bis {next}.',
  },
  'guard.standing.cases': {
    plural: 'left',
    one: 'Jetzt {band} (Limit {limit, percent}): Noch {left} Fall passt bis {next}.',
    other: 'Jetzt {band} (Limit {limit, percent}): Noch {left} Fälle passen bis {next}.',
  },
  'guard.standing-rate': 'Jetzt {band} (Limit {limit, percent}).',
  'guard.standing-last': 'Jetzt {band}, die letzte Stufe.',
  'guard.before.cancellations': {
    plural: 'left',
    one: 'Noch {left} gezählte Stornierung passt bis {band}.',
    other: 'Noch {left} gezählte Stornierungen passen bis {band}.',
  },
  'guard.before.defects': {
    plural: 'left',
    one: 'Noch {left} Mangel passt bis {band}.',
    other: 'Noch {left} Mängel passen bis {band}.',
  },
  'guard.before.cases': {
    plural: 'left',
    one: 'Noch {left} Fall passt bis {band}.',
    other: 'Noch {left} Fälle passen bis {band}.',
  },
  'guard.unique-buyers-assumed':
    'Diese Grenze verlangt {count} Mängel von verschiedenen Käufern; die Seite nennt die Zahl der Käufer nicht, daher zählt Seller Guard jeden Mangel als anderen Käufer.',
  'guard.limit-official-regional':
    'Dieses Limit stammt von Seiten von {platform} für andere Marktplätze; für diesen wurde keine gefunden.',
  'guard.limit-third-party':
    '{platform} veröffentlicht dieses Limit auf keiner Seite, die Seller Guard gefunden hat: Es stammt aus Berichten Dritter.',
  'guard.also-near': '{metric} {rate, percent} liegt nahe am Limit von {limit, percent} ({sure}).',
  'guard.also-over': '{metric} {rate, percent} liegt über dem Limit von {limit, percent} ({sure}).',
  'guard.long-window':
    'Mit weniger als {min} Bestellungen in {short} Tagen misst {platform} die letzten {long} Tage ({sure}).',
  'guard.window-disputed':
    'Die eigenen Seiten von {platform} nennen diesen Zeitraum unterschiedlich (hier {days} Tage); es gilt der Zeitraum, den Ihre Seite angibt.',
  'guard.level-held': '{platform}-Servicestatus bis zur nächsten Bewertung am {at, date}: {band}.',
  'guard.next-evaluation-stated':
    '{platform} bewertet Verkäufer einmal im Monat: nächstes Mal am {at, date}, laut der Seite.',
  'guard.next-evaluation': '{platform} bewertet Verkäufer einmal im Monat: nächstes Mal am {at, date} ({sure}).',
  'guard.cancellation-fee':
    'Hier kostet jede Stornierung durch den Verkäufer zusätzlich {percent, percent} der Verkaufsprovision ({late, percent} nach dem erwarteten Versanddatum) ({sure}).',
  'guard.new-seller':
    '{platform} zeigt bis zu Ihren ersten {sales} Verkäufen keine Farbe; jede Stornierung zählt trotzdem dafür ({sure}).',
  'guard.reason-buyer-free':
    'Hat der Käufer um Stornierung gebeten (eine Nachricht genügt), ist der Grund {reason} kein Mangel.',
  'guard.request-window': {
    plural: 'left',
    one: 'Noch {left} Minute kann der Käufer die Stornierung über {flow} anfragen; danach erreicht Sie sein Wunsch per Nachricht ({sure}).',
    other:
      'Noch {left} Minuten kann der Käufer die Stornierung über {flow} anfragen; danach erreicht Sie sein Wunsch per Nachricht ({sure}).',
  },
  'guard.auto-cancel':
    '{platform} storniert diese Bestellung am {at, datetime} selbst, wenn sie nicht versendet ist, und diese Stornierung zählt ({sure}).',
  'guard.auto-cancel-request':
    '{platform} storniert diese Bestellung am {at, datetime} selbst, wenn die Anfrage unbeantwortet bleibt ({sure}).',
  'guard.decline-by-tracking':
    'Versendet und mit offener Stornierungsanfrage: Laden Sie die Sendungsnummer hoch, dann lehnt {platform} die Anfrage ab.',
  'guard.decline-by-tracking-by':
    'Versendet und mit offener Stornierungsanfrage: Laden Sie die Sendungsnummer vor {at, datetime} hoch, dann lehnt {platform} die Anfrage ab; danach genehmigt es sie von selbst.',
  'projection.band': 'Selbst stornieren: {from, percent} → {to, percent}, und Sie fallen auf {band}.',
  'count.platform-says-not': 'Die Seite von {platform} selbst sagt, dass dieser Verkauf nicht gegen Sie zählt.',
  'count.whoever-asked': '{platform} zählt eine Stornierung, egal wer sie wollte.',
  'hint.buyer-reason':
    'Will der Käufer stornieren, stornieren Sie mit dem Grund {reason}: kein Mangel. Der Grund {oos} ist ein Mangel, auch wenn der Käufer fragt.',
  'hint.explain-first':
    '{platform} zählt jede Stornierung, egal wer sie wollte: Erklären Sie zuerst und bieten Sie eine Lösung an.',
  'advice.confirm-counts':
    'Der Käufer hat über die Plattform angefragt: Bestätigen Sie, aber {platform} zählt es trotzdem.',
  'advice.ask-own-reason':
    'Bitten Sie den Käufer, die Stornierung über {flow} mit seinem eigenen Grund anzufragen: Ein Grund, der dem Verkäufer die Schuld gibt, zählt gegen Sie.',
  'advice.cancel-seller-reason':
    'Es ist Ihre eigene Idee: Stornieren Sie mit dem Grund {reason}, nie mit dem des Käufers; es zählt.',
  'advice.cancel-counts-anyway':
    'Löst das Erklären es nicht, stornieren Sie mit dem richtigen Grund: {platform} zählt es, auch wenn der Käufer gefragt hat.',
  'advice.explain-first':
    'Erklären Sie zuerst die Lage und bieten Sie eine Lösung an (ähnlicher Artikel, spätere Lieferung, Teilerstattung): Hier zählt jede Stornierung.',
  'advice.no-ask-out-of-stock':
    'Schreiben Sie dem Käufer, dass Sie storniert und erstattet haben; bitten Sie ihn nie, die Stornierung selbst anzufragen.',
  'advice.backorder':
    'Kommt der Artikel wieder, geben Sie der Bestellung mehr Bearbeitungszeit (Nachbestellung, eigene Bearbeitungszeit), statt zu stornieren.',
  'advice.cancel-address':
    'Ist die Adresse nicht zustellbar und korrigiert der Käufer sie nicht, stornieren Sie mit dem Grund {reason}.',
  'advice.wait-pending':
    'Die Bestellung ist bei {platform} noch ausstehend: Nicht versenden; storniert der Käufer sie dort, zählt es nicht.',
  'advice.unpaid-route':
    'Ist die Zahlungsfrist vorbei, nutzen Sie den Weg für nicht bezahlte Artikel von {platform}: Er entfernt den Mangel.',
  'advice.unpaid-no-rule':
    'Seller Guard hat keine Regel von {platform} für nicht bezahlte Bestellungen gefunden: Versenden Sie erst, wenn die Zahlung eingegangen ist.',
  'advice.report-fraud-removal':
    '{platform} entfernt den Mangel, wenn es gegen einen betrügerischen Käufer vorgeht: Melden Sie es dort mit Ihren Nachweisen.',
  'advice.platform-serves':
    '{platform} betreut die Käufer der Bestellungen, die es selbst versendet: Verweisen Sie den Käufer an dessen Kundenservice, statt aus Ihrem Bestand zu erstatten oder zu ersetzen.',
  'advice.decline-by-tracking':
    'Bereits versendet: Laden Sie die Sendungsnummer hoch, dann lehnt {platform} die Stornierungsanfrage ab.',
  'advice.answer-claim-within':
    'Der Käufer hat eine Reklamation eröffnet ({escalation}): Antworten Sie dort mit Ihren Nachweisen {within} ({sure}).',
  'advice.mediation':
    'Ist der Käufer nicht einverstanden, gehen Sie mit Ihren Nachweisen (Sendungsverfolgung, Fotos, Nachrichten) in die {escalation}.',
  'advice.resolve-in-time':
    'Erstatten oder vereinbaren Sie eine Rücksendung {within}: Eine rechtzeitig gelöste Reklamation zählt nicht gegen Sie ({sure}).',
  'advice.resolve-claim':
    'Lösen Sie es mit dem Käufer (Erstattung oder Rücksendung): Eine gelöste Reklamation zählt nicht gegen Sie.',
  'advice.replacement-resolves': 'Oder senden Sie Ersatz, wenn der Käufer das lieber möchte: Auch das löst es.',
  'advice.refund-during-claim':
    'Eine Erstattung erledigt es weiterhin; die Wirkung unten zeigt, was sie für Ihre Kennzahlen bedeutet.',
  'advice.answer-request':
    'Antworten Sie dem Käufer {within}: erstatten, ersetzen oder die Rücksendung annehmen, damit Sie die Anfrage lösen.',
  'advice.answer-request-soon':
    'Antworten Sie dem Käufer rasch: erstatten, ersetzen oder die Rücksendung annehmen, damit Sie die Anfrage lösen.',
  'advice.exclusion.delivered-not-received':
    'Die Sendungsverfolgung zeigt „zugestellt“: Zählt die Reklamation gegen Sie, beantragen Sie eine Ausschlussprüfung.',
  'advice.exclusion.carrier-delay':
    'War der Versanddienst zu spät, obwohl Sie rechtzeitig versendet haben, beantragen Sie eine Ausschlussprüfung.',
  'advice.exclusion.remorse':
    'Hat der Käufer es sich bei einem einwandfreien Produkt nur anders überlegt, beantragen Sie eine Ausschlussprüfung.',
  'advice.exclusion.buyer-error': 'Hat der Käufer versehentlich bestellt, beantragen Sie eine Ausschlussprüfung.',
  'advice.claim-not-yet':
    'Eine Reklamation ist erst {days} Tage nach dem spätesten Liefertermin möglich: Teilen Sie die Sendungsdaten und beruhigen Sie den Käufer zuerst.',
  'advice.no-tracking-reassure':
    'Diese Bestellung hat keine Sendungsverfolgung: Sagen Sie dem Käufer, wann sie losging und wann sie ankommen sollte.',
  'advice.tracking-shows-delivered':
    'Zeigen Sie dem Käufer den Zustellscan des Versanddienstes und schlagen Sie vor, bei Nachbarn nachzufragen.',
  'advice.refund-overdue-plain':
    'Der Liefertermin ist verstrichen: Erstatten (oder neu senden) Sie jetzt, statt auf eine Reklamation zu warten.',
  'advice.refund-before-claim-plain': 'Oder erstatten Sie jetzt, bevor der Käufer eskaliert.',
  'advice.offer-return-platform':
    'Sie ist versendet und lässt sich nicht mehr stornieren: Bieten Sie eine Rücksendung innerhalb der {days} Tage der Plattform an.',
  'advice.address-delivered':
    'Sie wurde an die Adresse der Bestellung zugestellt: Helfen Sie dem Käufer, sie dort abzuholen.',
  'advice.refund-your-call':
    'Lässt sich das Paket nicht zurückholen, entscheiden Sie über eine Erstattung (auch teilweise, abzüglich Versand).',
  'effect.resolve-in-time': 'Wird sie {within} gelöst, zählt sie nicht.',
  'effect.band': 'Sie kämen auf {band}.',
  'draft-note.starts-with-reason':
    'Bei {platform} können Sie ein Gespräch nur über einen der vorgegebenen Gründe beginnen; der Käufer kann immer zuerst schreiben ({sure}).',
  'lint.filtered-words': 'Der Nachrichtenfilter der Plattform sperrt dieses Wort.',
  'lint-fix.filtered-words': 'Entfernen Sie den App- oder Kontaktnamen; bleiben Sie in den Nachrichten zur Bestellung.',
  'metric.cases-closed': 'Ohne Klärung durch den Verkäufer geschlossene Fälle',
  'metric.case-rate': 'Fallquote',
  'metric.claims': 'Reklamationen',
  'metric.delayed-handling': 'Verspätete Bearbeitung',
  'metric.mediations': 'Schlichtungen',
  'metric-inline.cases-closed': 'ohne Klärung durch den Verkäufer geschlossene Fälle',
  'metric-inline.case-rate': 'Fallquote',
  'metric-inline.claims': 'Reklamationsquote',
  'metric-inline.delayed-handling': 'Quote verspäteter Bearbeitung',
  'metric-inline.mediations': 'Schlichtungsquote',
  'band.within': 'innerhalb des Limits',
  'band.over': 'über dem Limit',
  'band.top-rated': 'Top-Bewertung',
  'band.above-standard': 'Überdurchschnittlich',
  'band.below-standard': 'Unterdurchschnittlich',
  'band.leader': 'MercadoLíder',
  'band.green': 'Grün',
  'band.yellow': 'Gelb',
  'band.orange': 'Orange',
  'band.red': 'Rot',
  'band.violation': 'einen Verstoß (2 Punkte und ein Bestelllimit)',
  'band.violation-severe': 'einen schweren Verstoß (4 Punkte)',
  'band.order-limit-2': 'ein strengeres Bestelllimit',
  'band.order-limit-3': 'das strengste Bestelllimit',
  'deadline.hours': { plural: 'amount', one: 'innerhalb von {amount} Stunde', other: 'innerhalb von {amount} Stunden' },
  'deadline.business-hours': {
    plural: 'amount',
    one: 'innerhalb von {amount} Geschäftsstunde',
    other: 'innerhalb von {amount} Geschäftsstunden',
  },
  'deadline.days': { plural: 'amount', one: 'innerhalb von {amount} Tag', other: 'innerhalb von {amount} Tagen' },
  'deadline.business-days': {
    plural: 'amount',
    one: 'innerhalb von {amount} Werktag',
    other: 'innerhalb von {amount} Werktagen',
  },
  'deadline.working-days': {
    plural: 'amount',
    one: 'innerhalb von {amount} Arbeitstag',
    other: 'innerhalb von {amount} Arbeitstagen',
  },
  'action.wait-for-platform': 'Auf die Plattform warten',
  'action.report-unpaid': 'Nicht bezahlten Artikel melden',
  'action.upload-tracking': 'Sendungsnummer hochladen',
  'action.request-exclusion-review': 'Ausschlussprüfung beantragen',
  'action.extend-handling-time': 'Bearbeitungszeit verlängern',
  'action.request-mediation': 'In die Schlichtung gehen',
  'action.refer-to-platform': 'An den Service der Plattform verweisen',
  'confidence.page': 'laut der Seite',
  'guard.statement-official-regional':
    'Seller Guard hat dies auf Seiten von {platform} für andere Marktplätze gelesen.',
  'guard.statement-third-party':
    '{platform} sagt dies auf keiner Seite, die Seller Guard gefunden hat: Es stammt aus Berichten Dritter.',
  'advice.past-cancel-window':
    'Die {days} Tage von {platform} nach dem Verkauf sind vorbei: Die Bestellung lässt sich nicht mehr stornieren; klären Sie es mit dem Käufer.',
  'confidence.official': 'offiziell',
  'confidence.official-regional': 'offiziell, Seite eines anderen Marktplatzes',
  'confidence.third-party': 'Bericht Dritter',
  'actions.rule-ref': '{confidence}, geprüft am {checked, date}',
  'actions.rule-dated': '{confidence}, Quelle vom {dated}, geprüft am {checked, date}',
  'draft.parts':
    'Nachrichten bei {platform} fassen {max} Zeichen: Dieser Entwurf geht als {count} Nachrichten, eine nach der anderen.',
  'draft.part': 'Nachricht {n} von {count} ({length} Zeichen)',
  'draft.insert-part': 'Nachricht {n} einfügen',
};
