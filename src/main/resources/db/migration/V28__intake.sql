-- An import's passes run on the one job runner (jobs.job), which takes up a pass its server left unfinished; the
-- runner column that let a restart tell its own passes from abandoned ones goes. The address the officer started
-- the pass from is kept, so that the pass, run on another thread or server, records it in the ledger.
ALTER TABLE register.import_job DROP COLUMN runner;
ALTER TABLE register.import_job ADD COLUMN origin text;
-- each pass is a runner job of its own on the reference "<job_id>/<passes>"
ALTER TABLE register.import_job ADD COLUMN passes integer NOT NULL DEFAULT 0;

-- The register's import and the cleansing datasets share one column mapping (org.dancu.tabular.ColumnMapping),
-- stored as field=column pairs ("full_name=0;pin=2"); a dataset's mapping was its fields' keys in column order,
-- blank for a column left out ("full_name,,pin"). The import's stored pairs name fields in capitals, which the
-- shared mapping reads as they are.
UPDATE cleansing.dataset d SET mapping = coalesce((
        SELECT string_agg(c.key || '=' || (c.n - 1), ';' ORDER BY c.n)
        FROM unnest(string_to_array(d.mapping, ',')) WITH ORDINALITY AS c(key, n)
        WHERE c.key <> ''), '')
WHERE d.mapping IS NOT NULL;
