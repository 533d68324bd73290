import type { Messages } from '../../message';
import type { FirstRunKey } from './en';

export const firstRunPtBR: Record<FirstRunKey, Messages[string]> = {
  'common.privacy': 'Política de privacidade',

  'access.missing': 'O Seller Guard não consegue ver suas páginas de vendedor: o navegador não deu acesso a elas.',
  'access.grant': 'Permitir nos sites de vendedor',
  'access.granted': 'Acesso concedido. Recarregue suas páginas de vendedor e o Seller Guard vai lê-las.',
  'access.refused': 'O acesso não foi concedido.',
  'access.how':
    'Você também pode permitir nas configurações de extensões do navegador: no Firefox, Extensões e temas › Seller Guard › Permissões; no Chrome e no Edge, Extensões › Seller Guard › Detalhes › Acesso ao site.',

  'welcome.title': 'Boas-vindas ao Seller Guard',
  'welcome.intro':
    'O Seller Guard avisa você antes que um cancelamento prejudique sua conta de vendedor e mostra o caminho que não conta contra você.',
  'welcome.demo-jump': 'Primeira vez? Experimente a demonstração antes.',
  'welcome.start-heading': 'Primeiro, deixe que ele leia o seu número',
  'welcome.start':
    'Abra uma vez a página em que sua plataforma mostra o número de cancelamentos. Daí em diante, cada página de pedido mostra onde você está e o que um cancelamento faria.',
  'welcome.marketplace': 'Marketplace',
  'welcome.open.amazon': 'Abrir Saúde da conta',
  'welcome.open.ebay': 'Abrir Nível de vendedor',
  'welcome.open.mercadolibre': 'Abrir Reputação',
  'welcome.open.tiktok': 'Abrir Saúde da loja',
  'welcome.open.etsy': 'Abrir seus pedidos vendidos',
  'welcome.open.aliexpress': 'Abrir seus pedidos',
  'welcome.no-figure': '{platform} não publica uma taxa de cancelamento: o Seller Guard lê seus pedidos lá.',
  'welcome.reads-heading': 'O que ele lê',
  'welcome.reads':
    'Apenas suas próprias páginas de vendedor, enquanto estão abertas: o pedido à sua frente, suas listas de pedidos e os números da própria plataforma, como a taxa de cancelamento da Amazon.',
  'welcome.sites-heading': 'Em quais sites',
  'welcome.sites': 'Nestes sites e em nenhum outro:',
  'welcome.local-heading': 'Nada sai do seu computador',
  'welcome.local':
    'O que o Seller Guard lê e guarda fica neste navegador, neste computador. Ele não faz requisições de rede, não tem conta nem servidor e não carrega código de lugar nenhum.',
  'welcome.demo-heading': 'Experimente em páginas de exemplo',
  'welcome.demo':
    'O código-fonte do Seller Guard traz páginas de vendedor de exemplo com pedidos inventados. Na pasta dele, execute isto; o Chromium abre com o Seller Guard nos exemplos:',
  'welcome.demo-headless':
    'Sem tela, {command} visita cada página de exemplo, salva capturas de tela e mostra o que leu.',

  'privacy.title': 'Política de privacidade do Seller Guard',
  'privacy.updated': 'Última atualização: {date, date}.',
  'privacy.summary': 'O Seller Guard guarda o que lê no seu computador e não envia nada a lugar nenhum.',
  'privacy.stored-heading': 'O que é guardado',
  'privacy.stored-orders':
    'Os pedidos que você abre nas suas páginas de vendedor: número do pedido, datas, itens, preços, status, o nome do comprador que a página mostra e se o comprador pediu o cancelamento. Endereços nunca são guardados, apenas uma impressão curta que avisa o Seller Guard de que um endereço mudou.',
  'privacy.stored-figures':
    'Os números da própria plataforma nas páginas que você abre, como a sua taxa de cancelamento, com o momento em que foram lidos.',
  'privacy.stored-events':
    'O que aconteceu com cada pedido (visto, cancelado, reembolsado…), os conselhos mostrados e os rascunhos de mensagem que você escreveu ou usou.',
  'privacy.stored-settings':
    'Suas configurações: política da loja, modelos, margem de aviso, e o canto e o tamanho do banner em cada site.',
  'privacy.where-heading': 'Onde',
  'privacy.where':
    'No armazenamento deste navegador reservado ao Seller Guard, neste computador. Sites não conseguem lê-lo; uma página de vendedor recebe só os números dela mesma.',
  'privacy.how-long-heading': 'Por quanto tempo',
  'privacy.how-long':
    'Até você apagar. Configurações › Apagar tudo remove tudo; eventos mais antigos que os meses escolhidos nas Configurações são apagados sozinhos; remover o Seller Guard remove o armazenamento dele. O que o botão da barra de ferramentas sabe de cada aba aberta some quando o navegador fecha.',
  'privacy.sent-heading': 'O que é enviado',
  'privacy.sent':
    'Nada. O Seller Guard não faz requisições de rede e não tem servidor, conta, análises nem publicidade. Ele funciona apenas nos sites de vendedor que lista e não carrega código de fora dele mesmo.',
  'privacy.files':
    'Os arquivos que você mesmo salva ficam onde você os salva: exportações (Configurações › Exportar) e relatórios de layout, que contêm apenas como uma página é montada, com cada nome, número e endereço trocado.',

  'store.long-description':
    'O Seller Guard avisa quem vende em marketplaces antes que um cancelamento prejudique a conta.\n\nNas suas próprias páginas de vendedor, ele lê o pedido à sua frente e os números da própria plataforma e mostra num pequeno banner: sua taxa de cancelamento agora, a taxa se você cancelar este pedido, quantos cancelamentos ainda cabem abaixo do limite e o caminho que não conta contra você (na Amazon, a solicitação de cancelamento do próprio comprador).\n\n• Amazon Seller Central em todos os marketplaces, Etsy e AliExpress; eBay, Mercado Libre e TikTok Shop conforme os leitores deles chegarem.\n• Marque vários pedidos na lista de pedidos da Amazon, como os duplicados de uma compradora idosa, e veja a taxa se cancelar todos e quais não contariam.\n• Ações em ordem para o pedido (cancelar, pedir ao comprador que solicite, reembolsar, oferecer devolução…) com a regra da plataforma por trás de cada uma e um rascunho de mensagem no idioma do comprador.\n• Pedidos duplicados marcados na sua lista; um histórico dos cancelamentos e dos motivos dos compradores.\n• Uma página que ele não consegue ler diz isso e não mostra números: nunca um número errado.\n\nPrivado desde o início: tudo fica no seu navegador. Sem conta, sem servidor, sem requisições de rede, sem análises.',
};
