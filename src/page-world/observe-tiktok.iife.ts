// Runs in the TikTok Shop seller centre's own world (MAIN) at document_start. The centre signs its
// requests (X-Bogus, msToken) and answers a replayed one with an empty body, so we never ask it
// anything: this script copies the answers the page itself receives for its order list, order
// detail, Action Needed counters and shop health (TIKTOK_WATCHED_PATHS, and no others) to our content
// script (./observe-responses.ts says how, and what never).
import { observeResponses } from './observe-responses';
import { TIKTOK_WATCHED_PATHS } from './tiktok-paths';

observeResponses(TIKTOK_WATCHED_PATHS);
