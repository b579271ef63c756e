/** Types of electron.mjs, for the TypeScript that shares it (tests/electron). */
export function electronCandidate(): string | null;
export function findElectron(): string | null;
export const electronInstaller: string;
