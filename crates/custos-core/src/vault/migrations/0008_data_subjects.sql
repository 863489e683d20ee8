-- Schema 8: each purpose names the categories of data subjects it concerns (GDPR Art. 30(1)(c):
-- customers, leads, suppliers' staff, job applicants…), stored like its categories of data.
-- Purposes from before start with none; the record of processing asks for them.
ALTER TABLE purpose ADD COLUMN data_subject_categories TEXT NOT NULL DEFAULT '[]'; -- JSON array of strings
