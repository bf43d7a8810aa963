-- The raw HTML an article came with, kept apart from the document: the
-- clean stage drops it from the document once it has the text (the later
-- stages and the review read the text), and a later write with no HTML
-- keeps the one stored (see rows.UpsertArticleSQL).
ALTER TABLE articles ADD COLUMN html TEXT NOT NULL DEFAULT '';
