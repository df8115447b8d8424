-- An import's passes run on the one job runner (jobs.job), which takes up a pass its server left unfinished; the
-- runner column that let a restart tell its own passes from abandoned ones goes. The address the officer started
-- the pass from is kept, so that the pass, run on another thread or server, records it in the ledger.
ALTER TABLE register.import_job DROP COLUMN runner;
ALTER TABLE register.import_job ADD COLUMN origin text;
