package claims

import (
	"testing"

	"github.com/copydesk/copydesk/pkg/claims/entity"
)

// TestWordClasses checks data/word_classes.txt against the code: every
// class the code uses exists, is not empty and is what its variable holds;
// the file has no class the code does not use; and the entries are lower
// case, as the lookups need, except the credentials and state names, written
// as they are.
func TestWordClasses(t *testing.T) {
	used := map[string]entity.WordSet{
		"zeroThatSubject":        zeroThatSubject,
		"agentSuffix":            agentSuffix,
		"addresseePrep":          addresseePrep,
		"notAgent":               notAgent,
		"finiteAux":              finiteAux,
		"notBeforeVerb":          notBeforeVerb,
		"thatDemonstrativeAfter": thatDemonstrativeAfter,
		"cardinals":              cardinals,
		"credential":             credential,
		"prepAfter":              prepAfter,
		"articleWord":            articleWord,
		"objectWord":             objectWord,
		"numberWord":             numberWord,
		"weakAfter":              weakAfter,
		"bareInverts":            bareInverts,
		"timeWord":               timeWord,
		"timeNoun":               timeNoun,
		"titleSmallWords":        titleSmallWords,
		"postModifier":           postModifier,
		"servesNoun":             servesNoun,
		"otherView":              otherView,
		"asByAdverb":             asByAdverb,
		"issuedDocument":         issuedDocument,
		"issuerWord":             issuerWord,
		"issuedAnaphor":          issuedAnaphor,
		"issuingVerb":            issuingVerb,
		"thisReportVerb":         thisReportVerb,
		"thisAfter":              thisAfter,
		"collectivePeople":       collectivePeople,
		"eventAppositive":        eventAppositive,
		"agencyWord":             agencyWord,
		"sceneNoun":              sceneNoun,
		"addresseeHead":          addresseeHead,
		"carriedBy":              carriedBy,
		"unnamedOutlets":         unnamedOutlets,
		"passiveAs":              passiveAs,
		"openingAdverbial":       openingAdverbial,
		"amountScale":            amountScale,
		"amountPrep":             amountPrep,
		"outsideExpert":          outsideExpert,
		"bodyTeam":               bodyTeam,
		"titleParticiple":        titleParticiple,
		"seedRank":               seedRank,
		"locativePrep":           locativePrep,
		"compassWord":            compassWord,
		"ukPartyTag":             ukPartyTag,
		"retiredWord":            retiredWord,
		"nounBeforePlural":       nounBeforePlural,
		"groupCount":             groupCount,
		"programmeNoun":          programmeNoun,
		"interviewWord":          interviewWord,
		"speakerPronoun":         speakerPronoun,
		"connective":             connective,
		"notGapVerb":             notGapVerb,
		"unnamedPlacePrep":       unnamedPlacePrep,
		"issuingParticiple":      issuingParticiple,
		"directiveVerb":          directiveVerb,
		"ordinalOther":           ordinalOther,
		"contrastConj":           contrastConj,
		"possessivePronoun":      possessivePronoun,
		"genericPersonNoun":      genericPersonNoun,
		"clauseAdverbial":        clauseAdverbial,
		"subjectPronoun":         subjectPronoun,
		"monthName":              monthName,
		"courtBody":              courtBody,
		"judgeWord":              judgeWord,
		"stockIndex":             stockIndex,
		"sloganNoun":             sloganNoun,
		"adjectiveSuffix":        adjectiveSuffix,
		"anonymityWord":          anonymityWord,
		"addresseeWord":          addresseeWord,
		"passiveReport":          passiveReport,
		"passiveAux":             passiveAux,
		"goOn":                   goOn,
		"continueTo":             continueTo,
		"asOnly":                 asOnly,
		"timeLead":               timeLead,
		"topicPreposition":       topicPreposition,
		"asParticipleAfter":      asParticipleAfter,
		"reflexivePronoun":       reflexivePronoun,
		"genericOrgNoun":         genericOrgNoun,
		"firmNoun":               firmNoun,
		"stanceVerb":             stanceVerb,
		"companyKind":            companyKind,
		"publicBodyWord":         publicBodyWord,
		"stateNoun":              stateNoun,
		"localGovernment":        localGovernment,
		"manner":                 manner,
		"parentNoun":             parentNoun,
		"affiliationPrep":        affiliationPrep,
		"namedKindHead":          namedKindHead,
		"policeWord":             policeWord,
		"charityWord":            charityWord,
		"unionWord":              unionWord,
		"forecastWord":           forecastWord,
		"sourceKindHead":         sourceKindHead,
		"topicPrep":              topicPrep,
		"pastOnly":               pastOnly,
		"approxWord":             approxWord,
		"endsSpeakerWord":        endsSpeakerWord,
		"examVerb":               examVerb,
		"stateBodyWord":          stateBodyWord,
		"clauseLink":             clauseLink,
		"addresseeVerb":          addresseeVerb,
		"byMeans":                byMeans,
		"writingWord":            writingWord,
		"newsReport":             newsReport,
		"documentModifier":       documentModifier,
		"groupLeader":            groupLeader,
		"outletOwner":            outletOwner,
		"namedCollective":        namedCollective,
		"finiteVerb":             finiteVerb,
		"partitiveHead":          partitiveHead,
		"relativeWord":           relativeWord,
		"scenePreposition":       scenePreposition,
		"coordVerb":              coordVerb,
		"stateName":              stateName,
		"irregularPast":          irregularPast,
		"viewNoun":               viewNoun,
		"replyNoun":              replyNoun,
		"demonstrativeReply":     demonstrativeReply,
		"questionAux":            questionAux,
		"citingWord":             citingWord,
		"evidenceNoun":           evidenceNoun,
		"asByVerb":               asByVerb,
		"outletNounWord":         outletNounWord,
		"documentParticiple":     documentParticiple,
		"documentPhrasal":        documentPhrasal,
		"verbAdverb":             verbAdverb,
		"speakerAct":             speakerAct,
		"approxCount":            approxCount,
		"gestureVerb":            gestureVerb,
		"glossNoun":              glossNoun,
		"glossHedge":             glossHedge,
		"serviceKind":            serviceKind,
	}
	wc, err := entity.ReadWordClasses(dataFS, "data/word_classes.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, err := range wc.Check(used, "credential", "stateName") {
		t.Error(err)
	}
	// timeNoun is a subset of timeWord by definition.
	for w := range timeNoun {
		if !timeWord[w] {
			t.Errorf("timeNoun %q is not in timeWord", w)
		}
	}
}

// TestPersonNoun checks the trades a suffix makes person nouns, and the
// words with those suffixes that name no person.
func TestPersonNoun(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		w    string
		want bool
	}{
		{"machinist", true},
		{"machinists", true},
		{"electrician", true},
		{"locksmith", true},
		{"nurse", true}, // in person_nouns.txt
		{"checklist", false},
		{"persists", false},
		{"playlist", false},
		{"list", false},
		{"shortlist-ist", false}, // (a hyphenated word: no trade by suffix)
		{"table", false},
	}
	for _, tc := range tests {
		t.Run(tc.w, func(t *testing.T) {
			if got := lx.personNoun(tc.w); got != tc.want {
				t.Errorf("personNoun(%q) = %v, want %v", tc.w, got, tc.want)
			}
		})
	}
}
