-- FindClaimPrints reads every column of the newest prints of a key: an index
-- that carries them answers with an index-only scan, without a heap fetch for
-- each print.
CREATE INDEX claim_prints_lookup_idx ON claim_prints (key, article_id) INCLUDE (value, source, speaker, text);
DROP INDEX claim_prints_key_article_idx;
