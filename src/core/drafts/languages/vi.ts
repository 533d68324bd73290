import type { LanguagePack } from '../template-types';

export const vi: LanguagePack = {
  flows: {
    amazon: 'Đơn hàng của bạn › Yêu cầu hủy',
    ebay: 'Lịch sử mua hàng › Thao tác khác › Hủy đơn hàng này',
    other: 'trang đơn hàng của bạn › Yêu cầu hủy',
  },
  returnShippingBuyer: 'Phí gửi trả hàng do người mua chịu.',
  returnShippingSeller: 'Chúng tôi chịu phí gửi trả hàng.',
  buyerFallback: 'bạn',
  templates: {
    'ask-request-cancellation':
      'Chào {buyer},\n\nCảm ơn bạn đã nhắn về đơn hàng {orderId}. Để hủy, vui lòng mở {flow} và gửi yêu cầu; chúng tôi sẽ xác nhận ngay và hoàn tiền đầy đủ cho bạn.\n\nTrân trọng,\n{signature}',
    'cancellation-confirmed':
      'Chào {buyer},\n\nĐơn hàng {orderId} ({item}) đã được hủy theo yêu cầu của bạn. Khoản hoàn tiền đầy đủ đang được chuyển về phương thức thanh toán ban đầu.\n\nTrân trọng,\n{signature}',
    'out-of-stock-cancelled':
      'Chào {buyer},\n\nChúng tôi rất tiếc: {item} trong đơn hàng {orderId} đã hết hàng, nên chúng tôi đã hủy đơn và hoàn tiền đầy đủ cho bạn. Xin lỗi vì sự bất tiện này.\n\nTrân trọng,\n{signature}',
    'duplicate-check':
      'Chào {buyer},\n\nChúng tôi thấy có nhiều đơn hàng {item}, trong đó có đơn {orderId}. Bạn có muốn đặt nhiều hơn một không? Nếu không, hãy báo cho chúng tôi để xử lý trước khi giao hàng.\n\nTrân trọng,\n{signature}',
    'address-cannot-change':
      'Chào {buyer},\n\nCảm ơn bạn đã báo. Chúng tôi chỉ có thể giao đơn hàng {orderId} đến địa chỉ trên đơn. Nếu cần giao nơi khác, vui lòng yêu cầu hủy tại {flow} và đặt đơn mới với địa chỉ đúng.\n\nTrân trọng,\n{signature}',
    'address-update-confirm':
      'Chào {buyer},\n\nCảm ơn bạn. Đơn hàng {orderId} chưa được gửi đi nên vẫn có thể đổi địa chỉ. Vui lòng xác nhận đầy đủ địa chỉ mới tại đây, chúng tôi sẽ cập nhật trước khi giao.\n\nTrân trọng,\n{signature}',
    'payment-reminder':
      'Chào {buyer},\n\nĐơn hàng {orderId} ({item}) đang chờ thanh toán. Ngay khi thanh toán xong, chúng tôi sẽ gửi hàng. Nếu có vấn đề gì, hãy cho chúng tôi biết.\n\nTrân trọng,\n{signature}',
    'tracking-update':
      'Chào {buyer},\n\nĐơn hàng {orderId} đang trên đường giao. Bạn có thể theo dõi bằng mã vận đơn trên trang đơn hàng. Nếu đến ngày dự kiến mà chưa nhận được, hãy nhắn cho chúng tôi.\n\nTrân trọng,\n{signature}',
    'refund-issued':
      'Chào {buyer},\n\nRất tiếc đơn hàng {orderId} không như mong đợi. Chúng tôi đã hoàn tiền đầy đủ; tiền sẽ về phương thức thanh toán ban đầu trong vài ngày.\n\nTrân trọng,\n{signature}',
    'replacement-offer':
      'Chào {buyer},\n\nXin lỗi về sự cố với đơn hàng {orderId}. Chúng tôi sẵn lòng gửi sản phẩm thay thế miễn phí. Chúng tôi tiến hành nhé?\n\nTrân trọng,\n{signature}',
    'offer-return':
      'Chào {buyer},\n\nĐơn hàng {orderId} đã được gửi đi nên không thể hủy, nhưng bạn có thể trả hàng trong vòng {returnDays} ngày kể từ khi nhận để được hoàn tiền. {returnShipping}\n\nTrân trọng,\n{signature}',
    'decline-politely':
      'Chào {buyer},\n\nCảm ơn bạn đã nhắn về đơn hàng {orderId}. Đơn đã được giao hơn {returnDays} ngày, quá thời hạn trả hàng của chúng tôi, nên chúng tôi không thể nhận hủy hoặc trả hàng. Mong bạn thông cảm.\n\nTrân trọng,\n{signature}',
    'ask-photos':
      'Chào {buyer},\n\nRất tiếc khi biết đơn hàng {orderId} gặp vấn đề. Bạn có thể gửi cho chúng tôi ảnh sản phẩm và kiện hàng không? Điều đó giúp chúng tôi xử lý nhanh hơn.\n\nTrân trọng,\n{signature}',
    'ask-why-cancelled':
      'Chào {buyer},\n\nĐơn hàng {orderId} đã được hủy. Nếu có thời gian, bạn có thể cho chúng tôi biết ngắn gọn lý do hủy không? Điều đó giúp chúng tôi làm tốt hơn. Không trả lời cũng không sao.\n\nTrân trọng,\n{signature}',
    'explain-offer-solution':
      'Chào {buyer},\n\nCảm ơn bạn đã nhắn về đơn hàng {orderId}. Trước khi hủy, hãy cho chúng tôi biết chuyện gì đã xảy ra: chúng tôi có thể đề xuất sản phẩm tương tự, đổi ngày giao hoặc hoàn một phần tiền. Nếu bạn vẫn muốn hủy, chúng tôi sẽ xử lý.\n\nTrân trọng,\n{signature}',
    'backorder-notice':
      'Chào {buyer},\n\nCảm ơn bạn đã đặt đơn hàng {orderId}. {item} đang được nhập thêm nên sẽ gửi muộn hơn dự kiến vài ngày; thời gian chuẩn bị hàng của đơn đã được cập nhật. Xin lỗi vì phải chờ, chúng tôi sẽ gửi mã vận đơn ngay khi giao.\n\nTrân trọng,\n{signature}',
    'contact-platform-support':
      'Chào {buyer},\n\nCảm ơn bạn đã nhắn về đơn hàng {orderId}. Đơn này do Amazon giao; bộ phận chăm sóc khách hàng của Amazon xử lý việc giao hàng, trả hàng và hoàn tiền: vui lòng liên hệ họ từ trang Đơn hàng của bạn.\n\nTrân trọng,\n{signature}',
  },
};
