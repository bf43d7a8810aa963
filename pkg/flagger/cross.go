package flagger

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/stage"
	"github.com/copydesk/copydesk/pkg/store"
)

// crossArticle fingerprints the claims, compares them with the corpus and
// records this article's prints. It sets Claims[i].Fingerprint and
// Corroboration and returns the info flags.
func (s *Stage) crossArticle(ctx context.Context, v *view) ([]article.Flag, error) {
	a := v.a
	claims := s.fp.ExtractWords(a, v.words, v.lower)
	for _, c := range claims {
		a.Claims[c.Index].Fingerprint = c.Fingerprint
		a.Claims[c.Index].Corroboration = 0
	}
	if s.corpus == nil || a.ID == "" {
		return nil, nil
	}
	quotePrints, quoteFrom := s.fp.QuotePrints(a)
	var prints []store.ClaimPrint
	keySet := map[string]bool{}
	for _, c := range claims {
		for _, p := range c.Prints {
			prints = append(prints, p)
			keySet[p.Key] = true
		}
	}
	for _, p := range quotePrints {
		prints = append(prints, p)
		keySet[p.Key] = true
	}
	keys := make([]string, 0, len(keySet))
	for k := range keySet {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var found []store.ClaimPrint
	if len(keys) > 0 {
		var err error
		if found, err = s.corpus.FindClaimPrints(ctx, keys); err != nil {
			return nil, stage.Retryable("flagger: find claim prints", err)
		}
	}
	claimOfQuote := map[int][]int{}
	for i, c := range a.Claims {
		if c.Quote != nil {
			claimOfQuote[*c.Quote] = append(claimOfQuote[*c.Quote], i)
		}
	}
	res := s.fp.Compare(a.ID, a.Source, claims, quotePrints, quoteFrom, claimOfQuote, found)
	// Under package persist the publish overlaps with the store write.
	id := a.ID
	if err := stage.Go(ctx, "flagger: put claim prints", func() error {
		if err := s.corpus.PutClaimPrints(ctx, id, prints); err != nil {
			return stage.Retryable("flagger: put claim prints", err)
		}
		return nil
	}); err != nil {
		return nil, err
	}
	var flags []article.Flag

	// Corroborated claims.
	var ev []article.Span
	related := map[string]bool{}
	idx := make([]int, 0, len(res.Sources))
	for ci := range res.Sources {
		idx = append(idx, ci)
	}
	sort.Ints(idx)
	most := 0
	for _, ci := range idx {
		n := len(res.Sources[ci])
		a.Claims[ci].Corroboration = n
		most = max(most, n)
		if len(ev) < 5 {
			ev = append(ev, v.evidence(a.Claims[ci].Start, a.Claims[ci].End))
		}
		for _, id := range res.Related[ci] {
			related[id] = true
		}
	}
	if len(idx) > 0 {
		flags = append(flags, article.Flag{Code: article.FlagCorroboratedClaim, Severity: article.SeverityInfo,
			Score: round3(clamp01(float64(most) / 3)), Evidence: ev, Related: sortedSet(related),
			Explanation: fmt.Sprintf("%d claim(s) carry the same figures or quotes as %d other independent source(s) (at most %d for one claim).", len(idx), len(related), most)})
	}

	// Contradicted figures.
	if len(res.Contradictions) > 0 {
		ev = nil
		related = map[string]bool{}
		var parts []string
		shown := map[int]bool{} // one span a claim, however many articles contradict it
		for _, c := range res.Contradictions {
			cl := a.Claims[c.Claim]
			if len(ev) < 5 && !shown[c.Claim] {
				shown[c.Claim] = true
				ev = append(ev, v.evidence(cl.Start, cl.End))
			}
			related[c.Other.ArticleID] = true
			if len(parts) < 3 {
				parts = append(parts, fmt.Sprintf("%s %s here, %s in article %s (“%s”)", c.Own.Value, c.Own.Unit, c.Other.Value, c.Other.ArticleID, shorten(c.Other.Text, 100)))
			}
		}
		flags = append(flags, article.Flag{Code: article.FlagContradictedClaim, Severity: article.SeverityInfo,
			Score: round3(clamp01(float64(len(res.Contradictions)) / 3)), Evidence: ev, Related: sortedSet(related),
			Explanation: "Another source gives a different figure for the same thing: " + strings.Join(parts, "; ") + ". Check which figure is right."})
	}

	// Quote attribution conflicts.
	if len(res.Conflicts) > 0 {
		ev = nil
		related = map[string]bool{}
		var parts []string
		shown := map[int]bool{} // one span a quote
		for _, c := range res.Conflicts {
			q := a.Quotes[c.Quote]
			if len(ev) < 5 && !shown[c.Quote] {
				shown[c.Quote] = true
				ev = append(ev, v.evidence(q.Start, q.End))
			}
			related[c.Other.ArticleID] = true
			if len(parts) < 3 {
				parts = append(parts, fmt.Sprintf("given to %s here and to %s in article %s", orUnknown(c.Speaker), orUnknown(c.Other.Speaker), c.Other.ArticleID))
			}
		}
		flags = append(flags, article.Flag{Code: article.FlagQuoteAttributionConflict, Severity: article.SeverityInfo,
			Score: round3(clamp01(float64(len(res.Conflicts)) / 2)), Evidence: ev, Related: sortedSet(related),
			Explanation: "The same quoted words are attributed to different speakers: " + strings.Join(parts, "; ") + ". Check who said it."})
	}
	return flags, nil
}

func orUnknown(s string) string {
	if s == "" {
		return "an unnamed speaker"
	}
	return s
}

func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut <= 0 {
		cut = n
		for cut > 0 && s[cut]&0xC0 == 0x80 {
			cut--
		}
	}
	return s[:cut] + "…"
}

func sortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
