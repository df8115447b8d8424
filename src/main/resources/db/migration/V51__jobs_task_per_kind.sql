-- Each job kind is its own db-scheduler task ('job:' || kind): a server takes only the jobs of the kinds
-- it runs and leaves the others to servers that do (docs/jobs.md). Executions queued or running under
-- the former single task move to their kind's.
UPDATE jobs.scheduled_tasks AS execution
SET task_name = 'job:' || job.kind
FROM jobs.job AS job
WHERE execution.task_name = 'dancu-job'
  AND execution.task_instance = job.id::text;
