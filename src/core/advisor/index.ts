export { advise, forbidden } from './advisor';
export { situationFor, type OrderOnRecord, type SellerChoice } from './situation';
export * from './types';
