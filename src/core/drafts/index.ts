export { lintDraft, messagingNotes, templateFits, type LintFinding } from './lint';
export { languageFor, PACKS } from './packs';
export { renderTemplate, renderText, type DraftFields } from './render';
export { splitDraft } from './split';
export * from './template-types';
