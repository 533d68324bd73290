import type { LanguagePack } from '../template-types';

export const id: LanguagePack = {
  flows: {
    amazon: 'Pesanan Anda › Minta pembatalan',
    ebay: 'Riwayat pembelian › Tindakan lainnya › Batalkan pesanan ini',
    other: 'halaman pesanan Anda › Minta pembatalan',
  },
  returnShippingBuyer: 'Ongkos kirim retur ditanggung pembeli.',
  returnShippingSeller: 'Ongkos kirim retur kami tanggung.',
  buyerFallback: '',
  templates: {
    'ask-request-cancellation':
      'Halo {buyer},\n\nTerima kasih atas pesan Anda tentang pesanan {orderId}. Untuk membatalkannya, silakan buka {flow} dan kirim permintaannya; kami akan segera mengonfirmasi dan dana Anda dikembalikan penuh.\n\nSalam,\n{signature}',
    'cancellation-confirmed':
      'Halo {buyer},\n\nPesanan {orderId} ({item}) sudah dibatalkan sesuai permintaan Anda. Pengembalian dana penuh sedang diproses ke metode pembayaran awal.\n\nSalam,\n{signature}',
    'out-of-stock-cancelled':
      'Halo {buyer},\n\nMohon maaf: stok {item} pada pesanan {orderId} habis, jadi kami telah membatalkan pesanan dan mengembalikan dana Anda sepenuhnya. Mohon maaf atas ketidaknyamanannya.\n\nSalam,\n{signature}',
    'duplicate-check':
      'Halo {buyer},\n\nKami melihat ada beberapa pesanan {item}, termasuk pesanan {orderId}. Apakah Anda memang ingin memesan lebih dari satu? Jika tidak, kabari kami agar bisa diurus sebelum dikirim.\n\nSalam,\n{signature}',
    'address-cannot-change':
      'Halo {buyer},\n\nTerima kasih sudah memberi tahu. Kami hanya bisa mengirim pesanan {orderId} ke alamat di pesanan. Jika perlu dikirim ke tempat lain, silakan minta pembatalan di {flow} lalu pesan ulang dengan alamat yang benar.\n\nSalam,\n{signature}',
    'address-update-confirm':
      'Halo {buyer},\n\nTerima kasih. Pesanan {orderId} belum dikirim, jadi alamat masih bisa diubah. Silakan konfirmasi alamat baru lengkap di sini dan kami akan memperbaruinya sebelum pengiriman.\n\nSalam,\n{signature}',
    'payment-reminder':
      'Halo {buyer},\n\nPesanan {orderId} ({item}) masih menunggu pembayaran. Begitu pembayaran masuk, kami langsung mengirimnya. Jika ada kendala, kabari kami.\n\nSalam,\n{signature}',
    'tracking-update':
      'Halo {buyer},\n\nPesanan {orderId} sedang dalam perjalanan. Anda bisa melacaknya dengan nomor resi di halaman pesanan. Jika belum tiba pada tanggal perkiraan, hubungi kami dan kami akan membantu.\n\nSalam,\n{signature}',
    'refund-issued':
      'Halo {buyer},\n\nKami menyesal pesanan {orderId} tidak sesuai harapan. Dana sudah kami kembalikan penuh dan akan masuk ke metode pembayaran awal dalam beberapa hari.\n\nSalam,\n{signature}',
    'replacement-offer':
      'Halo {buyer},\n\nMohon maaf atas masalah pada pesanan {orderId}. Kami dengan senang hati mengirim pengganti tanpa biaya tambahan. Boleh kami proses?\n\nSalam,\n{signature}',
    'offer-return':
      'Halo {buyer},\n\nPesanan {orderId} sudah dikirim sehingga tidak bisa dibatalkan, tetapi Anda bisa mengembalikannya dalam {returnDays} hari setelah diterima untuk mendapat pengembalian dana. {returnShipping}\n\nSalam,\n{signature}',
    'decline-politely':
      'Halo {buyer},\n\nTerima kasih atas pesan Anda tentang pesanan {orderId}. Pesanan sudah diterima lebih dari {returnDays} hari lalu, di luar masa retur kami, jadi kami tidak dapat menerima pembatalan atau retur. Terima kasih atas pengertiannya.\n\nSalam,\n{signature}',
    'ask-photos':
      'Halo {buyer},\n\nKami menyesal mendengar ada masalah dengan pesanan {orderId}. Bisakah Anda mengirim foto barang dan paketnya? Itu membantu kami menyelesaikannya lebih cepat.\n\nSalam,\n{signature}',
    'ask-why-cancelled':
      'Halo {buyer},\n\nPesanan {orderId} sudah dibatalkan. Jika ada waktu, bisakah Anda memberi tahu singkat alasan pembatalannya? Itu membantu kami menjadi lebih baik. Tidak perlu membalas jika tidak berkenan.\n\nSalam,\n{signature}',
    'explain-offer-solution':
      'Halo {buyer},\n\nTerima kasih atas pesan Anda tentang pesanan {orderId}. Sebelum ada pembatalan, ceritakan apa yang terjadi: kami bisa menawarkan barang serupa, pengiriman lebih lambat, atau pengembalian dana sebagian. Jika tetap ingin batal, kami yang mengurusnya.\n\nSalam,\n{signature}',
    'backorder-notice':
      'Halo {buyer},\n\nTerima kasih atas pesanan {orderId}. Stok {item} sedang diisi ulang, jadi akan dikirim beberapa hari lebih lambat dari rencana; waktu pemrosesan pesanan sudah kami perbarui. Mohon maaf atas penantiannya, nomor resi kami kirim begitu barang dikirim.\n\nSalam,\n{signature}',
    'contact-platform-support':
      'Halo {buyer},\n\nTerima kasih atas pesan Anda tentang pesanan {orderId}. Pesanan ini dikirim oleh Amazon, dan layanan pelanggan Amazon menangani pengiriman, retur, dan pengembalian dananya: silakan hubungi mereka dari halaman Pesanan Anda.\n\nSalam,\n{signature}',
  },
};
