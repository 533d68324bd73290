import type { LanguagePack } from '../template-types';

export const ms: LanguagePack = {
  flows: {
    amazon: 'Pesanan Anda › Minta pembatalan',
    ebay: 'Sejarah pembelian › Lagi tindakan › Batalkan pesanan ini',
    other: 'halaman pesanan anda › Minta pembatalan',
  },
  returnShippingBuyer: 'Kos penghantaran pulangan ditanggung oleh pembeli.',
  returnShippingSeller: 'Kami menanggung kos penghantaran pulangan.',
  buyerFallback: '',
  templates: {
    'ask-request-cancellation':
      'Hai {buyer},\n\nTerima kasih atas mesej anda tentang pesanan {orderId}. Untuk membatalkannya, sila buka {flow} dan hantar permintaan; kami akan mengesahkannya segera dan anda akan menerima bayaran balik penuh.\n\nSalam hormat,\n{signature}',
    'cancellation-confirmed':
      'Hai {buyer},\n\nPesanan {orderId} ({item}) telah dibatalkan seperti yang anda minta. Bayaran balik penuh sedang dihantar ke kaedah pembayaran asal anda.\n\nSalam hormat,\n{signature}',
    'out-of-stock-cancelled':
      'Hai {buyer},\n\nKami mohon maaf: {item} dalam pesanan {orderId} kehabisan stok, jadi kami telah membatalkan pesanan dan membuat bayaran balik penuh. Maaf atas kesulitan ini.\n\nSalam hormat,\n{signature}',
    'duplicate-check':
      'Hai {buyer},\n\nKami perasan beberapa pesanan untuk {item}, termasuk pesanan {orderId}. Adakah anda memang mahu memesan lebih daripada satu? Jika tidak, beritahu kami supaya kami uruskan sebelum penghantaran.\n\nSalam hormat,\n{signature}',
    'address-cannot-change':
      'Hai {buyer},\n\nTerima kasih kerana memaklumkan. Kami hanya boleh menghantar pesanan {orderId} ke alamat dalam pesanan. Jika perlu dihantar ke tempat lain, sila minta pembatalan di {flow} dan buat pesanan baharu dengan alamat yang betul.\n\nSalam hormat,\n{signature}',
    'address-update-confirm':
      'Hai {buyer},\n\nTerima kasih. Pesanan {orderId} belum dihantar, jadi alamat masih boleh ditukar. Sila sahkan alamat baharu yang lengkap di sini dan kami akan mengemas kininya sebelum penghantaran.\n\nSalam hormat,\n{signature}',
    'payment-reminder':
      'Hai {buyer},\n\nPesanan {orderId} ({item}) sedang menunggu pembayaran. Sebaik sahaja pembayaran diterima, kami akan menghantarnya. Jika ada masalah, beritahu kami.\n\nSalam hormat,\n{signature}',
    'tracking-update':
      'Hai {buyer},\n\nPesanan {orderId} sedang dalam perjalanan. Anda boleh menjejakinya dengan nombor penjejakan di halaman pesanan. Jika belum tiba pada tarikh jangkaan, hubungi kami dan kami akan membantu.\n\nSalam hormat,\n{signature}',
    'refund-issued':
      'Hai {buyer},\n\nKami kesal pesanan {orderId} tidak seperti yang diharapkan. Kami telah membuat bayaran balik penuh; wang akan sampai ke kaedah pembayaran asal dalam beberapa hari.\n\nSalam hormat,\n{signature}',
    'replacement-offer':
      'Hai {buyer},\n\nMaaf atas masalah dengan pesanan {orderId}. Kami dengan senang hati menghantar barang ganti tanpa kos tambahan. Boleh kami teruskan?\n\nSalam hormat,\n{signature}',
    'offer-return':
      'Hai {buyer},\n\nPesanan {orderId} telah dihantar, jadi ia tidak boleh dibatalkan lagi, tetapi anda boleh memulangkannya dalam masa {returnDays} hari selepas diterima untuk bayaran balik. {returnShipping}\n\nSalam hormat,\n{signature}',
    'decline-politely':
      'Hai {buyer},\n\nTerima kasih atas mesej anda tentang pesanan {orderId}. Ia telah diterima lebih daripada {returnDays} hari lalu, di luar tempoh pulangan kami, jadi kami tidak dapat menerima pembatalan atau pulangan. Terima kasih atas pengertian anda.\n\nSalam hormat,\n{signature}',
    'ask-photos':
      'Hai {buyer},\n\nKami kesal mendengar masalah dengan pesanan {orderId}. Bolehkah anda menghantar gambar barang dan bungkusannya? Ia membantu kami menyelesaikannya dengan cepat.\n\nSalam hormat,\n{signature}',
    'ask-why-cancelled':
      'Hai {buyer},\n\nPesanan {orderId} telah dibatalkan. Jika ada masa, bolehkah anda memberitahu kami secara ringkas sebab pembatalan? Ia membantu kami menambah baik. Tidak perlu membalas jika anda tidak mahu.\n\nSalam hormat,\n{signature}',
    'explain-offer-solution':
      'Hai {buyer},\n\nTerima kasih atas mesej anda tentang pesanan {orderId}. Sebelum apa-apa dibatalkan, ceritakan apa yang berlaku: kami boleh menawarkan barang serupa, penghantaran kemudian atau bayaran balik separa. Jika anda masih mahu batal, kami akan uruskan.\n\nSalam hormat,\n{signature}',
    'backorder-notice':
      'Hai {buyer},\n\nTerima kasih atas pesanan {orderId}. Stok {item} sedang ditambah, jadi ia akan dihantar beberapa hari lewat daripada jangkaan; masa pemprosesan pesanan telah dikemas kini. Maaf kerana perlu menunggu, nombor penjejakan akan dihantar sebaik sahaja barang dihantar.\n\nSalam hormat,\n{signature}',
    'contact-platform-support':
      'Hai {buyer},\n\nTerima kasih atas mesej anda tentang pesanan {orderId}. Pesanan ini dihantar oleh Amazon, dan khidmat pelanggan Amazon mengendalikan penghantaran, pulangan dan bayaran balik: sila hubungi mereka dari halaman Pesanan Anda.\n\nSalam hormat,\n{signature}',
  },
};
