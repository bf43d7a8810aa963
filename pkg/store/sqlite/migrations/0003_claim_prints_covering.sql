-- FindClaimPrints reads every column of the newest prints of a key: an index
-- that holds them all answers from the index alone, without a table lookup
-- (a random page read) for each print.
CREATE INDEX claim_prints_lookup_idx ON claim_prints (key, article_id, value, source, speaker, text);
DROP INDEX claim_prints_key_article_idx;
