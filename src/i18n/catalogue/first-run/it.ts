import type { Messages } from '../../message';
import type { FirstRunKey } from './en';

export const firstRunIt: Record<FirstRunKey, Messages[string]> = {
  'common.privacy': 'Informativa sulla privacy',

  'access.missing':
    'Seller Guard non può vedere le tue pagine venditore: il browser non gli ha dato accesso a quei siti.',
  'access.grant': 'Consenti sui siti venditore',
  'access.granted': 'Accesso concesso. Ricarica le tue pagine venditore e Seller Guard le leggerà.',
  'access.refused': 'L’accesso non è stato concesso.',
  'access.how':
    'Puoi consentirlo anche nelle impostazioni dei componenti aggiuntivi del browser: in Firefox, Componenti aggiuntivi e temi › Seller Guard › Permessi; in Chrome ed Edge, Estensioni › Seller Guard › Dettagli › Accesso ai siti.',

  'welcome.title': 'Benvenuto in Seller Guard',
  'welcome.intro':
    'Seller Guard ti avvisa prima che un annullamento danneggi il tuo account venditore e ti mostra la via che non conta contro di te.',
  'welcome.demo-jump': 'Prima volta? Prova prima la demo.',
  'welcome.start-heading': 'Per prima cosa, fagli leggere il tuo dato',
  'welcome.start':
    'Apri una volta la pagina in cui la tua piattaforma mostra il dato sugli annullamenti. Da quel momento ogni pagina d’ordine mostra a che punto sei e cosa cambierebbe un annullamento.',
  'welcome.marketplace': 'Marketplace',
  'welcome.open.amazon': 'Apri Stato dell’account',
  'welcome.open.ebay': 'Apri Livello venditore',
  'welcome.open.mercadolibre': 'Apri Reputazione',
  'welcome.open.tiktok': 'Apri Salute del negozio',
  'welcome.open.etsy': 'Apri gli ordini venduti',
  'welcome.open.aliexpress': 'Apri i tuoi ordini',
  'welcome.no-figure': '{platform} non pubblica un tasso di annullamento: Seller Guard vi legge i tuoi ordini.',
  'welcome.reads-heading': 'Cosa legge',
  'welcome.reads':
    'Solo le tue pagine venditore, mentre sono aperte: l’ordine che hai davanti, i tuoi elenchi di ordini e i dati della piattaforma stessa, come il tasso di annullamento di Amazon.',
  'welcome.sites-heading': 'Su quali siti',
  'welcome.sites': 'Su questi siti e nessun altro:',
  'welcome.local-heading': 'Niente lascia il tuo computer',
  'welcome.local':
    'Ciò che Seller Guard legge e conserva resta in questo browser, su questo computer. Non fa richieste di rete, non ha account né server e non carica codice da nessuna parte.',
  'welcome.demo-heading': 'Provalo su pagine di esempio',
  'welcome.demo':
    'Il codice sorgente di Seller Guard include pagine venditore di esempio con ordini inventati. Nella sua cartella esegui questo; Chromium si apre con Seller Guard sugli esempi:',
  'welcome.demo-headless':
    'Senza schermo, {command} visita ogni pagina di esempio, salva gli screenshot e stampa ciò che ha letto.',

  'privacy.title': 'Informativa sulla privacy di Seller Guard',
  'privacy.updated': 'Ultimo aggiornamento: {date, date}.',
  'privacy.summary': 'Seller Guard conserva ciò che legge sul tuo computer e non invia nulla da nessuna parte.',
  'privacy.stored-heading': 'Cosa viene conservato',
  'privacy.stored-orders':
    'Gli ordini che apri sulle tue pagine venditore: numero d’ordine, date, articoli, prezzi, stato, il nome dell’acquirente mostrato dalla pagina e se l’acquirente ha chiesto l’annullamento. Gli indirizzi non vengono mai conservati, solo una breve impronta che dice a Seller Guard che un indirizzo è cambiato.',
  'privacy.stored-figures':
    'I dati della piattaforma nelle pagine che apri, come il tuo tasso di annullamento, con il momento in cui sono stati letti.',
  'privacy.stored-events':
    'Cosa è successo a ogni ordine (visto, annullato, rimborsato…), i consigli mostrati e le bozze di messaggio che hai scritto o usato.',
  'privacy.stored-settings':
    'Le tue impostazioni: regole del negozio, modelli, margine di avviso, e l’angolo e la dimensione del banner su ogni sito.',
  'privacy.where-heading': 'Dove',
  'privacy.where':
    'Nella memoria di questo browser riservata a Seller Guard, su questo computer. I siti web non possono leggerla; una pagina venditore riceve solo i dati che la riguardano.',
  'privacy.how-long-heading': 'Per quanto tempo',
  'privacy.how-long':
    'Finché non lo elimini. Impostazioni › Elimina tutto rimuove tutto; gli eventi più vecchi dei mesi scelti nelle Impostazioni vengono eliminati da soli; rimuovere Seller Guard rimuove la sua memoria. Ciò che il pulsante della barra degli strumenti sa di ogni scheda aperta sparisce alla chiusura del browser.',
  'privacy.sent-heading': 'Cosa viene inviato',
  'privacy.sent':
    'Niente. Seller Guard non fa richieste di rete e non ha server, account, statistiche né pubblicità. Funziona solo sui siti venditore che elenca e non carica codice dall’esterno.',
  'privacy.files':
    'I file che salvi tu restano dove li salvi: le esportazioni (Impostazioni › Esporta) e i rapporti di layout, che contengono solo come è costruita una pagina, con ogni nome, numero e indirizzo sostituito.',

  'store.long-description':
    'Seller Guard avvisa chi vende sui marketplace prima che un annullamento danneggi il suo account.\n\nSulle tue pagine venditore legge l’ordine che hai davanti e i dati della piattaforma stessa, poi mostra in un piccolo banner: il tuo tasso di annullamento ora, il tasso se annulli questo ordine, quanti annullamenti stanno ancora sotto il limite e la via che non conta contro di te (su Amazon, la richiesta di annullamento dell’acquirente stesso).\n\n• Amazon Seller Central in ogni marketplace, Etsy e AliExpress; eBay, Mercado Libre e TikTok Shop man mano che arrivano i loro lettori.\n• Seleziona più ordini nell’elenco ordini di Amazon, come i doppioni di un’acquirente anziana, e vedi il tasso se li annulli tutti e quali non conterebbero.\n• Azioni ordinate per l’ordine (annullare, chiedere all’acquirente di farne richiesta, rimborsare, offrire un reso…) con la regola della piattaforma dietro ciascuna e una bozza di messaggio nella lingua dell’acquirente.\n• Ordini doppi segnalati nel tuo elenco; uno storico degli annullamenti e dei motivi degli acquirenti.\n• Una pagina che non sa leggere lo dice e non mostra numeri: mai un dato sbagliato.\n\nPrivato per scelta: tutto resta nel tuo browser. Nessun account, nessun server, nessuna richiesta di rete, nessuna statistica.',
};
