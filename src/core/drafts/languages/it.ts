import type { LanguagePack } from '../template-types';

export const it: LanguagePack = {
  flows: {
    amazon: 'I miei ordini › Richiedi cancellazione',
    ebay: 'Cronologia acquisti › Altre azioni › Annulla questo ordine',
    other: 'la pagina del tuo ordine › Richiedi cancellazione',
  },
  returnShippingBuyer: "Le spese di reso sono a carico dell'acquirente.",
  returnShippingSeller: 'Le spese di reso sono a nostro carico.',
  buyerFallback: '',
  templates: {
    'ask-request-cancellation':
      "Gentile {buyer},\n\ngrazie per il messaggio sull'ordine {orderId}. Per annullarlo, apri {flow} e invia la richiesta: la confermeremo subito e riceverai il rimborso completo.\n\nCordiali saluti,\n{signature}",
    'cancellation-confirmed':
      "Gentile {buyer},\n\nabbiamo annullato l'ordine {orderId} ({item}) come richiesto. Il rimborso completo è in arrivo sul tuo metodo di pagamento.\n\nCordiali saluti,\n{signature}",
    'out-of-stock-cancelled':
      "Gentile {buyer},\n\nci dispiace: {item} dell'ordine {orderId} non è più disponibile, quindi abbiamo annullato l'ordine e ti abbiamo rimborsato l'intero importo. Ci scusiamo per il disagio.\n\nCordiali saluti,\n{signature}",
    'duplicate-check':
      "Gentile {buyer},\n\nvediamo più ordini di {item}, tra cui l'ordine {orderId}. Volevi davvero ordinarne più di uno? In caso contrario, scrivici e sistemiamo tutto prima della spedizione.\n\nCordiali saluti,\n{signature}",
    'address-cannot-change':
      "Gentile {buyer},\n\ngrazie per averci avvisato. Possiamo spedire l'ordine {orderId} solo all'indirizzo indicato. Se ti serve un altro indirizzo, richiedi la cancellazione in {flow} ed effettua un nuovo ordine.\n\nCordiali saluti,\n{signature}",
    'address-update-confirm':
      "Gentile {buyer},\n\ngrazie. L'ordine {orderId} non è ancora stato spedito, quindi possiamo cambiare l'indirizzo. Confermaci qui il nuovo indirizzo completo.\n\nCordiali saluti,\n{signature}",
    'payment-reminder':
      "Gentile {buyer},\n\nl'ordine {orderId} ({item}) è in attesa di pagamento. Appena il pagamento sarà completato lo spediremo. Se qualcosa non ha funzionato, faccelo sapere.\n\nCordiali saluti,\n{signature}",
    'tracking-update':
      "Gentile {buyer},\n\nil tuo ordine {orderId} è in viaggio. Puoi seguirlo con il tracciamento nella pagina dell'ordine. Se non arriva entro la data prevista, scrivici e risolveremo.\n\nCordiali saluti,\n{signature}",
    'refund-issued':
      "Gentile {buyer},\n\nci dispiace che l'ordine {orderId} non sia andato bene. Ti abbiamo rimborsato l'intero importo, che arriverà sul tuo metodo di pagamento in pochi giorni.\n\nCordiali saluti,\n{signature}",
    'replacement-offer':
      "Gentile {buyer},\n\nci dispiace per il problema con l'ordine {orderId}. Possiamo inviarti un articolo sostitutivo senza costi aggiuntivi. Procediamo?\n\nCordiali saluti,\n{signature}",
    'offer-return':
      "Gentile {buyer},\n\nl'ordine {orderId} è già stato spedito e non può più essere annullato, ma puoi restituirlo entro {returnDays} giorni dalla consegna per ottenere il rimborso. {returnShipping}\n\nCordiali saluti,\n{signature}",
    'decline-politely':
      "Gentile {buyer},\n\ngrazie per il messaggio sull'ordine {orderId}. È stato consegnato più di {returnDays} giorni fa, oltre il nostro periodo di reso, quindi non possiamo accettare l'annullamento né il reso. Grazie per la comprensione.\n\nCordiali saluti,\n{signature}",
    'ask-photos':
      "Gentile {buyer},\n\nci dispiace per il problema con l'ordine {orderId}. Potresti inviarci una foto dell'articolo e della confezione? Ci aiuterà a risolvere in fretta.\n\nCordiali saluti,\n{signature}",
    'ask-why-cancelled':
      'Gentile {buyer},\n\nil tuo ordine {orderId} è stato annullato. Se hai un momento, potresti dirci in breve perché hai deciso di annullarlo? Ci aiuta a migliorare. Se preferisci non rispondere, nessun problema.\n\nCordiali saluti,\n{signature}',
    'explain-offer-solution':
      "Gentile {buyer},\n\ngrazie per il messaggio sull'ordine {orderId}. Prima di annullare, raccontaci cosa è successo: possiamo offrirti un articolo simile, una consegna più avanti o un rimborso parziale. Se preferisci comunque annullare, ce ne occupiamo noi.\n\nCordiali saluti,\n{signature}",
    'backorder-notice':
      "Gentile {buyer},\n\ngrazie per l'ordine {orderId}. {item} è in riassortimento, quindi partirà qualche giorno più tardi del previsto; il tempo di gestione dell'ordine è aggiornato. Ci scusiamo per l'attesa: ti invieremo il tracciamento alla spedizione.\n\nCordiali saluti,\n{signature}",
    'contact-platform-support':
      "Gentile {buyer},\n\ngrazie per il messaggio sull'ordine {orderId}. Questo ordine è stato spedito da Amazon, il cui servizio clienti gestisce consegna, resi e rimborsi: contattalo da I miei ordini e ti aiuterà subito.\n\nCordiali saluti,\n{signature}",
  },
};
