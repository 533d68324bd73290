// The advice part's code, loaded on its own (a separate chunk): see advice.tsx.
export type AdviceModule = typeof import('./advice');

export const loadAdvice = (): Promise<AdviceModule> => import('./advice');
