-- FindClaimPrints reads the newest articles' prints of each key.
CREATE INDEX claim_prints_key_article_idx ON claim_prints (key, article_id);
DROP INDEX claim_prints_key_idx;
