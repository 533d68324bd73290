import type { Messages } from '../../message';
import type { FirstRunKey } from './en';

export const firstRunEs: Record<FirstRunKey, Messages[string]> = {
  'common.privacy': 'Política de privacidad',

  'access.missing': 'Seller Guard no puede ver tus páginas de vendedor: el navegador no le ha dado acceso a ellas.',
  'access.grant': 'Permitir en los sitios de vendedor',
  'access.granted': 'Acceso concedido. Recarga tus páginas de vendedor y Seller Guard las leerá.',
  'access.refused': 'No se concedió el acceso.',
  'access.how':
    'También puedes permitirlo en los ajustes de complementos del navegador: en Firefox, Complementos y temas › Seller Guard › Permisos; en Chrome y Edge, Extensiones › Seller Guard › Detalles › Acceso al sitio.',

  'welcome.title': 'Te damos la bienvenida a Seller Guard',
  'welcome.intro':
    'Seller Guard te avisa antes de que una cancelación perjudique tu cuenta de vendedor y te muestra la vía que no cuenta en tu contra.',
  'welcome.demo-jump': '¿Es tu primera vez? Prueba antes la demo.',
  'welcome.start-heading': 'Primero, deja que lea tu cifra',
  'welcome.start':
    'Abre una vez la página donde tu plataforma muestra su cifra de cancelaciones. A partir de entonces, cada página de pedido muestra dónde estás y qué haría una cancelación.',
  'welcome.marketplace': 'Marketplace',
  'welcome.open.amazon': 'Abrir Estado de la cuenta',
  'welcome.open.ebay': 'Abrir Nivel de vendedor',
  'welcome.open.mercadolibre': 'Abrir Reputación',
  'welcome.open.tiktok': 'Abrir Salud de la tienda',
  'welcome.open.etsy': 'Abrir tus pedidos vendidos',
  'welcome.open.aliexpress': 'Abrir tus pedidos',
  'welcome.no-figure': '{platform} no publica una tasa de cancelación: Seller Guard lee allí tus pedidos.',
  'welcome.reads-heading': 'Qué lee',
  'welcome.reads':
    'Solo tus propias páginas de vendedor, mientras las tienes abiertas: el pedido que tienes delante, tus listas de pedidos y las cifras de la propia plataforma, como la tasa de cancelación de Amazon.',
  'welcome.sites-heading': 'En qué sitios',
  'welcome.sites': 'En estos sitios y en ningún otro:',
  'welcome.local-heading': 'Nada sale de tu ordenador',
  'welcome.local':
    'Lo que Seller Guard lee y guarda se queda en este navegador, en este ordenador. No hace peticiones de red, no tiene cuenta ni servidor y no carga código de ningún sitio.',
  'welcome.demo-heading': 'Pruébalo con páginas de ejemplo',
  'welcome.demo':
    'El código fuente de Seller Guard incluye páginas de vendedor de ejemplo con pedidos inventados. En su carpeta, ejecuta esto; Chromium se abre con Seller Guard en los ejemplos:',
  'welcome.demo-headless':
    'Sin pantalla, {command} visita cada página de ejemplo, guarda capturas e imprime lo que ha leído.',

  'privacy.title': 'Política de privacidad de Seller Guard',
  'privacy.updated': 'Última actualización: {date, date}.',
  'privacy.summary': 'Seller Guard guarda lo que lee en tu ordenador y no envía nada a ninguna parte.',
  'privacy.stored-heading': 'Qué se guarda',
  'privacy.stored-orders':
    'Los pedidos que abres en tus páginas de vendedor: número de pedido, fechas, artículos, precios, estado, el nombre del comprador que muestra la página y si el comprador pidió cancelar. Las direcciones nunca se guardan, solo una huella corta que le indica a Seller Guard que una dirección ha cambiado.',
  'privacy.stored-figures':
    'Las cifras de la propia plataforma en las páginas que abres, como tu tasa de cancelación, con el momento en que se leyeron.',
  'privacy.stored-events':
    'Lo que pasó con cada pedido (visto, cancelado, reembolsado…), los consejos mostrados y los borradores de mensaje que escribiste o usaste.',
  'privacy.stored-settings':
    'Tus ajustes: política de la tienda, plantillas, margen de aviso, y la esquina y el tamaño del banner en cada sitio.',
  'privacy.where-heading': 'Dónde',
  'privacy.where':
    'En el almacenamiento de este navegador para Seller Guard, en este ordenador. Los sitios web no pueden leerlo; una página de vendedor solo recibe las cifras que le corresponden.',
  'privacy.how-long-heading': 'Durante cuánto tiempo',
  'privacy.how-long':
    'Hasta que lo borres. Ajustes › Borrar todo lo elimina todo; los eventos más antiguos que los meses que elijas en Ajustes se borran solos; al quitar Seller Guard se quita su almacenamiento. Lo que el botón de la barra sabe de cada pestaña abierta desaparece al cerrar el navegador.',
  'privacy.sent-heading': 'Qué se envía',
  'privacy.sent':
    'Nada. Seller Guard no hace peticiones de red y no tiene servidor, cuenta, analíticas ni publicidad. Solo funciona en los sitios de vendedor que indica y no carga código de fuera de sí mismo.',
  'privacy.files':
    'Los archivos que guardas tú se quedan donde los guardas: las exportaciones (Ajustes › Exportar) y los informes de diseño, que solo contienen cómo está construida una página, con cada nombre, número y dirección sustituidos.',

  'store.long-description':
    'Seller Guard avisa a quienes venden en marketplaces antes de que una cancelación perjudique su cuenta.\n\nEn tus propias páginas de vendedor lee el pedido que tienes delante y las cifras de la propia plataforma, y muestra en un pequeño banner: tu tasa de cancelación ahora, la tasa si cancelas este pedido, cuántas cancelaciones más caben bajo el límite y la vía que no cuenta en tu contra (en Amazon, la solicitud de cancelación del propio comprador).\n\n• Amazon Seller Central en todos los marketplaces, Etsy y AliExpress; eBay, Mercado Libre y TikTok Shop a medida que lleguen sus lectores.\n• Marca varios pedidos en la lista de pedidos de Amazon, como los duplicados de una compradora mayor, y mira la tasa si los cancelas todos y cuáles no contarían.\n• Acciones ordenadas para el pedido (cancelar, pedir al comprador que lo solicite, reembolsar, ofrecer una devolución…) con la regla de la plataforma detrás de cada una y un borrador de mensaje en el idioma del comprador.\n• Pedidos duplicados marcados en tu lista; un historial de cancelaciones y de por qué las pidieron los compradores.\n• Una página que no puede leer lo dice y no muestra números: nunca una cifra equivocada.\n\nPrivado desde el diseño: todo se queda en tu navegador. Sin cuenta, sin servidor, sin peticiones de red, sin analíticas.',
};
