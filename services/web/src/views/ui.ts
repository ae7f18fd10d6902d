/** Components read the reader's language from the request being rendered. */
import { useRequestContext } from 'hono/jsx-renderer';
import type { AppEnv } from '../env.ts';

export const useUi = () => useRequestContext<AppEnv>().var.ui;

/** The signed-in curator on curator pages; undefined elsewhere. */
export const useCurator = () => useRequestContext<AppEnv>().var.curator as AppEnv['Variables']['curator'] | undefined;
