// Every message between contexts, declared once and named by direction (Dark Reader's scheme):
// `cs/…` content script → background, `ui/…` extension page → background, `bg/…` background → content.
// Requests are valibot schemas the receiver parses before acting (failing closed), each with its
// reply declared beside it; what a seller's page receives is checked with the smaller ./shape
// instead. Contexts import the one file they need, so a bundle carries only its own checks.
export * from './background-replies';
export * from './background-to-content';
export * from './content-to-background';
export * from './page-reading';
export * from './records';
export * from './refusal';
export * from './settings';
export * from './ui-replies';
export * from './ui-to-background';
