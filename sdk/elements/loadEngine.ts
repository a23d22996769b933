export type Engine = typeof import('./engine.ts');

let pending: Promise<Engine> | null = null;
let loaded: Engine | null = null;

/** Loads the engine chunk once; every element shares it. */
export function loadEngine(): Promise<Engine> {
  pending ??= import('./engine.ts').then((m) => (loaded = m));
  return pending;
}

/** The engine if it has loaded, else null (the view shows a placeholder and re-renders later). */
export function engineNow(): Engine | null {
  return loaded;
}
