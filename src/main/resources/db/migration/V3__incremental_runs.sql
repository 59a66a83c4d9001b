-- Incremental runs: a file is checked again only when its content, its language or mtqa's configuration changed.
-- fingerprint: hash of mtqa's and LanguageTool's versions and of every setting that changes a report.
-- reused_from: for a file that was unchanged in a run, the check whose report still stands (findings live there).
ALTER TABLE mtqa_file_check ADD COLUMN fingerprint VARCHAR(64);
ALTER TABLE mtqa_file_check ADD COLUMN reused_from BIGINT REFERENCES mtqa_file_check (id);

-- Input files that disappeared since the previous run; their reports were deleted in this run.
CREATE TABLE mtqa_removed_file (
    run_id        BIGINT NOT NULL REFERENCES mtqa_run (run_id),
    file          VARCHAR(4000) NOT NULL,
    CONSTRAINT mtqa_removed_file_once UNIQUE (run_id, file)
);
