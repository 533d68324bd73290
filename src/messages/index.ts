// Every message between contexts, declared once and named by direction (Dark Reader's scheme):
// `cs/…` content script → background, `ui/…` extension page → background, `bg/…` background → content.
// All are valibot schemas; the receiver parses before acting and fails closed. Contexts import the
// one file they need, so a bundle carries only its own schemas.
export * from './background-replies';
export * from './content-to-background';
export * from './page-reading';
export * from './background-to-content';
export * from './ui-to-background';
