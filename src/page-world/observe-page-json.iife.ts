// Runs in the seller page's own world (MAIN) at document_start, on Seller Central order and
// performance pages only. Manage Orders gets its rows from the page's own /orders-api/search calls,
// Account Health its figures from /performance/api/summary; this script copies those responses (and
// no others, WATCHED_PATHS) to our content script (./observe-responses.ts says how, and what never).
import { WATCHED_PATHS } from './channel';
import { observeResponses } from './observe-responses';

observeResponses(WATCHED_PATHS);
