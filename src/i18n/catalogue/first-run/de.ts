import type { Messages } from '../../message';
import type { FirstRunKey } from './en';

export const firstRunDe: Record<FirstRunKey, Messages[string]> = {
  'common.privacy': 'Datenschutzerklärung',

  'access.missing':
    'Seller Guard kann Ihre Verkäuferseiten nicht sehen: Der Browser hat ihm keinen Zugriff darauf gegeben.',
  'access.grant': 'Auf Verkäuferseiten erlauben',
  'access.granted': 'Zugriff erteilt. Laden Sie Ihre Verkäuferseiten neu, dann liest Seller Guard sie.',
  'access.refused': 'Der Zugriff wurde nicht erteilt.',
  'access.how':
    'Sie können ihn auch in den Add-on-Einstellungen des Browsers erlauben: in Firefox unter Add-ons und Themes › Seller Guard › Berechtigungen, in Chrome und Edge unter Erweiterungen › Seller Guard › Details › Websitezugriff.',

  'welcome.title': 'Willkommen bei Seller Guard',
  'welcome.intro':
    'Seller Guard warnt Sie, bevor eine Stornierung Ihrem Verkäuferkonto schadet, und zeigt den Weg, der nicht gegen Sie zählt.',
  'welcome.demo-jump': 'Neu hier? Probieren Sie zuerst die Demo aus.',
  'welcome.start-heading': 'Zuerst: Lassen Sie es Ihre Kennzahl lesen',
  'welcome.start':
    'Öffnen Sie einmal die Seite, auf der Ihre Plattform ihre Stornokennzahl zeigt. Ab dann zeigt jede Bestellseite, wo Sie stehen und was eine Stornierung bewirken würde.',
  'welcome.marketplace': 'Marktplatz',
  'welcome.open.amazon': 'Kontozustand öffnen',
  'welcome.open.ebay': 'Verkäuferstatus öffnen',
  'welcome.open.mercadolibre': 'Reputation öffnen',
  'welcome.open.tiktok': 'Shop-Zustand öffnen',
  'welcome.open.etsy': 'Verkaufte Bestellungen öffnen',
  'welcome.open.aliexpress': 'Bestellungen öffnen',
  'welcome.no-figure': '{platform} veröffentlicht keine Stornorate: Seller Guard liest dort Ihre Bestellungen.',
  'welcome.reads-heading': 'Was es liest',
  'welcome.reads':
    'Nur Ihre eigenen Verkäuferseiten, solange sie geöffnet sind: die Bestellung vor Ihnen, Ihre Bestelllisten und die Kennzahlen der Plattform selbst, etwa die Stornorate bei Amazon.',
  'welcome.sites-heading': 'Auf welchen Websites',
  'welcome.sites': 'Auf diesen Websites und keinen anderen:',
  'welcome.local-heading': 'Nichts verlässt Ihren Computer',
  'welcome.local':
    'Was Seller Guard liest und speichert, bleibt in diesem Browser auf diesem Computer. Es stellt keine Netzwerkanfragen, hat kein Konto und keinen Server und lädt keinen Code von irgendwoher.',
  'welcome.demo-heading': 'Mit Beispielseiten ausprobieren',
  'welcome.demo':
    'Der Quellcode von Seller Guard enthält Beispiel-Verkäuferseiten mit erfundenen Bestellungen. Führen Sie in seinem Ordner dies aus; Chromium öffnet sich mit Seller Guard auf den Beispielen:',
  'welcome.demo-headless':
    'Ohne Bildschirm besucht {command} jede Beispielseite, speichert Screenshots und gibt aus, was es gelesen hat.',

  'privacy.title': 'Datenschutzerklärung von Seller Guard',
  'privacy.updated': 'Zuletzt geändert am {date, date}.',
  'privacy.summary': 'Seller Guard behält, was es liest, auf Ihrem Computer und sendet nichts irgendwohin.',
  'privacy.stored-heading': 'Was gespeichert wird',
  'privacy.stored-orders':
    'Bestellungen, die Sie auf Ihren Verkäuferseiten öffnen: Bestellnummer, Daten, Artikel, Preise, Status, der Käufername, den die Seite zeigt, und ob der Käufer um Stornierung gebeten hat. Adressen werden nie gespeichert, nur ein kurzer Fingerabdruck, an dem Seller Guard erkennt, dass sich eine Adresse geändert hat.',
  'privacy.stored-figures':
    'Die Kennzahlen der Plattform auf den Seiten, die Sie öffnen, etwa Ihre Stornorate, mit dem Zeitpunkt, zu dem sie gelesen wurden.',
  'privacy.stored-events':
    'Was mit jeder Bestellung geschah (gesehen, storniert, erstattet …), die angezeigten Ratschläge und die Nachrichtenentwürfe, die Sie geschrieben oder verwendet haben.',
  'privacy.stored-settings':
    'Ihre Einstellungen: Shop-Richtlinien, Vorlagen, Warnabstand sowie Ecke und Größe des Banners auf jeder Website.',
  'privacy.where-heading': 'Wo',
  'privacy.where':
    'Im Speicher dieses Browsers für Seller Guard auf diesem Computer. Websites können ihn nicht lesen; eine Verkäuferseite erhält nur die Kennzahlen für sich selbst.',
  'privacy.how-long-heading': 'Wie lange',
  'privacy.how-long':
    'Bis Sie es löschen. Einstellungen › Alles löschen entfernt alles; Ereignisse, die älter sind als die in den Einstellungen gewählten Monate, werden von selbst gelöscht; wenn Sie Seller Guard entfernen, wird sein Speicher entfernt. Was die Symbolleisten-Schaltfläche über jeden offenen Tab weiß, verschwindet, wenn der Browser schließt.',
  'privacy.sent-heading': 'Was gesendet wird',
  'privacy.sent':
    'Nichts. Seller Guard stellt keine Netzwerkanfragen und hat keinen Server, kein Konto, keine Analyse und keine Werbung. Es läuft nur auf den Verkäuferseiten, die es nennt, und lädt keinen Code von außerhalb.',
  'privacy.files':
    'Dateien, die Sie selbst speichern, bleiben, wo Sie sie speichern: Exporte (Einstellungen › Exportieren) und Layout-Berichte, die nur den Aufbau einer Seite enthalten, mit allen Namen, Zahlen und Adressen ersetzt.',

  'store.long-description':
    'Seller Guard warnt Marktplatz-Verkäufer, bevor eine Stornierung ihrem Konto schadet.\n\nAuf Ihren eigenen Verkäuferseiten liest es die Bestellung vor Ihnen und die Kennzahlen der Plattform selbst und zeigt in einem kleinen Banner: Ihre Stornorate jetzt, die Rate, wenn Sie diese Bestellung stornieren, wie viele Stornierungen noch unter das Limit passen, und den Weg, der nicht gegen Sie zählt (bei Amazon die Stornierungsanfrage des Käufers selbst).\n\n• Amazon Seller Central auf jedem Marktplatz, Etsy und AliExpress; eBay, Mercado Libre und TikTok Shop, sobald ihre Leser kommen.\n• Markieren Sie mehrere Bestellungen in der Amazon-Bestellliste, etwa die Doppelbestellungen einer älteren Käuferin, und sehen Sie die Rate, wenn Sie alle stornieren, und welche nicht zählen würden.\n• Gereihte Schritte für die Bestellung (stornieren, den Käufer um eine Anfrage bitten, erstatten, eine Rücksendung anbieten …) mit der Plattformregel dahinter und einem Nachrichtenentwurf in der Sprache des Käufers.\n• Doppelte Bestellungen in Ihrer Liste markiert; ein Verlauf der Stornierungen und der Gründe der Käufer.\n• Eine Seite, die es nicht lesen kann, sagt das und zeigt keine Zahlen: nie eine falsche Kennzahl.\n\nPrivat von Grund auf: Alles bleibt in Ihrem Browser. Kein Konto, kein Server, keine Netzwerkanfragen, keine Analyse.',
};
