export { advise, forbidden } from './advisor';
export * from './types';
