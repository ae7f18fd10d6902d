/** GET /over and /widget: the about page and the widget's documentation (no data of their own). */
import type { Context } from 'hono';
import type { AppEnv } from '../env.ts';
import { AboutPage } from '../views/pages/about.tsx';
import { WidgetPage } from '../views/pages/widget.tsx';

export const about = (c: Context<AppEnv>) => c.render(<AboutPage />, { title: c.var.ui.t.about.title });

export const widget = (c: Context<AppEnv>) => c.render(<WidgetPage />, { title: c.var.ui.t.widget.title });
