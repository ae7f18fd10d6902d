-- The licenseCondition facet (seeds' licenseConditions: PAID_PARTS, CONTENT_NOT_FREE) for tools written
-- before it existed; every later write computes it in facetRowsOf. Same rules, in SQL.
INSERT OR IGNORE INTO `tool_facets` (`tool_id`, `dimension`, `value`, `position`)
SELECT `id`, 'licenseCondition', 'PAID_PARTS', 0 FROM `tools`
WHERE EXISTS (SELECT 1 FROM json_each(`license`, '$.caveats') WHERE `value` ->> '$.kind' IN ('OPEN_CORE', 'SERVICE_NOT_OPEN'))
   OR `license_expression` LIKE '%LicenseRef-%commercial%';
--> statement-breakpoint
INSERT OR IGNORE INTO `tool_facets` (`tool_id`, `dimension`, `value`, `position`)
SELECT `id`, 'licenseCondition', 'CONTENT_NOT_FREE',
  (SELECT count(*) FROM `tool_facets` f WHERE f.`tool_id` = `tools`.`id` AND f.`dimension` = 'licenseCondition') FROM `tools`
WHERE EXISTS (SELECT 1 FROM json_each(`license`, '$.caveats') WHERE `value` ->> '$.kind' = 'NON_COMMERCIAL_PARTS')
   OR `license_expression` GLOB '*-NC-*' OR `license_expression` GLOB '*-NC' OR `license_expression` GLOB '*-NC[ )]*';
