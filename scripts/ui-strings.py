"""The popup and options text in English, Spanish, Portuguese (BR) and Simplified Chinese.
Writes public/_locales/<lang>/messages.json (merging with the manifest strings there).
Run after editing: python3 scripts/ui-strings.py"""
import json, os

# key, en, es, pt_BR, zh_CN   ($1 = first substitution)
S = [
 ("settings", "Settings", "Ajustes", "Configurações", "设置"),
 ("loading", "Loading…", "Cargando…", "Carregando…", "加载中…"),
 ("noTab", "No tab to look at.", "No hay ninguna pestaña que revisar.", "Nenhuma aba para analisar.", "没有可查看的标签页。"),
 ("noAnswer", "The background did not answer.", "El proceso de fondo no respondió.", "O processo em segundo plano não respondeu.", "后台没有响应。"),
 ("openSellerPage", "Open an order, the order list or Account Health on Amazon Seller Central, Etsy or AliExpress: Seller Guard reads it there.", "Abre un pedido, la lista de pedidos o el estado de la cuenta en Amazon Seller Central, Etsy o AliExpress: Seller Guard los lee ahí.", "Abra um pedido, a lista de pedidos ou a saúde da conta no Amazon Seller Central, Etsy ou AliExpress: o Seller Guard lê essas páginas.", "请在 Amazon 卖家平台、Etsy 或速卖通打开订单、订单列表或账户状况页面：Seller Guard 会在那里读取。"),
 ("couldNotRead", "Seller Guard couldn't read this page, so it shows no numbers for it.", "Seller Guard no pudo leer esta página, así que no muestra cifras.", "O Seller Guard não conseguiu ler esta página, por isso não mostra números.", "Seller Guard 无法读取此页面，因此不显示任何数字。"),
 ("orderTitle", "Order $1", "Pedido $1", "Pedido $1", "订单 $1"),
 ("buyer", "Buyer", "Comprador", "Comprador", "买家"),
 ("status", "Status", "Estado", "Status", "状态"),
 ("ordered", "Ordered", "Fecha del pedido", "Data do pedido", "下单日期"),
 ("shipBy", "Ship by", "Enviar antes de", "Enviar até", "最迟发货"),
 ("buyerAskedPlatform", "The buyer asked to cancel through the platform.", "El comprador pidió la cancelación a través de la plataforma.", "O comprador pediu o cancelamento pela plataforma.", "买家已通过平台申请取消。"),
 ("now", "Now", "Ahora", "Agora", "当前"),
 ("limit", "limit", "límite", "limite", "上限"),
 ("ifYouCancel", "if you cancel", "si cancelas", "se você cancelar", "若您取消"),
 ("whatHappened", "What happened?", "¿Qué ha pasado?", "O que aconteceu?", "发生了什么？"),
 ("howAsked", "How did the buyer ask?", "¿Cómo lo pidió el comprador?", "Como o comprador pediu?", "买家是如何提出的？"),
 ("sit_changed_mind", "Changed their mind", "Cambió de opinión", "Mudou de ideia", "改变主意"),
 ("sit_duplicate_order", "Duplicate order", "Pedido duplicado", "Pedido duplicado", "重复订单"),
 ("sit_out_of_stock", "Out of stock", "Sin existencias", "Sem estoque", "缺货"),
 ("sit_address_change", "Address change", "Cambio de dirección", "Mudança de endereço", "更改地址"),
 ("sit_not_received", "Not received", "No recibido", "Não recebido", "未收到"),
 ("sit_damaged", "Damaged", "Dañado", "Danificado", "商品损坏"),
 ("sit_not_as_described", "Not as described", "No es como se describe", "Diferente do anunciado", "与描述不符"),
 ("sit_payment_problem", "Payment problem", "Problema de pago", "Problema de pagamento", "付款问题"),
 ("sit_suspected_fraud", "Suspected fraud", "Sospecha de fraude", "Suspeita de fraude", "疑似欺诈"),
 ("sit_late_cancellation", "Late cancellation", "Cancelación tardía", "Cancelamento tardio", "延迟取消"),
 ("asked_platform_request", "Through the platform", "A través de la plataforma", "Pela plataforma", "通过平台"),
 ("asked_message", "By message", "Por mensaje", "Por mensagem", "通过消息"),
 ("asked_seller", "Nobody: my idea", "Nadie: es idea mía", "Ninguém: ideia minha", "没有：是我的决定"),
 ("suggestedActions", "Suggested actions", "Acciones sugeridas", "Ações sugeridas", "建议操作"),
 ("nothingToDo", "Nothing to do for this order in this situation.", "No hay nada que hacer con este pedido en esta situación.", "Nada a fazer com este pedido nesta situação.", "此情况下该订单无需处理。"),
 ("reasonCode", "(reason $1)", "(motivo $1)", "(motivo $1)", "（原因 $1）"),
 ("rule", "Rule: $1", "Norma: $1", "Regra: $1", "规则：$1"),
 ("act_confirm_buyer_cancellation", "Confirm the buyer's cancellation", "Confirmar la cancelación del comprador", "Confirmar o cancelamento do comprador", "确认买家的取消申请"),
 ("act_ask_buyer_to_request_cancellation", "Ask the buyer to request cancellation", "Pedir al comprador que solicite la cancelación", "Pedir ao comprador que solicite o cancelamento", "请买家申请取消"),
 ("act_cancel", "Cancel the order", "Cancelar el pedido", "Cancelar o pedido", "取消订单"),
 ("act_decline_cancellation", "Decline politely", "Rechazar con amabilidad", "Recusar com gentileza", "礼貌地拒绝"),
 ("act_offer_return", "Offer a return", "Ofrecer una devolución", "Oferecer devolução", "提供退货"),
 ("act_refund", "Refund", "Reembolsar", "Reembolsar", "退款"),
 ("act_partial_refund", "Partial refund", "Reembolso parcial", "Reembolso parcial", "部分退款"),
 ("act_replacement", "Send a replacement", "Enviar un reemplazo", "Enviar um substituto", "补发商品"),
 ("act_store_credit", "Offer store credit", "Ofrecer saldo en la tienda", "Oferecer crédito na loja", "提供店铺抵用金"),
 ("act_update_address", "Update the address", "Actualizar la dirección", "Atualizar o endereço", "更新地址"),
 ("act_ship_to_order_address", "Ship to the order address", "Enviar a la dirección del pedido", "Enviar ao endereço do pedido", "寄往订单地址"),
 ("act_intercept_shipment", "Intercept the shipment", "Interceptar el envío", "Interceptar o envio", "拦截包裹"),
 ("act_provide_tracking", "Share tracking", "Compartir el seguimiento", "Compartilhar o rastreio", "提供物流信息"),
 ("act_gather_evidence", "Gather evidence", "Reunir pruebas", "Reunir provas", "收集证据"),
 ("act_escalate_to_platform", "Answer the claim with the platform", "Responder a la reclamación en la plataforma", "Responder à reclamação na plataforma", "在平台上回应纠纷"),
 ("act_contact_buyer", "Contact the buyer", "Contactar al comprador", "Falar com o comprador", "联系买家"),
 ("messageToBuyer", "Message to the buyer", "Mensaje para el comprador", "Mensagem para o comprador", "给买家的消息"),
 ("language", "Language", "Idioma", "Idioma", "语言"),
 ("draftMessage", "Draft message", "Borrador del mensaje", "Rascunho da mensagem", "消息草稿"),
 ("template", "Template", "Plantilla", "Modelo", "模板"),
 ("builtIn", "Built-in", "Predeterminada", "Padrão", "内置"),
 ("insert", "Insert into the page", "Insertar en la página", "Inserir na página", "插入到页面"),
 ("copy", "Copy", "Copiar", "Copiar", "复制"),
 ("saved", "Saved.", "Guardado.", "Salvo.", "已保存。"),
 ("notSaved", "Couldn't save the draft.", "No se pudo guardar el borrador.", "Não foi possível salvar o rascunho.", "无法保存草稿。"),
 ("copied", "Copied.", "Copiado.", "Copiado.", "已复制。"),
 ("inserted", "Inserted into the message box. Review it there and send it yourself.", "Insertado en el cuadro de mensaje. Revísalo allí y envíalo tú mismo.", "Inserido na caixa de mensagem. Revise e envie você mesmo.", "已插入消息框。请在页面上检查后自行发送。"),
 ("noBox_amazon", "No message box on this page: open the order, click the buyer's name (\"Contact buyer\"), then Insert again.", "No hay cuadro de mensaje en esta página: abre el pedido, haz clic en el nombre del comprador («Contactar con el comprador») y vuelve a pulsar Insertar.", "Não há caixa de mensagem nesta página: abra o pedido, clique no nome do comprador (\"Contatar comprador\") e clique em Inserir de novo.", "此页面没有消息框：请打开订单，点击买家姓名（“联系买家”），然后再次点击插入。"),
 ("noBox_etsy", "No message box on this page: open the conversation with the buyer in Messages, then Insert again.", "No hay cuadro de mensaje en esta página: abre la conversación con el comprador en Mensajes y vuelve a pulsar Insertar.", "Não há caixa de mensagem nesta página: abra a conversa com o comprador em Mensagens e clique em Inserir de novo.", "此页面没有消息框：请在“消息”中打开与买家的对话，然后再次点击插入。"),
 ("noBox_aliexpress", "No message box on this page: open the order detail and its message panel, then Insert again.", "No hay cuadro de mensaje en esta página: abre el detalle del pedido y su panel de mensajes y vuelve a pulsar Insertar.", "Não há caixa de mensagem nesta página: abra o detalhe do pedido e o painel de mensagens e clique em Inserir de novo.", "此页面没有消息框：请打开订单详情及其消息面板，然后再次点击插入。"),
 ("noBox", "No message box on this page.", "No hay cuadro de mensaje en esta página.", "Não há caixa de mensagem nesta página.", "此页面没有消息框。"),
 ("noMessageNeeded", "This action needs no message to the buyer.", "Esta acción no necesita mensaje al comprador.", "Esta ação não precisa de mensagem ao comprador.", "此操作无需给买家发消息。"),
 ("loadingDraft", "Loading the draft…", "Cargando el borrador…", "Carregando o rascunho…", "正在加载草稿…"),
 ("optionsTitle", "Seller Guard settings", "Ajustes de Seller Guard", "Configurações do Seller Guard", "Seller Guard 设置"),
 ("yourData", "Your data", "Tus datos", "Seus dados", "您的数据"),
 ("dataStatement", "Seller Guard keeps what it reads on your seller pages (orders, your platform figures, cancellations it saw, drafts) in this browser only. Nothing leaves this computer: the extension makes no network requests.", "Seller Guard guarda lo que lee en tus páginas de vendedor (pedidos, tus cifras de la plataforma, cancelaciones vistas, borradores) solo en este navegador. Nada sale de este ordenador: la extensión no hace peticiones de red.", "O Seller Guard guarda o que lê nas suas páginas de vendedor (pedidos, seus números da plataforma, cancelamentos vistos, rascunhos) apenas neste navegador. Nada sai deste computador: a extensão não faz requisições de rede.", "Seller Guard 只在此浏览器中保存它在您卖家页面上读取的内容（订单、平台数据、看到的取消、草稿）。所有数据都不会离开这台电脑：扩展程序不发送任何网络请求。"),
 ("storeCounts", "$1 orders, $2 platform figures, $3 events stored.", "$1 pedidos, $2 cifras de la plataforma, $3 eventos guardados.", "$1 pedidos, $2 números da plataforma, $3 eventos salvos.", "已保存 $1 个订单、$2 条平台数据、$3 个事件。"),
 ("deleteEverything", "Delete everything…", "Borrar todo…", "Apagar tudo…", "删除全部…"),
 ("confirmDelete", "Delete every order, figure, event and draft Seller Guard has stored on this computer?", "¿Borrar todos los pedidos, cifras, eventos y borradores que Seller Guard guarda en este ordenador?", "Apagar todos os pedidos, números, eventos e rascunhos que o Seller Guard guardou neste computador?", "删除 Seller Guard 在这台电脑上保存的所有订单、数据、事件和草稿？"),
 ("deleted", "Everything was deleted.", "Se ha borrado todo.", "Tudo foi apagado.", "已全部删除。"),
 ("couldNotDelete", "Couldn't delete: $1", "No se pudo borrar: $1", "Não foi possível apagar: $1", "无法删除：$1"),
 ("couldNotReadData", "Couldn't read the local data: $1", "No se pudieron leer los datos locales: $1", "Não foi possível ler os dados locais: $1", "无法读取本地数据：$1"),
 ("shopPolicy", "Your shop policy", "La política de tu tienda", "A política da sua loja", "您的店铺政策"),
 ("cancelWindow", "Cancellation window (hours)", "Plazo de cancelación (horas)", "Prazo de cancelamento (horas)", "取消期限（小时）"),
 ("returnWindow", "Return window (days)", "Plazo de devolución (días)", "Prazo de devolução (dias)", "退货期限（天）"),
 ("returnShippingPaidBy", "Return shipping paid by", "El envío de la devolución lo paga", "O frete de devolução é pago por", "退货运费承担方"),
 ("theBuyer", "the buyer", "el comprador", "o comprador", "买家"),
 ("myShop", "my shop", "mi tienda", "minha loja", "我的店铺"),
 ("restockingFee", "Restocking fee (%)", "Tasa de reposición (%)", "Taxa de reabastecimento (%)", "重新上架费（%）"),
 ("storeCredit", "I offer store credit", "Ofrezco saldo en la tienda", "Ofereço crédito na loja", "我提供店铺抵用金"),
 ("signature", "Signature for messages", "Firma de los mensajes", "Assinatura das mensagens", "消息签名"),
 ("warnFrom", "Warn from (% of the limit)", "Avisar desde (% del límite)", "Avisar a partir de (% do limite)", "提醒阈值（上限的 %）"),
 ("cancellationLimits", "Cancellation limits", "Límites de cancelación", "Limites de cancelamento", "取消率上限"),
 ("limitsIntro", "Each platform's own limit is shown; type another to override it (rules change).", "Se muestra el límite de cada plataforma; escribe otro para sustituirlo (las normas cambian).", "O limite de cada plataforma é mostrado; digite outro para substituí-lo (as regras mudam).", "显示各平台自己的上限；可输入其他值覆盖（规则会变化）。"),
 ("checkedOn", "$1 — rules checked on $2", "$1 — normas revisadas el $2", "$1 — regras verificadas em $2", "$1 — 规则核对日期 $2"),
 ("rulesOld", " — checked $1 days ago: the platform may have changed its rules, verify them.", " — revisadas hace $1 días: la plataforma puede haber cambiado sus normas, compruébalas.", " — verificadas há $1 dias: a plataforma pode ter mudado as regras, confira.", " — 已是 $1 天前核对：平台可能已更改规则，请核实。"),
 ("noLimit", "No published cancellation limit.", "Sin límite de cancelación publicado.", "Sem limite de cancelamento publicado.", "未公布取消率上限。"),
 ("limitOver", "$1: $2% over $3 days", "$1: $2 % en $3 días", "$1: $2% em $3 dias", "$1：$3 天内 $2%"),
 ("platformValue", "platform value", "valor de la plataforma", "valor da plataforma", "平台数值"),
 ("saveSettings", "Save settings", "Guardar ajustes", "Salvar configurações", "保存设置"),
 ("notSavedWhy", "Not saved: $1", "No guardado: $1", "Não salvo: $1", "未保存：$1"),
 ("loadingSettings", "Loading settings…", "Cargando ajustes…", "Carregando configurações…", "正在加载设置…"),
 ("yourTemplates", "Your message templates", "Tus plantillas de mensajes", "Seus modelos de mensagem", "您的消息模板"),
 ("noTemplates", "None yet. The built-in templates are always available.", "Ninguna todavía. Las plantillas predeterminadas siempre están disponibles.", "Nenhum ainda. Os modelos padrão estão sempre disponíveis.", "暂无。内置模板始终可用。"),
 ("edit", "Edit", "Editar", "Editar", "编辑"),
 ("delete", "Delete", "Borrar", "Apagar", "删除"),
 ("title", "Title", "Título", "Título", "标题"),
 ("platform", "Platform", "Plataforma", "Plataforma", "平台"),
 ("action", "Action", "Acción", "Ação", "操作"),
 ("templateText", "Text ({buyer}, {orderId}, {item}, {returnDays}, {signature} …)", "Texto ({buyer}, {orderId}, {item}, {returnDays}, {signature} …)", "Texto ({buyer}, {orderId}, {item}, {returnDays}, {signature} …)", "正文（{buyer}、{orderId}、{item}、{returnDays}、{signature} …）"),
 ("addTemplate", "Add template", "Añadir plantilla", "Adicionar modelo", "添加模板"),
 ("saveChanges", "Save changes", "Guardar cambios", "Salvar alterações", "保存更改"),
 ("templateSaved", "Template saved.", "Plantilla guardada.", "Modelo salvo.", "模板已保存。"),
]

root = os.path.join(os.path.dirname(__file__), '..', 'public', '_locales')
for col, lang in enumerate(['en', 'es', 'pt_BR', 'zh_CN'], start=1):
    path = os.path.join(root, lang, 'messages.json')
    data = json.load(open(path, encoding='utf-8'))
    for row in S:
        text = row[col]
        entry = {"message": text}
        n = text.count('$')
        if n:
            entry["placeholders"] = {f"p{i}": {"content": f"${i}"} for i in range(1, 4) if f"${i}" in text}
            for i in range(1, 4):
                entry["message"] = entry["message"].replace(f"${i}", f"$p{i}$")
        data[row[0]] = entry
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write('\n')
print(len(S), 'strings')
