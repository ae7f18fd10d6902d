/** The public pages, mounted twice: at / (Dutch) and at /en (English). */
import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import type { ToolSearch } from '../gateway/search.ts';
import type { UptakeSource } from '../gateway/uptake.ts';
import { entryRoute, FEED_PATH, paths } from '../lib/paths.ts';
import { changesFeed, productFeed } from './feeds.ts';
import { compare } from './compare.tsx';
import { facilityList, facilityPage, organisationList, organisationPage, productList, productPage, standardList, standardPage, toolPage } from './entries.tsx';
import { home, search } from './search.tsx';
import { about, widget } from './about.tsx';
import { createReportRoutes, type ReportLimits } from './reports.tsx';
import { createSchoolRoutes } from './school.tsx';
import type { SchoolSignIns } from '../school/sign-in.tsx';

export function createSiteRoutes(options: {
  searchTools: ToolSearch;
  curator: Hono<AppEnv>;
  reportLimits?: ReportLimits | undefined;
  school: SchoolSignIns;
  uptake: UptakeSource;
}) {
  const site = new Hono<AppEnv>({ strict: false });
  site.route('/', options.curator);
  site.route('/', createReportRoutes(options.reportLimits));
  site.route('/', createSchoolRoutes({ signIn: options.school, uptake: options.uptake }));
  site.get(paths.home, home);
  site.get(paths.search, search(options.searchTools));
  site.get(paths.compare, compare);
  site.get(FEED_PATH, changesFeed);
  site.get(`${entryRoute(paths.products)}/feed.atom`, productFeed);
  site.get(paths.about, about);
  site.get(paths.widget, widget);
  site.get(paths.products, productList);
  site.get(entryRoute(paths.products), productPage);
  site.get(paths.tools, (c) => c.redirect(c.var.ui.href(paths.search), 301));
  site.get(entryRoute(paths.tools), toolPage);
  site.get(paths.facilities, facilityList);
  site.get(entryRoute(paths.facilities), facilityPage);
  site.get(paths.standards, standardList);
  site.get(entryRoute(paths.standards), standardPage);
  site.get(paths.organisations, organisationList);
  site.get(entryRoute(paths.organisations), organisationPage);
  return site;
}
