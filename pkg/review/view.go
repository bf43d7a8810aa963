package review

import (
	"fmt"
	"sort"
	"strings"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/review/reviewdb"
	"github.com/copydesk/copydesk/pkg/review/textseg"
)

// maxEvidencePerFlag bounds the evidence spans highlighted per flag.
const maxEvidencePerFlag = 200

// segView is one run of article text, with the flags highlighting it.
type segView struct {
	Text   string
	Marked bool
	Class  string // "ev ev-<code> ..." (codes sanitised)
	Title  string // flag names, for the tooltip
	Anchor string // id of the first segment of an evidence span
	Flags  string // flag indices, space separated
}

type sectionView struct {
	Label       string
	LabelName   string
	Reason      string
	Score       float64
	Boilerplate bool
	Marked      bool
	Segments    []segView
}

// sectionGroup is a run of content sections, or of consecutive boilerplate
// sections shown collapsed together.
type sectionGroup struct {
	Boilerplate bool
	Summary     string
	Marked      bool
	Sections    []sectionView
}

type evidenceView struct {
	Text   string
	Anchor string
}

type relatedView struct {
	ID     string
	Title  string
	Source string
	Known  bool
}

type flagView struct {
	Idx         int
	Code        string
	Name        string
	Severity    string
	Score       float64
	Explanation string
	Evidence    []evidenceView
	MoreEvid    int
	Related     []relatedView
	RelatedName string
	Current     *reviewdb.Decision
	History     []reviewdb.Decision
	ArticleID   string
	CSRF        string
	Error       string
}

type quoteView struct {
	Text        string
	Kind        string
	Speaker     string
	Canonical   string
	Mention     string
	SpeakerType string
	Cue         string
	Via         string
	Confidence  float64
}

type claimView struct {
	Text          string
	Checkworthy   float64
	Attribution   string
	SpeakerType   string
	Corroboration int
}

// classSafe keeps [a-z0-9_-] so that a flag code can name a CSS class.
func classSafe(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') || r == '_' || r == '-' {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "other"
	}
	return b.String()
}

func (s *Server) flagName(code string) string {
	if n, ok := s.labels.Flags[code]; ok {
		return n
	}
	return strings.ReplaceAll(code, "_", " ")
}

func (s *Server) blockName(label string) string {
	if label == "" {
		return "Unlabelled"
	}
	if n, ok := s.labels.Blocks[label]; ok {
		return n
	}
	return strings.ReplaceAll(label, "_", " ")
}

// buildText cuts the article into labelled sections with every flag's
// evidence marked; each piece of text stays a plain string for the
// template to escape.
func (s *Server) buildText(a *article.Article) ([]sectionGroup, map[[2]int]string) {
	type markInfo struct{ flag, ev int }
	var marks []textseg.Mark
	var infos []markInfo
	for fi, f := range a.Flags {
		for ei, ev := range f.Evidence {
			if ei >= maxEvidencePerFlag {
				break
			}
			marks = append(marks, textseg.Mark{Start: ev.Start, End: ev.End, ID: len(infos)})
			infos = append(infos, markInfo{fi, ei})
		}
	}
	anchors := map[[2]int]string{}
	sections := textseg.Build(a.Text, a.Blocks, marks)
	var groups []sectionGroup
	for _, sec := range sections {
		sv := sectionView{Label: string(sec.Label), LabelName: s.blockName(string(sec.Label)), Reason: sec.Reason,
			Score: sec.Score, Boilerplate: sec.Boilerplate}
		for _, seg := range sec.Segments {
			v := segView{Text: seg.Text}
			if len(seg.Marks) > 0 {
				v.Marked, sv.Marked = true, true
				classes := []string{"ev"}
				var titles, flags []string
				seen := map[int]bool{}
				for _, id := range seg.Marks {
					mi := infos[id]
					if key := [2]int{mi.flag, mi.ev}; anchors[key] == "" {
						anchors[key] = fmt.Sprintf("ev-%d-%d", mi.flag, mi.ev)
						if v.Anchor == "" {
							v.Anchor = anchors[key]
						}
					}
					if seen[mi.flag] {
						continue
					}
					seen[mi.flag] = true
					code := a.Flags[mi.flag].Code
					classes = append(classes, "ev-"+classSafe(code))
					titles = append(titles, s.flagName(code))
					flags = append(flags, fmt.Sprint(mi.flag))
				}
				v.Class = strings.Join(classes, " ")
				v.Title = strings.Join(titles, ", ")
				v.Flags = strings.Join(flags, " ")
			}
			sv.Segments = append(sv.Segments, v)
		}
		if n := len(groups); n > 0 && sec.Boilerplate && groups[n-1].Boilerplate {
			groups[n-1].Sections = append(groups[n-1].Sections, sv)
			groups[n-1].Marked = groups[n-1].Marked || sv.Marked
			continue
		}
		groups = append(groups, sectionGroup{Boilerplate: sec.Boilerplate, Marked: sv.Marked, Sections: []sectionView{sv}})
	}
	for i := range groups {
		if groups[i].Boilerplate {
			groups[i].Summary = s.boilerSummary(groups[i].Sections)
		}
	}
	return groups, anchors
}

func (s *Server) boilerSummary(secs []sectionView) string {
	counts := map[string]int{}
	var order []string
	for _, sv := range secs {
		if counts[sv.LabelName] == 0 {
			order = append(order, sv.LabelName)
		}
		counts[sv.LabelName]++
	}
	sort.SliceStable(order, func(i, j int) bool { return counts[order[i]] > counts[order[j]] })
	parts := make([]string, len(order))
	for i, n := range order {
		parts[i] = fmt.Sprintf("%d %s", counts[n], strings.ToLower(n))
	}
	noun := "blocks"
	if len(secs) == 1 {
		noun = "block"
	}
	return fmt.Sprintf("%d boilerplate %s hidden: %s", len(secs), noun, strings.Join(parts, ", "))
}

func (s *Server) flagViews(a *article.Article, anchors map[[2]int]string, decisions []reviewdb.Decision, refs map[string]reviewdb.ArticleRef, csrf string) []flagView {
	byFlag := map[int][]reviewdb.Decision{}
	for _, d := range decisions {
		byFlag[d.FlagIdx] = append(byFlag[d.FlagIdx], d)
	}
	out := make([]flagView, 0, len(a.Flags))
	for i, f := range a.Flags {
		fv := flagView{Idx: i, Code: f.Code, Name: s.flagName(f.Code), Severity: f.Severity, Score: f.Score,
			Explanation: f.Explanation, ArticleID: a.ID, CSRF: csrf, History: byFlag[i]}
		if h := fv.History; len(h) > 0 {
			cur := h[len(h)-1]
			fv.Current = &cur
		}
		for ei, ev := range f.Evidence {
			if ei >= 12 {
				fv.MoreEvid = len(f.Evidence) - ei
				break
			}
			text := ev.Text
			if text == "" {
				text = a.Slice(ev.Start, ev.End)
			}
			if len(text) > 240 {
				text = cleanText(text[:240], 240) + "…"
			}
			fv.Evidence = append(fv.Evidence, evidenceView{Text: text, Anchor: anchors[[2]int{i, ei}]})
		}
		fv.RelatedName = "Articles with the same claim"
		if n, ok := s.labels.RelatedFlags[f.Code]; ok {
			fv.RelatedName = n
		}
		for _, id := range f.Related {
			r, ok := refs[id]
			fv.Related = append(fv.Related, relatedView{ID: id, Title: r.Title, Source: r.Source, Known: ok})
		}
		out = append(out, fv)
	}
	return out
}

func quoteViews(a *article.Article) []quoteView {
	out := make([]quoteView, 0, len(a.Quotes))
	for _, q := range a.Quotes {
		v := quoteView{Text: q.Text, Kind: q.Kind, Via: q.Via, Confidence: q.Confidence}
		if v.Text == "" {
			v.Text = a.Slice(q.Start, q.End)
		}
		if q.Speaker != nil {
			v.Speaker, v.Canonical, v.Mention, v.SpeakerType = q.Speaker.Name, q.Speaker.Canonical, q.Speaker.Mention, q.Speaker.Type
			if v.Canonical == v.Speaker {
				v.Canonical = ""
			}
		}
		if q.Cue != nil {
			v.Cue = q.Cue.Text
			if v.Cue == "" {
				v.Cue = a.Slice(q.Cue.Start, q.Cue.End)
			}
		}
		out = append(out, v)
	}
	return out
}

func claimViews(a *article.Article) []claimView {
	out := make([]claimView, 0, len(a.Claims))
	for _, c := range a.Claims {
		v := claimView{Text: c.Text, Checkworthy: c.Checkworthy, Corroboration: c.Corroboration}
		if v.Text == "" {
			v.Text = a.Slice(c.Start, c.End)
		}
		if c.Quote != nil && *c.Quote >= 0 && *c.Quote < len(a.Quotes) {
			if sp := a.Quotes[*c.Quote].Speaker; sp != nil {
				v.Attribution = sp.Canonical
				if v.Attribution == "" {
					v.Attribution = sp.Name
				}
				v.SpeakerType = sp.Type
			}
			if via := a.Quotes[*c.Quote].Via; via != "" {
				v.Attribution += " via " + via
			}
		}
		out = append(out, v)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Checkworthy > out[j].Checkworthy })
	return out
}

// relatedIDs lists the other articles an article's flags and duplicate
// link point to.
func relatedIDs(a *article.Article) []string {
	seen := map[string]bool{a.ID: true}
	var ids []string
	add := func(id string) {
		if id != "" && !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	if a.Duplicate != nil {
		add(a.Duplicate.Of)
	}
	for _, f := range a.Flags {
		for _, id := range f.Related {
			add(id)
		}
	}
	return ids
}
