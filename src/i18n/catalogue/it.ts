import type { Catalogue } from './en';
import { bannerIt } from './banner/it';
import { firstRunIt } from './first-run/it';

export const it: Catalogue = {
  ...bannerIt,
  ...firstRunIt,
  extName: 'Seller Guard',
  extDescription:
    'Avvisa chi vende sui marketplace prima che una cancellazione danneggi l’account e suggerisce la strada che non conta.',
  actionTitle: 'Seller Guard: rischio e risposte per questo ordine',

  'level.ok': 'OK',
  'level.near': 'Vicino al limite',
  'level.over': 'Oltre il limite',
  'level.unknown': 'Ancora nessun dato',
  'level.none': 'Nessun limite di cancellazione',

  'banner.reading': 'Lettura della pagina…',
  'banner.open-popup': 'Risposte e azioni…',
  'banner.failed': 'Seller Guard non è riuscito a leggere questa pagina, quindi qui non mostra numeri.',
  'banner.not-saved': 'Seller Guard ha letto questa pagina ma non è riuscito a salvarla, quindi non mostra dati.',
  'banner.no-answer': 'Il processo in background non ha risposto; ricarica la pagina per riprovare.',
  'banner.counts-for-reputation': 'Conta per la tua reputazione',
  'banner.thread-empty':
    'Ancora nessun messaggio in questa conversazione: Mercado Libre ti lascia iniziarla solo scegliendo un motivo, quindi «Inserisci nella pagina» aspetta che ci sia una casella di messaggio.',
  'banner.thread-blocked':
    'Questa conversazione non accetta più messaggi (30 giorni senza messaggi, o bloccata dall’acquirente), quindi «Inserisci nella pagina» è disattivato.',
  'storage.full':
    'Lo spazio di questo computer per Seller Guard è pieno. Libera spazio su disco o elimina i vecchi dati nelle opzioni di Seller Guard.',
  'storage.failed': 'Salvataggio non riuscito; al prossimo cambiamento della pagina si riprova.',

  'read-failure.layout-unknown': 'Seller Guard non conosce ancora l’impaginazione di questa pagina.',
  'read-failure.figure-missing': 'Il dato che Seller Guard cerca non è in questa pagina.',
  'read-failure.figures-disagree':
    'I numeri della pagina non concordano tra loro, quindi non ne viene mostrato nessuno.',
  'read-failure.status-unknown': 'Seller Guard non conosce lo stato di un ordine.',
  'read-failure.id-invalid': 'Un numero d’ordine non ha il formato di questa piattaforma.',
  'read-failure.order-mismatch': 'L’ordine mostrato non è quello della barra degli indirizzi.',
  'read-failure.rows-unreadable': 'Non è stato possibile leggere le righe degli ordini.',
  'read-failure.page-data-invalid': 'I dati propri della pagina non hanno la forma che Seller Guard si aspetta.',
  'read-failure.reader-error': 'La lettura di questa pagina si è fermata per un errore.',
  'read-failure.page-not-ready':
    'Questa pagina sta ancora preparando i suoi dati; Seller Guard ha atteso ma non sono comparsi.',

  'metric.cancellation-rate': 'Tasso di cancellazione',
  'metric.transaction-defect-rate': 'Tasso di transazioni con problemi',
  'metric.cancelled-by-you': 'Annullate da te',
  'metric.seller-fault-cancellation-rate': 'Tasso di cancellazione per colpa del venditore',
  'metric-inline.cancellation-rate': 'tasso di cancellazione',
  'metric-inline.transaction-defect-rate': 'tasso di transazioni con problemi',
  'metric-inline.cancelled-by-you': 'tasso «annullate da te»',
  'metric-inline.seller-fault-cancellation-rate': 'tasso di cancellazione per colpa del venditore',
  'effect-metric.cancellations': 'Cancellazioni',
  'effect-metric.claims': 'Reclami',
  'effect-metric.listing': 'Offerta',
  'flow.generic': 'la richiesta di cancellazione della piattaforma',
  'flow.amazon': 'I miei ordini › Richiedi cancellazione',
  'flow.ebay': 'Cronologia acquisti › Annulla questo ordine',
  'flow.aliexpress': 'Ordine › Richiedi l’annullamento',
  'flow.mercadolibre': 'Mis compras › Cancelar compra',
  'flow.tiktok': 'Ordine › Annulla ordine',
  'escalation.amazon': 'reclamo Garanzia dalla A alla Z',
  'escalation.etsy': 'caso Etsy',
  'escalation.aliexpress': 'controversia AliExpress',
  'escalation.ebay': 'caso Garanzia cliente eBay',
  'escalation.mercadolibre': 'mediazione Mercado Libre',
  'escalation.tiktok': 'ricorso TikTok Shop',

  'guard.headline': '{metric}: {rate, percent} ({counted} su {total}), limite {limit, percent} in {days} giorni.',
  'guard.headline-rate': '{metric}: {rate, percent}, limite {limit, percent} in {days} giorni.',
  'guard.no-figure-platform': '{platform}: ancora nessun dato.',
  'guard.no-rate': 'Nessun tasso da proiettare.',
  'guard.no-figure':
    'Ancora nessun dato sul {metric}: apri la pagina sullo stato dell’account perché Seller Guard legga il dato della piattaforma.',
  'guard.few-orders': {
    plural: 'seen',
    one: 'Ancora nessun dato sul {metric} (visto solo {seen} ordine degli ultimi {days} giorni): apri la pagina sullo stato dell’account perché Seller Guard legga il dato della piattaforma.',
    other:
      'Ancora nessun dato sul {metric} (visti solo {seen} ordini degli ultimi {days} giorni): apri la pagina sullo stato dell’account perché Seller Guard legga il dato della piattaforma.',
  },
  'guard.cannot-compute': 'Impossibile calcolare il tasso: {why}.',
  'guard.rate-only': 'La piattaforma ha mostrato il tasso senza il numero di ordini, quindi non si può proiettare.',
  'guard.no-metric.etsy':
    'Etsy non pubblica alcun limite di cancellazione; le cancellazioni pesano tramite recensioni, casi e standard del servizio clienti.',
  'guard.no-metric.aliexpress':
    'AliExpress non pubblica una soglia numerica di mancato adempimento; le cancellazioni per colpa del venditore contano comunque come «non venduto» su 7 e 30 giorni.',
  'guard.headroom-none':
    'In questo periodo non ci sta più nessuna cancellazione del venditore sotto il {limit, percent}.',
  'guard.headroom': {
    plural: 'left',
    one: 'In questo periodo ci sta ancora {left} cancellazione del venditore sotto il {limit, percent}.',
    other: 'In questo periodo ci stanno ancora {left} cancellazioni del venditore sotto il {limit, percent}.',
  },
  'guard.small-shop':
    'Con {total} ordini nel periodo, una sola cancellazione del venditore vale già il {one, percent}.',
  'guard.relief': 'La cancellazione conteggiata più vecchia che abbiamo visto esce dal periodo il {at, date}.',
  'guard.observed-only':
    'Basato solo sugli ordini visti qui; apri lo stato dell’account per il dato della piattaforma.',
  'guard.other-window': 'Su {days} giorni: {rate, percent} (limite {limit, percent}).',
  'guard.other-window-unknown': 'Su {days} giorni: ancora nessun dato.',
  'guard.window-unverified':
    'La piattaforma non indica questo periodo di {days} giorni; proviene da fonti di terze parti.',
  'guard.shipped': 'Già spedito: non consegnarlo ora è un rimborso o un reso, non una cancellazione.',
  'guard.buyer-request-free':
    'Questo acquirente ha usato la richiesta di cancellazione di {platform}: annullare con il motivo {reason} non conterà.',
  'guard.consecutive': {
    plural: 'recent',
    one: 'Hai già cancellato tu {recent} ordine negli ultimi {days} giorni: {count} cancellazioni consecutive del venditore possono far rimuovere l’offerta.',
    other:
      'Hai già cancellato tu {recent} ordini negli ultimi {days} giorni: {count} cancellazioni consecutive del venditore possono far rimuovere l’offerta.',
  },
  'guard.self-cancel': {
    plural: 'left',
    one: 'Per ancora {left} minuto l’acquirente può annullare da solo questo ordine in {flow}, e questo non conta ({sure}).',
    other:
      'Per ancora {left} minuti l’acquirente può annullare da solo questo ordine in {flow}, e questo non conta ({sure}).',
  },
  'guard.answer-request': 'Rispondi alla richiesta dell’acquirente {within} ({sure}).',
  'guard.repeat-buyer': {
    plural: 'count',
    one: 'Questo acquirente ha {count} altro ordine cancellato, rimborsato o contestato.',
    other: 'Questo acquirente ha {count} altri ordini cancellati, rimborsati o contestati.',
  },
  'projection.over':
    'Se cancelli tu questo ordine: {from, percent} → {to, percent} (oltre il {limit, percent} con {counted} su {total})',
  'projection.under':
    'Se cancelli tu questo ordine: {from, percent} → {to, percent} (ancora sotto il {limit, percent})',
  'count.platform-fulfilled': 'Gli ordini spediti dalla piattaforma sono fuori dal {metric}.',
  'count.asked-via-platform':
    'L’acquirente ha chiesto con la richiesta propria di {platform}: annullare con il motivo {reason} non conta.',
  'count.asked-via-message': 'L’acquirente ha chiesto per messaggio: annullare con il motivo {reason} non conta.',
  'count.buyer-reason-misused': 'Il motivo {reason} senza una richiesta dell’acquirente registrata conta comunque.',
  'count.message-only':
    'Una richiesta fatta solo per messaggio non è la procedura della piattaforma: questa cancellazione conta.',
  'count.seller': 'Una cancellazione del venditore conta nel {metric}.',
  'hint.never-ask':
    '{platform} vieta di chiedere all’acquirente di annullare: se lo chiede lui, annulla con il motivo {reason} e conserva la chat.',
  'hint.ask-not-out-of-stock':
    'Se l’acquirente vuole annullare, chiedigli di usare {flow}: così non conta. Mai per un ordine esaurito: quello lo annulli tu con il motivo {reason}.',
  'hint.ask': 'Se l’acquirente vuole annullare, chiedigli di usare {flow}.',
  'input.no-time': 'nessun orario attuale valido',
  'input.unknown-platform': 'piattaforma sconosciuta {platform}',
  'input.rate-not-percent': 'il tasso {rate} non è una percentuale',
  'input.counts-not-whole': 'i numeri di ordini non sono numeri interi',
  'input.counted-over-total': '{counted} su {total} è più di tutti gli ordini',
  'input.snapshot-no-time': 'il dato non ha un orario di lettura valido',
  'input.margin-range': 'la soglia di avviso deve essere tra lo 0 e il 100% del limite',
  'input.threshold-range': 'il limite impostato deve essere una percentuale maggiore di 0',
  'input.window-range': 'il periodo impostato deve essere da 1 a 400 giorni interi',
  'duplicate.summary': {
    plural: 'count',
    one: '{count} ordine in questa pagina sembra un doppione; è segnato nell’elenco.',
    other: '{count} ordini in questa pagina sembrano doppioni; sono segnati nell’elenco.',
  },
  'duplicate.flag': 'Possibile doppione: {buyer} ha fatto {count} ordini dello stesso articolo in meno di {hours} h.',
  'guard.auto-cancel-soon': {
    plural: 'count',
    one: '{platform} annullerà da sé {count} ordine di questa pagina entro 24 h se non intervieni; è segnato nell’elenco.',
    other:
      '{platform} annullerà da sé {count} ordini di questa pagina entro 24 h se non intervieni; sono segnati nell’elenco.',
  },
  'guard.auto-cancel-flag': '{platform} annulla da sé questo ordine il {at, datetime} se non intervieni.',
  'guard.decline-by-tracking-soon': {
    plural: 'count',
    one: 'Spedito, con la richiesta di annullamento dell’acquirente ancora aperta: rifiuta {count} richiesta di questa pagina caricando il tracciamento su {platform}; è segnata nell’elenco.',
    other:
      'Spediti, con la richiesta di annullamento dell’acquirente ancora aperta: rifiuta {count} richieste di questa pagina caricando il tracciamento su {platform}; sono segnate nell’elenco.',
  },
  'guard.decline-by-tracking-flag':
    'Spedito, annullamento richiesto: rifiutalo caricando il tracciamento su {platform}.',
  'guard.decline-by-tracking-flag-by':
    'Spedito, annullamento richiesto: rifiutalo caricando il tracciamento entro il {at, datetime}, altrimenti {platform} lo approva.',
  'cancel-warning.no-request':
    'Per questo ordine non c’è nessuna richiesta dell’acquirente registrata: il motivo {reason} conta comunque nel tuo tasso di cancellazione.',
  'cancel-warning.pick-buyer-reason':
    'L’acquirente ha richiesto questa cancellazione: scegli {reason} perché non conti.',

  'advice.confirm': 'L’acquirente ha chiesto tramite {flow}: annulla con il motivo {reason}.',
  'advice.confirm-within':
    'L’acquirente ha chiesto tramite {flow}: annulla con il motivo {reason} e rispondi alla richiesta {within}.',
  'advice.ask': 'Chiedi all’acquirente di usare {flow}; una cancellazione richiesta lì non conta contro di te.',
  'advice.ask-self-cancel': {
    plural: 'left',
    one: 'Per ancora {left} minuto l’acquirente può annullare da solo questo ordine; dopo, anche una cancellazione richiesta in {flow} non conta contro di te.',
    other:
      'Per ancora {left} minuti l’acquirente può annullare da solo questo ordine; dopo, anche una cancellazione richiesta in {flow} non conta contro di te.',
  },
  'advice.cancel-buyer-reason': 'Annulla tu con il motivo {reason}.',
  'advice.cancel-no-ask':
    '{platform} vieta di chiedere all’acquirente di annullare: annulla con il motivo dell’acquirente e conserva la chat come prova.',
  'advice.keep-chat':
    'Conserva la chat in cui l’acquirente ha chiesto: {platform} ne ha bisogno per trattare la cancellazione come richiesta dall’acquirente.',
  'advice.cancel-uncounted':
    'Annulla con il motivo {reason}: {platform} non conta una cancellazione richiesta dall’acquirente.',
  'advice.cancel-seller-only':
    'Su {platform} può annullare solo il venditore: annulla con «richiesta dell’acquirente» e rimborso completo.',
  'advice.check-duplicates':
    'Chiedi conferma all’acquirente prima di toccare qualsiasi cosa: gli ordini ripetuti erano voluti?',
  'advice.cancel-out-of-stock': 'Annulla tu con il motivo {reason}, spiega il perché all’acquirente e rimborsa tutto.',
  'advice.offer-similar':
    'Se hai un articolo simile disponibile, offrilo prima di annullare: una vendita salvata è una cancellazione evitata.',
  'advice.order-address-only': '{platform} chiede di spedire solo all’indirizzo dell’ordine.',
  'advice.ask-reorder':
    'Se all’acquirente serve un altro indirizzo, richiede la cancellazione e ordina di nuovo: non conta.',
  'advice.update-address':
    'Non ancora spedito: fai confermare il nuovo indirizzo all’acquirente nei messaggi della piattaforma, poi aggiornalo prima della spedizione.',
  'advice.ship-to-order-address':
    'Se la modifica non si può registrare sull’ordine, spedisci all’indirizzo dell’ordine.',
  'advice.remind-payment': 'Ricorda all’acquirente di pagare prima di annullare.',
  'advice.cancel-unpaid': 'Annulla con «l’acquirente non ha pagato» quando è passato il tempo che hai concesso.',
  'advice.hold-for-fraud':
    'Non spedire ancora: conserva i dati dell’ordine, i messaggi e ogni incongruenza che hai notato.',
  'advice.report-fraud': 'Segnalalo a {platform} e attendi la risposta prima di spedire o annullare.',
  'advice.answer-claim':
    'L’acquirente ha aperto un reclamo ({escalation}): rispondi lì con le tue prove, entro la scadenza.',
  'advice.evidence-not-received': 'Raccogli il tracciamento, le scansioni del corriere e i tuoi messaggi.',
  'advice.tracking-not-due':
    'La data di consegna non è ancora passata: condividi il tracciamento e rassicura l’acquirente.',
  'advice.refund-overdue':
    'La data di consegna è passata: rimborsa (o rispedisci) prima che l’acquirente apra un reclamo; un reclamo rimborsato dopo conta comunque.',
  'advice.replacement-if-wanted': 'Oppure invia un sostituto se l’acquirente vuole ancora l’articolo.',
  'advice.tracking-share': 'Condividi ciò che mostra il corriere, così l’acquirente sa dov’è il pacco.',
  'advice.evidence-photos': 'Chiedi delle foto; conserva le schermate dell’inserzione e i messaggi.',
  'advice.replacement': 'Invia un sostituto: l’acquirente riceve ciò che ha pagato e niente si aggrava.',
  'advice.refund-before-claim': 'Oppure rimborsa ora, prima che venga aperto un reclamo.',
  'advice.partial-refund': 'Se l’acquirente è disposto a tenerlo, un rimborso parziale chiude la questione.',
  'advice.ask-photo': 'Chiedi una foto del danno o della differenza.',
  'advice.redirect-parcel': 'Già spedito: chiedi al corriere di deviare o restituire il pacco.',
  'advice.keep-delivery-proof': 'Conserva il tracciamento e la prova di consegna.',
  'advice.decline-late':
    'È stato consegnato più di {days} giorni fa, fuori dal tuo periodo di reso: rifiuta con gentilezza e spiega perché.',
  'advice.store-credit': 'Il tuo negozio offre credito: un gesto di cortesia che trattiene l’acquirente.',
  'advice.offer-return': 'È già stato spedito, quindi non si può più annullare: offri un reso secondo la tua politica.',
  'advice.intercept-before-delivery': 'Oppure fatti restituire il pacco dal corriere prima della consegna.',
  'advice.decline-shipped': 'Spiega con gentilezza che gli ordini spediti si restituiscono, non si annullano.',
  'advice.ask-why-cancelled':
    'L’ordine è chiuso. Una domanda breve e neutra sul perché l’acquirente ha annullato ti aiuta a correggere la causa; nessuna richiesta di recensione, e una volta sola.',
  'effect.no-cancellation': 'Non viene fatta alcuna cancellazione.',
  'effect.refund-after-claim': 'Un rimborso dopo l’apertura di un reclamo conta comunque come difetto.',
  'effect.resolve-before-claim': 'Risolvere prima di un reclamo lo tiene fuori dal tuo tasso di difetti.',
  'effect.projected': '{why} {from, percent} → {to, percent} (limite {limit, percent}).',

  'lint.links': 'In questi messaggi i link non sono ammessi.',
  'lint-fix.links': 'Togli il link; descrivi a parole dove cliccare.',
  'lint.email': 'Gli indirizzi e-mail non sono ammessi.',
  'lint-fix.email': 'Togli l’indirizzo e-mail; resta nei messaggi della piattaforma.',
  'lint.phone': 'I numeri di telefono non sono ammessi.',
  'lint-fix.phone': 'Togli il numero di telefono.',
  'lint.emoji': 'Le emoji non sono ammesse.',
  'lint-fix.emoji': 'Togli l’emoji.',
  'lint.marketing': 'Pubblicità e promozioni qui non sono ammesse.',
  'lint-fix.marketing': 'Togli l’offerta o il riferimento allo sconto.',
  'lint.review-request': 'Non chiedere recensioni o feedback in questo messaggio.',
  'lint-fix.review-request': 'Togli la richiesta di recensione.',
  'lint.off-platform': 'Contatti o pagamenti fuori dalla piattaforma non sono ammessi.',
  'lint-fix.off-platform': 'Togli il nome dell’app o del metodo di pagamento esterno.',
  'lint.ask-buyer-to-cancel': 'Questa piattaforma vieta di chiedere all’acquirente di annullare.',
  'lint-fix.ask-buyer-to-cancel':
    'Scrivi che hai annullato (o che spedirai) invece di chiedere all’acquirente di annullare.',
  'lint.max-length': '{platform} ammette {max} caratteri; questa bozza ne ha {length}.',
  'lint-fix.max-length': 'Accorcia il messaggio.',
  'lint.order-id': 'Indica il numero d’ordine nel messaggio.',
  'lint-fix.order-id': 'Aggiungi {orderId}.',
  'draft-note.reply-within': '{platform} si aspetta una risposta ai messaggi degli acquirenti {within} ({sure}).',
  'draft-note.max-length': 'I messaggi su {platform} hanno al massimo {max} caratteri.',

  'status.unpaid': 'In attesa di pagamento',
  'status.unshipped': 'Non ancora spedito',
  'status.shipped': 'Spedito',
  'status.delivered': 'Consegnato',
  'status.cancelled': 'Annullato',
  'status.unknown': 'Sconosciuto',
  'situation.changed-mind': 'Ha cambiato idea',
  'situation.duplicate-order': 'Ordine doppio',
  'situation.out-of-stock': 'Esaurito',
  'situation.address-change': 'Cambio di indirizzo',
  'situation.not-received': 'Non ricevuto',
  'situation.damaged': 'Danneggiato',
  'situation.not-as-described': 'Non conforme alla descrizione',
  'situation.payment-problem': 'Problema di pagamento',
  'situation.suspected-fraud': 'Sospetta frode',
  'situation.late-cancellation': 'Cancellazione tardiva',
  'asked.platform-request': 'Tramite la piattaforma',
  'asked.message': 'Per messaggio',
  'asked.seller': 'Nessuno: è un’idea mia',
  'action.confirm-buyer-cancellation': 'Conferma la cancellazione dell’acquirente',
  'action.ask-buyer-to-request-cancellation': 'Chiedi all’acquirente di richiedere la cancellazione',
  'action.cancel': 'Annulla l’ordine',
  'action.decline-cancellation': 'Rifiuta con gentilezza',
  'action.offer-return': 'Offri un reso',
  'action.refund': 'Rimborsa',
  'action.partial-refund': 'Rimborso parziale',
  'action.replacement': 'Invia un sostituto',
  'action.store-credit': 'Offri credito nel negozio',
  'action.update-address': 'Aggiorna l’indirizzo',
  'action.ship-to-order-address': 'Spedisci all’indirizzo dell’ordine',
  'action.intercept-shipment': 'Intercetta la spedizione',
  'action.provide-tracking': 'Condividi il tracciamento',
  'action.gather-evidence': 'Raccogli le prove',
  'action.escalate-to-platform': 'Rispondi al reclamo sulla piattaforma',
  'action.contact-buyer': 'Contatta l’acquirente',
  'action.ask-why-cancelled': 'Chiedi perché ha annullato',
  'event.order-seen': 'ordine visto',
  'event.status-changed': 'stato cambiato',
  'event.cancellation': 'cancellazione',
  'event.cancel-request-seen': 'richiesta di cancellazione dell’acquirente',
  'event.refund': 'rimborso',
  'event.return-requested': 'reso richiesto',
  'event.dispute-opened': 'controversia aperta',
  'event.address-changed': 'indirizzo cambiato',
  'event.draft-used': 'bozza usata',
  'event.advice-given': 'consiglio mostrato',
  'event.advice-outcome': 'consiglio seguito?',
  'outcome.counted': 'ha contato nel tasso',
  'outcome.not-counted': 'non ha contato',
  'outcome.followed': 'consiglio seguito',
  'outcome.not-followed': 'consiglio non seguito',

  'common.loading': 'Caricamento…',
  'common.saved': 'Salvato.',
  'common.not-saved': 'Non salvato: {why}',
  'common.yes': 'sì',
  'common.no': 'no',
  'common.none': '—',
  'common.history': 'Cronologia',
  'common.settings': 'Impostazioni',

  'popup.no-tab': 'Nessuna scheda da esaminare.',
  'popup.open-seller-page':
    'Apri un ordine, l’elenco degli ordini o lo stato dell’account su Amazon Seller Central, Etsy o AliExpress: Seller Guard li legge lì.',
  'popup.could-not-read': 'Seller Guard non è riuscito a leggere questa pagina, quindi non mostra numeri.',
  'popup.advice-failed': 'Non è stato possibile caricare i consigli: chiudi la finestra e riaprila.',
  'order.title': 'Ordine {id}',
  'order.buyer': 'Acquirente',
  'order.status': 'Stato',
  'order.ordered': 'Ordinato il',
  'order.ship-by': 'Spedire entro',
  'order.item': '{quantity} × {title}',
  'order.buyer-asked': 'L’acquirente ha chiesto la cancellazione tramite la piattaforma.',
  'order.buyer-asked-why': 'L’acquirente ha chiesto la cancellazione tramite la piattaforma: {reason}',
  'order.history': 'Cronologia di questo ordine',
  'gauge.label': 'Controllo delle cancellazioni',
  'gauge.now': 'Ora',
  'gauge.limit': 'limite',
  'gauge.if-you-cancel': 'se annulli',
  'situation.heading': 'Che cosa è successo?',
  'asked.heading': 'Come ha chiesto l’acquirente?',
  'actions.heading': 'Azioni suggerite',
  'actions.none': 'Niente da fare per questo ordine in questa situazione.',
  'actions.reason-code': '(motivo {reason})',
  'actions.rule': 'Regola: {rule}',
  'actions.effect': '{metric}: {detail}',
  'draft.heading': 'Messaggio all’acquirente',
  'draft.language': 'Lingua',
  'draft.label': 'Bozza del messaggio',
  'draft.template': 'Modello',
  'draft.built-in': 'Predefinito',
  'draft.own-template': '{title} ({lang})',
  'draft.insert': 'Inserisci nella pagina',
  'draft.copy': 'Copia',
  'draft.not-saved': 'Impossibile salvare la bozza.',
  'draft.copied': 'Copiato.',
  'draft.inserted': 'Inserito nella casella del messaggio. Controllalo lì e invialo tu.',
  'draft.no-box.amazon':
    'Nessuna casella di messaggio in questa pagina: apri l’ordine, fai clic sul nome dell’acquirente («Contatta l’acquirente»), poi di nuovo su Inserisci.',
  'draft.no-box.etsy':
    'Nessuna casella di messaggio in questa pagina: apri la conversazione con l’acquirente in Messaggi, poi di nuovo su Inserisci.',
  'draft.no-box.aliexpress':
    'Nessuna casella di messaggio in questa pagina: apri il dettaglio dell’ordine e il suo pannello messaggi, poi di nuovo su Inserisci.',
  'draft.no-box': 'Nessuna casella di messaggio in questa pagina.',
  'draft.no-message-needed': 'Questa azione non richiede alcun messaggio all’acquirente.',
  'draft.loading': 'Caricamento della bozza…',
  'draft.rules': 'Regole dei messaggi',
  'draft.uses': 'Volte usato per questo ordine: {count}',
  'draft.use': '{at, datetime} · {how} · {lang}',
  'draft.how.inserted': 'inserito',
  'draft.how.copied': 'copiato',

  'options.title': 'Impostazioni di Seller Guard',
  'options.your-data': 'I tuoi dati',
  'options.data-statement':
    'Seller Guard conserva ciò che legge nelle tue pagine di venditore (ordini, i tuoi dati della piattaforma, cancellazioni viste, bozze) solo in questo browser. Nulla lascia questo computer: l’estensione non fa richieste di rete.',
  'options.store-counts': '{orders} ordini, {figures} dati della piattaforma, {events} eventi salvati.',
  'options.delete-everything': 'Elimina tutto…',
  'options.confirm-delete':
    'Eliminare tutti gli ordini, i dati, gli eventi e le bozze che Seller Guard ha salvato su questo computer?',
  'options.deleted': 'È stato eliminato tutto.',
  'options.could-not-delete': 'Impossibile eliminare: {why}',
  'options.could-not-read-data': 'Impossibile leggere i dati locali: {why}',
  'options.loading': 'Caricamento delle impostazioni…',
  'options.save': 'Salva le impostazioni',
  'policy.heading': 'La politica del tuo negozio',
  'policy.cancel-window': 'Periodo di cancellazione (ore)',
  'policy.return-window': 'Periodo di reso (giorni)',
  'policy.return-shipping': 'Spedizione del reso pagata da',
  'policy.the-buyer': 'l’acquirente',
  'policy.my-shop': 'il mio negozio',
  'policy.restocking-fee': 'Costo di rimessa in magazzino (%)',
  'policy.store-credit': 'Offro credito nel negozio',
  'policy.signature': 'Firma dei messaggi',
  'policy.retention': 'Elimina gli eventi più vecchi di (mesi, 0 = conserva)',
  'policy.warn-from': 'Avvisa a partire da (% del limite)',
  'policy.banner-language': 'Lingua del riquadro nelle pagine del venditore',
  'policy.banner-language.marketplace': 'La lingua del marketplace',
  'policy.banner-language.browser': 'La lingua del mio browser',
  'limits.heading': 'Limiti di cancellazione',
  'limits.intro': 'È mostrato il limite di ogni piattaforma; scrivine un altro per sostituirlo (le regole cambiano).',
  'limits.checked-on': '{platform} — regole verificate il {date, date}',
  'limits.rules-old': ' — verificate {days} giorni fa: la piattaforma potrebbe aver cambiato le regole, controllale.',
  'limits.none': 'Nessun limite di cancellazione pubblicato.',
  'limits.market': '{market}: {limit, percent} in {days} giorni ({confidence})',
  'limits.also-window': 'anche in {days} giorni',
  'limits.long-window': '{days} giorni con meno di {min} ordini',
  'limits.platform-value': 'valore della piattaforma',
  'templates.heading': 'I tuoi modelli di messaggio',
  'templates.none': 'Ancora nessuno. I modelli predefiniti sono sempre disponibili.',
  'templates.entry': '{platform}, {action}, {lang}',
  'templates.edit': 'Modifica',
  'templates.delete': 'Elimina',
  'templates.title': 'Titolo',
  'templates.platform': 'Piattaforma',
  'templates.action': 'Azione',
  'templates.language': 'Lingua',
  'templates.text': 'Testo ({buyer}, {orderId}, {item}, {returnDays}, {signature} …)',
  'templates.starter': 'Gentile {buyer},\n\nin merito all’ordine {orderId}: \n\n{signature}',
  'templates.add': 'Aggiungi modello',
  'templates.save-changes': 'Salva le modifiche',
  'templates.saved': 'Modello salvato.',
  'transfer.export-json': 'Esporta (JSON)',
  'transfer.export-csv': 'Esporta gli eventi (CSV)',
  'transfer.import': 'Importa un file esportato',
  'transfer.imported': 'Importato: {orders} nuovi ordini, {events} nuovi eventi, {drafts} nuove bozze.',
  'transfer.import-failed': 'Non è stato importato nulla: {why}',
  'refusal.unknown-sender': 'La richiesta non proveniva da Seller Guard stesso, quindi è stata rifiutata.',
  'refusal.malformed': 'La richiesta non era in una forma accettata da Seller Guard, quindi non è stato fatto nulla.',
  'refusal.untrusted-reading':
    'Ciò che mostrava questa pagina non ha superato i controlli di Seller Guard (ordini di un’altra pagina o date impossibili), quindi non vengono mostrati dati.',
  'refusal.not-injected': 'Seller Guard non è riuscito ad avviarsi in questa pagina; ricaricala per riprovare.',
  'refusal.no-order': 'Questa scheda non mostra più quell’ordine.',
  'refusal.import-refused': 'Non è stato possibile importare il file; non è stato modificato nulla.',
  'refusal.storage': 'Il salvataggio non è riuscito; nulla è stato salvato a metà. Riprova tra un momento.',
  'refusal.storage-full':
    'Lo spazio di archiviazione di Seller Guard su questo computer è pieno. Libera spazio su disco o elimina i vecchi dati nelle opzioni.',
  'refusal.failed': 'Seller Guard non è riuscito a farlo; riprova e ricarica l’estensione se continua a succedere.',
  'refusal.no-answer': 'Il processo in background non ha risposto.',
  'import-problem.not-export': 'Questo non è un file di esportazione di Seller Guard. Non è stato importato nulla.',
  'import-problem.newer':
    'Questo file è stato scritto da una versione più recente di Seller Guard (formato {version}); aggiorna l’estensione per importarlo. Non è stato importato nulla.',
  'import-problem.damaged': 'Il file è danneggiato in {where}: {issue}. Non è stato importato nulla.',
  'import-issue.unknown-field': 'un campo che questo formato non prevede',
  'import-issue.missing': 'manca un valore obbligatorio',
  'import-issue.wrong-type': 'il valore non è del tipo giusto',
  'import-issue.not-allowed-value': 'il valore non è tra quelli consentiti per questo campo',
  'import-issue.out-of-range': 'il numero è fuori dai limiti possibili',
  'import-issue.too-long': 'il testo è troppo lungo',
  'import-issue.bad-date': 'una data precedente al 2000 o nel futuro',
  'import-issue.not-marketplace': 'non è un marketplace di questa piattaforma',
  'import-issue.not-order-number': 'non è nel formato dei numeri d’ordine di questa piattaforma',
  'import-issue.key-mismatch': 'la sua chiave non corrisponde a piattaforma e ordine',
  'import-issue.invalid': 'il valore non è valido',
  'transfer.not-json': 'il file non è in formato JSON.',
  'csv.time': 'ora',
  'csv.platform': 'piattaforma',
  'csv.marketplace': 'marketplace',
  'csv.order': 'ordine',
  'csv.event': 'evento',
  'csv.detail': 'dettaglio',
  'csv.counts': 'conta_nel_tasso',
  'csv.page': 'pagina',

  'history.title': 'Cronologia di Seller Guard',
  'history.filters': 'Filtri',
  'history.platform': 'Piattaforma',
  'history.marketplace': 'Marketplace',
  'history.from': 'Dal',
  'history.to': 'Al',
  'history.event': 'Evento',
  'history.reason': 'Motivo',
  'history.outcome': 'Esito',
  'history.order': 'Ordine',
  'history.all': 'tutti',
  'history.at-a-glance': 'In sintesi',
  'history.share':
    '{total} cancellazioni registrate: {counted} hanno contato nel tuo tasso, {notCounted} no, perché l’acquirente ha usato la richiesta propria della piattaforma ({saved, percent}).',
  'history.why-buyers-asked': 'Perché gli acquirenti hanno chiesto: {reasons}.',
  'history.reason-count': '{reason} ({count})',
  'history.no-reason': 'nessun motivo indicato',
  'history.repeat-buyers': 'Acquirenti con più ordini cancellati, rimborsati o contestati: {buyers}.',
  'history.events-all': 'Eventi ({total})',
  'history.events-counting': 'Eventi (i {shown} più recenti, conteggio in corso…)',
  'history.events-of': 'Eventi (i {shown} più recenti su {total})',
  'history.col-time': 'Ora',
  'history.col-detail': 'Dettaglio',
  'history.col-counts': 'Conta',
  'chart.label': '{platform} {marketplace}: {points}',
  'chart.label-limit': '{platform} {marketplace}: {points}; limite {limit, percent}',
  'chart.point': '{at, date} {rate, percent}',
  'detail.status-change': '{from} → {to}',
  'detail.cancelled-platform-request': 'richiesta dell’acquirente tramite la piattaforma',
  'detail.cancelled-message': 'l’acquirente ha chiesto per messaggio; annullato dal venditore',
  'detail.cancelled-seller': 'annullato dal venditore',
  'detail.reason-picked': 'motivo scelto: {reason}',
  'detail.joined': '{first}; {second}',
  'detail.request-platform': 'tramite la piattaforma',
  'detail.request-message': 'per messaggio',
  'detail.refund.full': 'rimborso completo',
  'detail.refund.partial': 'rimborso parziale',
  'detail.refund.requested': 'rimborso richiesto',
  'detail.address-changed': 'L’indirizzo di spedizione è cambiato.',
  'detail.draft-used': '{how} ({action}, {lang})',
  'detail.advice-outcome': '{action}: {outcome}',

  // Policy truth (issue #15): the ladders, deadlines and regional rules the guard and the
  // advice now follow on every platform, the rules' certainty, and drafts split for short boxes.
  'guard.no-metric.unsourced':
    'Seller Guard non ha trovato un limite di cancellazioni pubblicato per questo marketplace, quindi qui non ne valuta nessuno.',
  'guard.standing.cancellations': {
    plural: 'left',
    one: 'Ora {band} (limite {limit, percent}): ci sta ancora {left} cancellazione conteggiata prima di {next}.',
    other: 'Ora {band} (limite {limit, percent}): ci stanno ancora {left} cancellazioni conteggiate prima di {next}.',
  },
  'guard.standing.defects': {
    plural: 'left',
    one: 'Ora {band} (limite {limit, percent}): ci sta ancora {left} difetto prima di {next}.',
    other: 'Ora {band} (limite {limit, percent}): ci stanno ancora {left} difetti prima di {next}.',
  },
  'guard.standing.cases': {
    plural: 'left',
    one: 'Ora {band} (limite {limit, percent}): ci sta ancora {left} caso prima di {next}.',
    other: 'Ora {band} (limite {limit, percent}): ci stanno ancora {left} casi prima di {next}.',
  },
  'guard.standing-rate': 'Ora {band} (limite {limit, percent}).',
  'guard.standing-last': 'Ora {band}, l’ultimo gradino.',
  'guard.before.cancellations': {
    plural: 'left',
    one: 'Ci sta ancora {left} cancellazione conteggiata prima di {band}.',
    other: 'Ci stanno ancora {left} cancellazioni conteggiate prima di {band}.',
  },
  'guard.before.defects': {
    plural: 'left',
    one: 'Ci sta ancora {left} difetto prima di {band}.',
    other: 'Ci stanno ancora {left} difetti prima di {band}.',
  },
  'guard.before.cases': {
    plural: 'left',
    one: 'Ci sta ancora {left} caso prima di {band}.',
    other: 'Ci stanno ancora {left} casi prima di {band}.',
  },
  'guard.unique-buyers-assumed':
    'Questa soglia richiede {count} difetti da acquirenti diversi; la pagina non dice quanti acquirenti, quindi Seller Guard conta ogni difetto come un acquirente diverso.',
  'guard.limit-official-regional':
    'Questo limite viene dalle pagine di {platform} per altri marketplace; per questo non ne è stata trovata nessuna.',
  'guard.limit-third-party':
    '{platform} non pubblica questo limite in nessuna pagina trovata da Seller Guard: viene da fonti di terzi.',
  'guard.also-near': '{metric} {rate, percent} è vicino al limite di {limit, percent} ({sure}).',
  'guard.also-over': '{metric} {rate, percent} supera il limite di {limit, percent} ({sure}).',
  'guard.long-window':
    'Con meno di {min} ordini in {short} giorni, {platform} misura gli ultimi {long} giorni ({sure}).',
  'guard.window-disputed':
    'Le pagine di {platform} non concordano su questo periodo (qui {days} giorni); vale quello indicato dalla tua pagina.',
  'guard.level-held': 'Livello venditore {platform} fino alla prossima valutazione il {at, date}: {band}.',
  'guard.next-evaluation-stated':
    '{platform} valuta i venditori una volta al mese: la prossima il {at, date}, come indica la pagina.',
  'guard.next-evaluation': '{platform} valuta i venditori una volta al mese: la prossima il {at, date} ({sure}).',
  'guard.cancellation-fee':
    'Qui ogni cancellazione del venditore costa anche il {percent, percent} della commissione ({late, percent} dopo la data di spedizione prevista) ({sure}).',
  'guard.new-seller':
    '{platform} non mostra alcun colore fino alle tue prime {sales} vendite; ogni cancellazione conta comunque ({sure}).',
  'guard.reason-buyer-free':
    'Se l’acquirente ha chiesto di annullare (basta un messaggio), il motivo {reason} non è un difetto.',
  'guard.request-window': {
    plural: 'left',
    one: 'Per ancora {left} minuto l’acquirente può chiedere l’annullamento tramite {flow}; poi la sua richiesta ti arriverà per messaggio ({sure}).',
    other:
      'Per ancora {left} minuti l’acquirente può chiedere l’annullamento tramite {flow}; poi la sua richiesta ti arriverà per messaggio ({sure}).',
  },
  'guard.auto-cancel':
    '{platform} annullerà da sola questo ordine il {at, datetime} se non viene spedito, e quella cancellazione conta ({sure}).',
  'guard.auto-cancel-request':
    '{platform} annullerà da sola questo ordine il {at, datetime} se la richiesta resta senza risposta ({sure}).',
  'guard.decline-by-tracking':
    'Spedito con una richiesta di annullamento aperta: carica il tracciamento e {platform} rifiuta la richiesta.',
  'guard.decline-by-tracking-by':
    'Spedito con una richiesta di annullamento aperta: carica il tracciamento entro il {at, datetime} e {platform} rifiuta la richiesta; dopo la approva da sé.',
  'projection.band': 'Se lo annulli tu: {from, percent} → {to, percent}, e scendi a {band}.',
  'count.platform-says-not': 'La pagina stessa di {platform} dice che questa vendita non conta contro di te.',
  'count.whoever-asked': '{platform} conta una cancellazione chiunque l’abbia chiesta.',
  'hint.buyer-reason':
    'Se l’acquirente vuole annullare, annulla con il motivo {reason}: nessun difetto. Il motivo {oos} è un difetto, anche se l’acquirente lo ha chiesto.',
  'hint.explain-first':
    '{platform} conta ogni cancellazione, chiunque l’abbia chiesta: prima spiega e offri una soluzione.',
  'advice.confirm-counts': 'L’acquirente ha chiesto tramite la piattaforma: conferma, ma {platform} la conta comunque.',
  'advice.ask-own-reason':
    'Chiedi all’acquirente di richiedere l’annullamento tramite {flow} con il proprio motivo: un motivo che dà la colpa al venditore conta contro di te.',
  'advice.cancel-seller-reason':
    'È un’idea tua: annulla con il motivo {reason}, mai con quello dell’acquirente; conta.',
  'advice.cancel-counts-anyway':
    'Se spiegare non basta, annulla con il motivo giusto: {platform} la conta anche se l’ha chiesta l’acquirente.',
  'advice.explain-first':
    'Prima spiega la situazione e offri una soluzione (un articolo simile, una consegna più tardi, un rimborso parziale): qui ogni cancellazione conta.',
  'advice.no-ask-out-of-stock':
    'Scrivi all’acquirente che hai annullato e rimborsato; non chiedergli mai di richiedere lui l’annullamento.',
  'advice.backorder':
    'Se l’articolo torna disponibile, dai più tempo di gestione all’ordine (ordine arretrato, tempo personalizzato) invece di annullare.',
  'advice.cancel-address':
    'Se l’indirizzo non è raggiungibile e l’acquirente non lo corregge, annulla con il motivo {reason}.',
  'advice.wait-pending':
    'L’ordine è ancora in sospeso su {platform}: non spedirlo; se l’acquirente lo annulla lì, non conta.',
  'advice.unpaid-route':
    'Trascorso il termine di pagamento, usa la procedura per oggetto non pagato di {platform}: rimuove il difetto.',
  'advice.unpaid-no-rule':
    'Seller Guard non ha trovato regole di {platform} sugli ordini non pagati: non spedire finché il pagamento non risulta ricevuto.',
  'advice.report-fraud-removal':
    '{platform} rimuove il difetto quando agisce contro un acquirente fraudolento: segnalalo lì con le tue prove.',
  'advice.platform-serves':
    '{platform} assiste gli acquirenti degli ordini che spedisce: indirizza l’acquirente al suo servizio clienti invece di rimborsare o sostituire dal tuo magazzino.',
  'advice.decline-by-tracking':
    'Già spedito: carica il tracciamento e {platform} rifiuta la richiesta di annullamento.',
  'advice.answer-claim-within':
    'L’acquirente ha aperto un reclamo ({escalation}): rispondi lì con le tue prove {within} ({sure}).',
  'advice.mediation':
    'Se l’acquirente non è d’accordo, porta il caso alla {escalation} con le tue prove (tracciamento, foto, messaggi).',
  'advice.resolve-in-time':
    'Rimborsa o accetta un reso {within}: un reclamo risolto in tempo non conta contro di te ({sure}).',
  'advice.resolve-claim': 'Risolvilo con l’acquirente (rimborso o reso): un reclamo risolto non conta contro di te.',
  'advice.replacement-resolves': 'Oppure invia una sostituzione se l’acquirente la preferisce: anche così si risolve.',
  'advice.refund-during-claim': 'Un rimborso lo chiude ancora; l’effetto qui sotto dice cosa fa alle tue metriche.',
  'advice.answer-request':
    'Rispondi all’acquirente {within}: rimborsa, sostituisci o accetta il reso, così la richiesta la risolvi tu.',
  'advice.answer-request-soon':
    'Rispondi presto all’acquirente: rimborsa, sostituisci o accetta il reso, così la richiesta la risolvi tu.',
  'advice.exclusion.delivered-not-received':
    'Il tracciamento dice «consegnato»: se il reclamo conta contro di te, chiedi una revisione di esclusione.',
  'advice.exclusion.carrier-delay':
    'Se il corriere ha ritardato benché tu abbia spedito in tempo, chiedi una revisione di esclusione.',
  'advice.exclusion.remorse':
    'Se l’acquirente ha solo cambiato idea su un prodotto perfetto, chiedi una revisione di esclusione.',
  'advice.exclusion.buyer-error': 'Se l’acquirente ha ordinato per errore, chiedi una revisione di esclusione.',
  'advice.claim-not-yet':
    'Un reclamo è possibile solo {days} giorni dopo l’ultima data di consegna stimata: condividi il tracciamento e rassicura prima l’acquirente.',
  'advice.no-tracking-reassure':
    'Questo ordine non ha tracciamento: di’ all’acquirente quando è partito e quando dovrebbe arrivare.',
  'advice.tracking-shows-delivered':
    'Mostra all’acquirente la scansione di consegna del corriere e suggerisci di chiedere ai vicini.',
  'advice.refund-overdue-plain':
    'La data di consegna è passata: rimborsa (o rispedisci) ora invece di aspettare un reclamo.',
  'advice.refund-before-claim-plain': 'Oppure rimborsa ora, prima che l’acquirente si rivolga alla piattaforma.',
  'advice.offer-return-platform':
    'È già spedito e non si può più annullare: offri un reso entro i {days} giorni della piattaforma.',
  'advice.address-delivered': 'È stato consegnato all’indirizzo dell’ordine: aiuta l’acquirente a recuperarlo lì.',
  'advice.refund-your-call':
    'Se il pacco non si può recuperare, il rimborso lo decidi tu (anche parziale, meno la spedizione).',
  'effect.resolve-in-time': 'Se risolto {within}, non conta.',
  'effect.band': 'Ti porterebbe a {band}.',
  'draft-note.starts-with-reason':
    '{platform} ti lascia aprire una conversazione solo scegliendo uno dei suoi motivi; l’acquirente può sempre scrivere per primo ({sure}).',
  'lint.filtered-words': 'Il filtro dei messaggi della piattaforma blocca questa parola.',
  'lint-fix.filtered-words': 'Togli il nome dell’app o del contatto; tieni la conversazione nei messaggi dell’ordine.',
  'metric.cases-closed': 'Casi chiusi senza risoluzione del venditore',
  'metric.case-rate': 'Tasso di casi',
  'metric.claims': 'Reclami',
  'metric.delayed-handling': 'Ritardi di gestione',
  'metric.mediations': 'Mediazioni',
  'metric-inline.cases-closed': 'casi chiusi senza risoluzione del venditore',
  'metric-inline.case-rate': 'tasso di casi',
  'metric-inline.claims': 'tasso di reclami',
  'metric-inline.delayed-handling': 'tasso di ritardi di gestione',
  'metric-inline.mediations': 'tasso di mediazioni',
  'band.within': 'entro il limite',
  'band.over': 'oltre il limite',
  'band.top-rated': 'Top Rated',
  'band.above-standard': 'Sopra gli standard',
  'band.below-standard': 'Sotto gli standard',
  'band.leader': 'MercadoLíder',
  'band.green': 'verde',
  'band.yellow': 'giallo',
  'band.orange': 'arancione',
  'band.red': 'rosso',
  'band.violation': 'una violazione (2 punti e un limite di ordini)',
  'band.violation-severe': 'una violazione grave (4 punti)',
  'band.order-limit-2': 'un limite di ordini più severo',
  'band.order-limit-3': 'il limite di ordini più severo',
  'deadline.hours': { plural: 'amount', one: 'entro {amount} ora', other: 'entro {amount} ore' },
  'deadline.business-hours': {
    plural: 'amount',
    one: 'entro {amount} ora lavorativa',
    other: 'entro {amount} ore lavorative',
  },
  'deadline.days': { plural: 'amount', one: 'entro {amount} giorno', other: 'entro {amount} giorni' },
  'deadline.business-days': {
    plural: 'amount',
    one: 'entro {amount} giorno lavorativo',
    other: 'entro {amount} giorni lavorativi',
  },
  'deadline.working-days': {
    plural: 'amount',
    one: 'entro {amount} giorno feriale',
    other: 'entro {amount} giorni feriali',
  },
  'action.wait-for-platform': 'Attendere la piattaforma',
  'action.report-unpaid': 'Segnalare oggetto non pagato',
  'action.upload-tracking': 'Caricare il tracciamento',
  'action.request-exclusion-review': 'Chiedere una revisione di esclusione',
  'action.extend-handling-time': 'Allungare il tempo di gestione',
  'action.request-mediation': 'Chiedere la mediazione',
  'action.refer-to-platform': 'Indirizzare al servizio della piattaforma',
  'confidence.page': 'secondo la pagina',
  'guard.statement-official-regional': 'Seller Guard lo ha letto su pagine di {platform} per altri marketplace.',
  'guard.statement-third-party':
    '{platform} non lo dice in nessuna pagina trovata da Seller Guard: viene da fonti di terzi.',
  'advice.past-cancel-window':
    'Sono passati i {days} giorni di {platform} dalla vendita: l’ordine non si può più annullare; parlane con l’acquirente.',
  'confidence.official': 'ufficiale',
  'confidence.official-regional': 'ufficiale, pagina di un altro marketplace',
  'confidence.third-party': 'fonte di terzi',
  'actions.rule-ref': '{confidence}, verificata il {checked, date}',
  'actions.rule-dated': '{confidence}, fonte del {dated}, verificata il {checked, date}',
  'draft.parts':
    'I messaggi di {platform} contengono {max} caratteri: questa bozza parte in {count} messaggi, uno dopo l’altro.',
  'draft.part': 'Messaggio {n} di {count} ({length} caratteri)',
  'draft.insert-part': 'Inserisci il messaggio {n}',
};
