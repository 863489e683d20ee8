-- The contacts whose personal data a change kept aside may hold (issue 21, docs/TEAM.md
-- "Erasure reaches every seat and every file"): its file header's `contacts` and `erases`
-- (a JSON array of contact ids). A problem keeps its whole file's changeset, and a row of it
-- may name no contact (a message names its conversation only, gone once the person is
-- erased): when any of these contacts is erased, the problem's changeset is dropped.
-- Problems kept before this migration have none ('[]'): their rows are checked as before.
ALTER TABLE sync_problem ADD COLUMN contacts TEXT NOT NULL DEFAULT '[]';
