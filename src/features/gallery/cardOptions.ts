import { createContext, useContext } from 'react';

/** Per-result actions that depend on what the app can do right now (they reach every card without props). */
export interface CardOptions {
  /** The chosen API can upscale: cards offer "Upscale". */
  upscale: boolean;
}

export const CardOptionsContext = createContext<CardOptions>({ upscale: false });

export const useCardOptions = (): CardOptions => useContext(CardOptionsContext);
