import type { LanguagePack } from '../template-types';

export const de: LanguagePack = {
  flows: {
    amazon: 'Meine Bestellungen › Stornierung anfordern',
    ebay: 'Kaufübersicht › Weitere Aktionen › Bestellung stornieren',
    other: 'Ihrer Bestellseite › Stornierung anfordern',
  },
  returnShippingBuyer: 'Die Kosten der Rücksendung trägt der Käufer.',
  returnShippingSeller: 'Die Kosten der Rücksendung übernehmen wir.',
  buyerFallback: '',
  templates: {
    'ask-request-cancellation':
      'Guten Tag {buyer},\n\nvielen Dank für Ihre Nachricht zur Bestellung {orderId}. Um sie zu stornieren, senden Sie bitte die Anfrage unter {flow}; wir bestätigen sie sofort und Sie erhalten den vollen Betrag zurück.\n\nMit freundlichen Grüßen\n{signature}',
    'cancellation-confirmed':
      'Guten Tag {buyer},\n\nIhre Bestellung {orderId} ({item}) wurde wie gewünscht storniert. Der volle Betrag wird Ihrer Zahlungsart gutgeschrieben.\n\nMit freundlichen Grüßen\n{signature}',
    'out-of-stock-cancelled':
      'Guten Tag {buyer},\n\nes tut uns leid: {item} aus Bestellung {orderId} ist nicht mehr vorrätig. Wir haben die Bestellung storniert und Ihnen den vollen Betrag erstattet. Bitte entschuldigen Sie die Unannehmlichkeiten.\n\nMit freundlichen Grüßen\n{signature}',
    'duplicate-check':
      'Guten Tag {buyer},\n\nwir sehen mehrere Bestellungen von {item}, darunter {orderId}. Möchten Sie wirklich mehr als eine? Falls nicht, geben Sie uns kurz Bescheid, dann klären wir das vor dem Versand.\n\nMit freundlichen Grüßen\n{signature}',
    'address-cannot-change':
      'Guten Tag {buyer},\n\ndanke für den Hinweis. Wir können die Bestellung {orderId} nur an die darin angegebene Adresse senden. Für eine andere Adresse beantragen Sie bitte die Stornierung unter {flow} und bestellen neu.\n\nMit freundlichen Grüßen\n{signature}',
    'address-update-confirm':
      'Guten Tag {buyer},\n\nvielen Dank. Die Bestellung {orderId} ist noch nicht versandt, wir können die Adresse also noch ändern. Bitte bestätigen Sie hier die vollständige neue Adresse.\n\nMit freundlichen Grüßen\n{signature}',
    'payment-reminder':
      'Guten Tag {buyer},\n\ndie Bestellung {orderId} ({item}) wartet noch auf die Zahlung. Sobald sie eingegangen ist, versenden wir sofort. Falls etwas nicht geklappt hat, melden Sie sich gern.\n\nMit freundlichen Grüßen\n{signature}',
    'tracking-update':
      'Guten Tag {buyer},\n\nIhre Bestellung {orderId} ist unterwegs. Die Sendungsverfolgung finden Sie auf der Bestellseite. Sollte sie bis zum voraussichtlichen Datum nicht ankommen, schreiben Sie uns bitte.\n\nMit freundlichen Grüßen\n{signature}',
    'refund-issued':
      'Guten Tag {buyer},\n\nes tut uns leid, dass mit der Bestellung {orderId} etwas nicht gestimmt hat. Wir haben den vollen Betrag erstattet; er ist in wenigen Tagen auf Ihrer Zahlungsart.\n\nMit freundlichen Grüßen\n{signature}',
    'replacement-offer':
      'Guten Tag {buyer},\n\nes tut uns leid, dass es mit der Bestellung {orderId} ein Problem gab. Gern senden wir Ihnen kostenlos Ersatz. Sollen wir das veranlassen?\n\nMit freundlichen Grüßen\n{signature}',
    'offer-return':
      'Guten Tag {buyer},\n\ndie Bestellung {orderId} ist bereits versandt und lässt sich nicht mehr stornieren. Sie können sie aber innerhalb von {returnDays} Tagen nach Erhalt zurücksenden und erhalten den Betrag zurück. {returnShipping}\n\nMit freundlichen Grüßen\n{signature}',
    'decline-politely':
      'Guten Tag {buyer},\n\nvielen Dank für Ihre Nachricht zur Bestellung {orderId}. Sie wurde vor mehr als {returnDays} Tagen zugestellt, also außerhalb unserer Rückgabefrist; eine Stornierung oder Rückgabe ist daher leider nicht möglich. Vielen Dank für Ihr Verständnis.\n\nMit freundlichen Grüßen\n{signature}',
    'ask-photos':
      'Guten Tag {buyer},\n\nes tut uns leid, dass es mit der Bestellung {orderId} ein Problem gibt. Könnten Sie uns ein Foto des Artikels und der Verpackung schicken? So können wir schnell helfen.\n\nMit freundlichen Grüßen\n{signature}',
    'ask-why-cancelled':
      'Guten Tag {buyer},\n\nIhre Bestellung {orderId} wurde storniert. Wenn Sie einen Moment Zeit haben: Würden Sie uns kurz sagen, warum Sie storniert haben? Das hilft uns, besser zu werden. Eine Antwort ist natürlich freiwillig.\n\nMit freundlichen Grüßen\n{signature}',
    'explain-offer-solution':
      'Guten Tag {buyer},\n\nvielen Dank für Ihre Nachricht zur Bestellung {orderId}. Bevor etwas storniert wird: Was ist passiert? Wir können einen ähnlichen Artikel, eine spätere Lieferung oder eine Teilerstattung anbieten. Möchten Sie dennoch stornieren, kümmern wir uns darum.\n\nMit freundlichen Grüßen\n{signature}',
    'backorder-notice':
      'Guten Tag {buyer},\n\nvielen Dank für Ihre Bestellung {orderId}. {item} wird gerade nachgeliefert und versendet sich daher einige Tage später als geplant; die Bearbeitungszeit der Bestellung ist angepasst. Entschuldigen Sie die Wartezeit, die Sendungsverfolgung folgt beim Versand.\n\nMit freundlichen Grüßen\n{signature}',
    'contact-platform-support':
      'Guten Tag {buyer},\n\nvielen Dank für Ihre Nachricht zur Bestellung {orderId}. Diese Bestellung wurde von Amazon versandt; Lieferung, Rücksendungen und Erstattungen übernimmt der Amazon-Kundenservice. Bitte wenden Sie sich über Meine Bestellungen an ihn, er hilft Ihnen sofort.\n\nMit freundlichen Grüßen\n{signature}',
  },
};
