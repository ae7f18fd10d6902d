/** GET /over: the about page. */
import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';
import { AboutPage } from '../views/pages/about.tsx';

export const about = (c: Context<AppEnv>) => c.render(<AboutPage />, { title: c.var.ui.t.about.title });
