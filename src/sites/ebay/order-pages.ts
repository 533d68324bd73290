// The order page and its message-buyer frame, in one guard build (the frame opens on the order page).
import type { PageType } from '../page-type';
import { isEbayMessageFrame, isEbayOrderDetail } from './detect';
import { EBAY } from './page-base';
import { readEbayMessageFrame } from './read-message-frame';
import { readEbayOrderDetail } from './read-order-detail';
import { MESSAGE } from './selectors';

export const ebayOrderPages: PageType[] = [
  { ...EBAY, page: 'order-detail', detect: isEbayOrderDetail, read: readEbayOrderDetail },
  {
    ...EBAY,
    page: 'messages',
    detect: isEbayMessageFrame,
    read: readEbayMessageFrame,
    messageBox: MESSAGE.box,
    inFrames: true,
  },
];
