package entity

import (
	"testing"

	"github.com/copydesk/copydesk/pkg/article"
	"github.com/copydesk/copydesk/pkg/claims/token"
)

func TestSameName(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Sergei", "Sergey", true},
		{"Sergej", "Sergey", true},
		{"Anthony", "Antony", true},
		{"Zelensky", "Zelenskyy", true},
		{"Zelenskiy", "Zelensky", true},
		{"Lavrov", "Lavrova", true},
		{"Lavrov", "Blinken", false},
		{"Ivan", "Ivanov", false},
		{"Kim", "Kin", false},
		{"Müller", "Muller", true},
	}
	for _, tc := range tests {
		t.Run(tc.a+"/"+tc.b, func(t *testing.T) {
			if got := SameName(tc.a, tc.b); got != tc.want {
				t.Errorf("SameName(%q, %q) = %v (skeletons %q %q)", tc.a, tc.b, got, Skeleton(tc.a), Skeleton(tc.b))
			}
		})
	}
}

func TestDoubleSurnameAfterTitle(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	r := NewRegistry(g, 2022)
	full := r.Person("Emma Howard", "Boyd")
	if got := r.Person("Howard", "Boyd"); got != full {
		t.Errorf("Person(Howard, Boyd) after Emma Howard Boyd = %+v, want the same entity", got)
	}
	if got := r.Person("Sarah", "Boyd"); got == full {
		t.Errorf("Person(Sarah, Boyd) after Emma Howard Boyd is the same entity (guard)")
	}
}

func TestPersonIDStable(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, n := range [][2]string{{"Sergei", "Lavrov"}, {"Sergey", "Lavrov"}, {"Serguei", "Lavrov"}} {
		ids[PersonID(g.CanonicalFirst(n[0]), n[1])] = true
	}
	if len(ids) != 1 {
		t.Errorf("variants got %d ids: %v", len(ids), ids)
	}
	if PersonID("Antony", "Blinken") != PersonID("Anthony", "Blinken") {
		t.Error("Anthony/Antony Blinken ids differ")
	}
	if g.CanonicalFirst("Sergei") != "Sergey" {
		t.Errorf("CanonicalFirst(Sergei) = %q", g.CanonicalFirst("Sergei"))
	}
}

func TestScan(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	text := "Russian Foreign Minister Sergei Lavrov met US Secretary of State Antony Blinken. Mr Lavrov spoke to CNN in Geneva. Lavrov left. The European Commission said no. Ms Truss agreed."
	r := NewRegistry(g, 2022)
	r.Scan(text, [][]token.Token{token.Split(text, 0, len(text))})
	got := map[string]string{}
	for _, e := range r.Export() {
		got[e.Name] = e.Type
	}
	want := map[string]string{
		"Sergey Lavrov": article.EntityPerson, "Antony Blinken": article.EntityPerson, "CNN": article.EntityMedia,
		"Geneva": article.EntityPlace, "European Commission": article.EntityOrganization, "Liz Truss": article.EntityPerson,
	}
	for n, typ := range want {
		if got[n] != typ {
			t.Errorf("entity %q: type %q, want %q (all: %v)", n, got[n], typ, got)
		}
	}
	lav := r.BySurname("Lavrov")
	if lav == nil || len(lav.Mentions) != 3 || len(lav.Roles) == 0 || lav.Roles[0].Class != "foreign_minister" || lav.Roles[0].Country != "ru" {
		t.Errorf("Lavrov = %+v", lav)
	}
	if tr := r.BySurname("Truss"); tr == nil || tr.Gender != 'f' {
		t.Errorf("Truss gender from Ms: %+v", tr)
	}
}

// TestScanTypes: what kind of entity a capitalised run is, or that it is
// none.
func TestScanTypes(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, entity, typ string // typ "": no entity of that name
	}{
		{"middle initial", "The professor Jennifer M. Piscopo spoke.", "Jennifer M. Piscopo", article.EntityPerson},
		{"a camel-case name a spokesperson speaks for is no person", "The FlyAzura flight was cancelled.\n\nA spokesperson for FlyAzura said: \u2018We are very sorry.\u2019", "FlyAzura", ""},
		{"capitalised occupation before a name and its university", "Economist Sarah Lin of Springfield State University spoke.", "Sarah Lin", article.EntityPerson},
		{"capitalised occupation before a name and its university (no org)", "Economist Sarah Lin of Springfield State University spoke.", "Economist Sarah Lin of Springfield State University", ""},
		{"a body's name with of stays one (guard)", "The Museum of Modern Art in New York said so.", "Museum of Modern Art", article.EntityOrganization},
		{"initial not before a stopword", "They chose Plan B. The rest failed.", "Plan B The", ""},
		{"a group's name with a pronoun after its kind", "The pressure group Keep Our NHS Public said so.", "Keep Our NHS Public", article.EntityOrganization},
		{"a group's name opening its sentence with its kind", "Campaign group Save Our Fields said it was devastated.", "Save Our Fields", article.EntityOrganization},
		{"a name after a group with an article is no body (guard)", "A group Smith joined said so.", "Smith", ""},
		{"a public body named after a nation", "Natural Resources Wales said 25 warnings were in place.", "Natural Resources Wales", article.EntityOrganization},
		{"an outlet named Daily and a word", "Her sister told the Daily Camera that she loved riding.", "Daily Camera", article.EntityMedia},
		{"a Welsh patronymic particle", "Plaid Cymru health spokesperson Mabon ap Gwynfor said so.", "Mabon ap Gwynfor", article.EntityPerson},
		{"an adjective after The opening a pub's name", "The Old Crown Inn said it would stay closed.", "Old Crown Inn", article.EntityOrganization},
		{"an adjective opening a sentence before a body (guard)", "Old Crown Inn regulars said so.", "Crown Inn", article.EntityOrganization},
		{"a venue named for its owner with a possessive", "Clon Casey's Bar said it was delighted.", "Clon Casey's Bar", article.EntityOrganization},
		{"an outlet by its kind after the name", "His publicist told People magazine that he was fine.", "People", article.EntityMedia},
		{"a capitalised kind opening the sentence", "Retailer Marks Hall said so.", "Marks Hall", article.EntityOrganization},
		{"a capitalised outlet kind opening the sentence", "Tabloid Hochblatt reported it.", "Hochblatt", article.EntityMedia},
		{"a capitalised trade before a first name (guard)", "Broadcaster David Attenborough said so.", "David Attenborough", article.EntityPerson},
		{"an unlisted body's name with and", "The Food and Drink Federation said so.", "Food and Drink Federation", article.EntityOrganization},
		{"an unlisted body's name with and (its half)", "The Food and Drink Federation said so.", "Drink Federation", ""},
		{"and between a place and a body (guard)", "The talks between Britain and European Union officials went on.", "Britain and European Union", ""},
		{"and after an organisation word (guard)", "The Army and Navy Club said so.", "Army and Navy Club", ""},
		{"a body's name with for the", "The Royal Society for the Prevention of Accidents said so.", "Royal Society for the Prevention of Accidents", article.EntityOrganization},
		{"a body's name with of the", "The Ministry of the Interior said so.", "Ministry of the Interior", article.EntityOrganization},
		{"a listed body's name with a comma", "The Department for Environment, Food and Rural Affairs said so.", "Department for Environment, Food and Rural Affairs", article.EntityOrganization},
		{"a listed body's name with and after a", "A Department of Health and Social Care spokesperson said so.", "Department of Health and Social Care", article.EntityOrganization},
		{"a listed body's name with a comma (its tail)", "The Department for Environment, Food and Rural Affairs said so.", "Food", ""},
		{"a nationality opening an association's name", "The British Retail Consortium said so.", "British Retail Consortium", article.EntityOrganization},
		{"a nationality before a ministry (guard)", "The Russian Defence Ministry said so.", "Russian Defence Ministry", article.EntityOrganization},
		{"a party and a title before a name and its state", "Republican Sen. Roger Wicker of Mississippi praised the bill.", "Roger Wicker", article.EntityPerson},
		{"two titles before a name and its force", "Det Sgt Mark Evans of Gwent Police said so.", "Mark Evans", article.EntityPerson},
		{"two titles before a name and its force (no org)", "Det Sgt Mark Evans of Gwent Police said so.", "Det Sgt Mark Evans of Gwent Police", ""},
		{"an outlet's edition for a nation", "Speaking to BBC Wales, the minister said so.", "BBC Wales", article.EntityMedia},
		{"an outlet's radio edition for a nation", "The minister told BBC Radio Scotland it was fine.", "BBC Radio Scotland", article.EntityMedia},
		{"an outlet's edition for a nation with a possessive", "She told BBC Scotland's political editor it was fine.", "BBC Scotland", article.EntityMedia},
		{"an outlet before a programme is the outlet (guard)", "He told BBC Match of the Day it was fine.", "BBC", article.EntityMedia},
		{"a trade's word before a body's kind and its name opens no name", "Software company Zendara will cut 1,200 jobs.", "Software", ""},
		{"an operator named after its trade is a body", "Network operator Cymru Grid says 48,000 homes are without power.", "Cymru Grid", article.EntityOrganization},
		{"a regulator named after its trade is a body", "Water regulator Ofwat Cymraeg fined the firm.", "Ofwat Cymraeg", article.EntityOrganization},
		{"a trade's word before a body's kind and its name (the name)", "Software company Zendara will cut 1,200 jobs.", "Zendara", article.EntityOrganization},
		{"a Gulf state", "Qatar said talks would continue.", "Qatar", article.EntityPlace},
		{"a capital for its country", "Officials in Doha said talks would continue.", "Doha", article.EntityPlace},
		{"place word", "He spoke about Kansas City on Sunday.", "Kansas City", article.EntityPlace},
		{"a known body with and after The", "The Food and Drug Administration approved it.", "Food and Drug Administration", article.EntityOrganization},
		{"a known body with and and of", "The Pharmaceutical Research and Manufacturers of America objected.", "Pharmaceutical Research and Manufacturers of America", article.EntityOrganization},
		{"a firm's name with an ampersand", "Shares of Marks & Spencer rose.", "Marks & Spencer", article.EntityOrganization},
		{"org word", "Simpson Oil said it would fight.", "Simpson Oil", article.EntityOrganization},
		{"title splits an org run", "U.S. District Court Judge Amit P. Mehta ruled.", "Amit P. Mehta", article.EntityPerson},
		{"adjective alone", "Claims about the Jewish state spread.", "Jewish", ""},
		{"indefinite pronoun", "Anyone who saw it was stunned.", "Anyone", ""},
		{"single letter", "A post on X spread.", "X", ""},
		{"outlet after the", "It was first reported by the Times on Monday.", "The Times", article.EntityMedia},
		{"capitalised cue", "Adds Neil: it was a party.", "Adds Neil", ""},
		{"origin prefix", "London-born Rachel Keen won the prize.", "Rachel Keen", article.EntityPerson},
		{"company form", "Red Bull GmbH cleared him.", "Red Bull GmbH", article.EntityOrganization},
		{"outlet word", "Courthouse News reported the ruling.", "Courthouse News", article.EntityMedia},
		{"first name before an outlet word", "Emily Post wrote the book.", "Emily Post", article.EntityPerson},
		{"for after an org word", "Figures from the Office for National Statistics showed it.", "Office for National Statistics", article.EntityOrganization},
		{"for after a role-like org word", "The Department for Education said so.", "Department for Education", article.EntityOrganization},
		{"outlet and hyphenated role before a name", "CNN Editor-in-Chief Mark Thompson spoke.", "Mark Thompson", article.EntityPerson},
		{"an unknown name after the is no person", "The Hollowbrook Quarry said so.", "Hollowbrook Quarry", ""},
		{"an outlet word before the last one after a first name", "The Marion Daily Ledger reported it.", "Marion Daily Ledger", article.EntityMedia},
		{"a first name before one outlet word is a person's (guard)", "Marion Ledger reported it.", "Marion Ledger", article.EntityPerson},
		{"an origin alone is no name (guard)", "The Cincinnati-based maker of pumps lost money.", "Cincinnati-based", ""},
		{"a state news agency", "KCNA reported it.", "KCNA", article.EntityMedia},
		{"a full name with a first name the list lacks after a role of a body", "Director of National Intelligence Avril Haines spoke.", "Avril Haines", article.EntityPerson},
		{"a full name with a first name the list lacks after a role of a country's body", "Head of Ukraine's Military Intelligence Kyrylo Budanov spoke.", "Kyrylo Budanov", article.EntityPerson},
		{"a person's surname that is an outlet's name, after the person's full name", "Michael R. Bloomberg entered the race. On Friday, Bloomberg spoke.", "Bloomberg", ""},
		{"an outlet's name that is a surname, with no such person (guard)", "The talks stalled. On Friday, Bloomberg reported it.", "Bloomberg", article.EntityMedia},
		{"an outlet known with its article, after a lower-case the", "He spoke to the Daily Telegraph on Monday.", "The Daily Telegraph", article.EntityMedia},
		{"a role of a company is no company", "Jane Park, CEO of Acme Robotics, spoke.", "CEO of Acme Robotics", ""},
		{"the company after a role's of", "Jane Park, CEO of Acme Robotics, spoke.", "Acme Robotics", article.EntityOrganization},
		{"a company named with AI", "Stability AI cut jobs.", "Stability AI", article.EntityOrganization},
		{"a role that is also a first name before a surname", "Senior forecaster Dean Narramore said so.", "Dean Narramore", article.EntityPerson},
		{"a role that is also a first name before a full name (guard)", "Law school Dean John Smith said so.", "John Smith", article.EntityPerson},
		{"a name that opens with a stopword", "The New York State Nurses Association said so.", "New York State Nurses Association", article.EntityOrganization},
		{"a name that opens with a stopword after the", "The New Jersey Education Association said so.", "New Jersey Education Association", article.EntityOrganization},
		{"a plural possessive inside a body's name", "The Workers' Party said so.", "Workers' Party", article.EntityOrganization},
		{"a plural possessive before a body's words", "The Citizens’ Independent Transportation Trust said so.", "Citizens’ Independent Transportation Trust", article.EntityOrganization},
		{"an outlet named by place and last word", "The Washington Times reported it.", "Washington Times", article.EntityMedia},
		{"a relative is another person", "Joe Biden spoke. Later Hunter Biden spoke.", "Hunter Biden", article.EntityPerson},
		{"a sentence adverb is no part of a name", "Even Raye looked stunned.", "Even Raye", ""},
		{"a prefixed modifier is no name", "Pro-Palestine marches went on.", "Pro-Palestine", ""},
		{"a function word inside a name", "Pair With Me is a blog series.", "Pair With Me", ""},
		{"police ranks before a name", "Det Supt Claire Smith said it was a tragedy.", "Claire Smith", article.EntityPerson},
		{"a title and a home state after a name", "Sen. James Lankford of Oklahoma spoke.", "James Lankford", article.EntityPerson},
		{"no org word before for", "Vote for Smith, the posters said.", "Vote for Smith", ""},
		{"an outlet named by an article in it", "It is possible, according to an article in Healthline.", "Healthline", article.EntityMedia},
		{"and named so again later", "An article in Healthline said so. Later, Healthline added more.", "Healthline", article.EntityMedia},
		{"a study published in a journal", "A study published in Nature found it.", "Nature", article.EntityMedia},
		{"in the journal", "The paper appeared in the journal Cell last week.", "Cell", article.EntityMedia},
		{"writing for an outlet", "Writing for Grist, she disagreed.", "Grist", article.EntityMedia},
		{"shares of a company", "Shares of Acme Corp fell 8% on Tuesday.", "Acme Corp", article.EntityOrganization},
		{"a web address", "A source told Express.co.uk that it was over.", "Express.co.uk", article.EntityMedia},
		{"a company's web address", "Amazon.com said sales rose.", "Amazon.com", article.EntityOrganization},
		{"a ministry named for a field that is also a role's", "A statement from the Ministry of Defence said two soldiers died.", "Ministry of Defence", article.EntityOrganization},
		{"a ministry named with an adjective that is also a role's", "The Ministry of Foreign Affairs said it would reply.", "Ministry of Foreign Affairs", article.EntityOrganization},
		{"a palace that speaks for a royal household", "Kensington Palace said the princess was recovering well.", "Kensington Palace", article.EntityOrganization},
		{"a role after a department is no part of a name (guard)", "Department of Defense Secretary Lloyd Austin said it.", "Lloyd Austin", article.EntityPerson},
		{"a meeting in a place is no outlet (guard)", "A meeting in Barnsbury was held. Barnsbury said no.", "Barnsbury", ""},
		{"a local outlet named after a known one", "Damian Green told the Kentish Express he shared their concerns.", "Kentish Express", article.EntityMedia},
		{"a common word before an outlet is no part of it (guard)", "The Times reported it.", "The Times", article.EntityMedia},
		{"an outlet before its programme", "Saka spoke to BBC Match of the Day after the game.", "BBC", article.EntityMedia},
		{"an outlet before a role and a name is no programme's (guard)", "CNN Editor-in-Chief Mark Thompson spoke.", "Mark Thompson", article.EntityPerson},
		{"an outlet before news agency", "Reuters News Agency reported that a complaint was filed.", "Reuters", article.EntityMedia},
		{"an outlet's poll is no programme (guard)", "A new CBS News Battleground Tracker poll found that support fell.", "CBS News", ""},
		{"an outlet's board is no programme", "The CNBC Changemakers Advisory Board said so.", "CNBC", ""},
		{"an unknown first name before of and a body", "The market is pricing in risk, said Tamas Varga of PVM.", "Tamas Varga", article.EntityPerson},
		{"a body named with of is no person (guard)", "The Royal Society of Chemistry said so.", "Royal Society of Chemistry", article.EntityOrganization},
		{"a place named with of is no person (guard)", "The United States of America said so.", "United States of America", article.EntityPlace},
		{"a full name with a first name the list lacks gives its first name to the titled surname", "Her sister, Tamsin Walsh, grew up in Cork. Mrs Walsh said she was sceptical.", "Tamsin Walsh", article.EntityPerson},
		{"an outlet's word opening a sentence before a noun is a word", "Independent researchers said the rise was due to screening.", "The Independent", ""},
		{"an outlet's name after the is the outlet (guard)", "Experts agreed. The Independent reported that the plan had failed.", "The Independent", article.EntityMedia},
		{"a channel named by its number", "The deal was close, Channel 12 reported.", "Channel 12", article.EntityMedia},
		{"an outlet by its kind before the name", "Sales rose, according to trade publication Pollstar.", "Pollstar", article.EntityMedia},
		{"a company by its kind before the name", "The deal was struck by concert promoter Live Nation on Monday.", "Live Nation", article.EntityOrganization},
		{"a company by its appositive", "The Justice Department sued Live Nation, Ticketmaster's parent company, on Thursday.", "Live Nation", article.EntityOrganization},
		{"a company by its appositive named again", "The Justice Department sued Live Nation, Ticketmaster's parent company, on Thursday. Live Nation denied it.", "Live Nation", article.EntityOrganization},
		{"a person's appositive is no company's (guard)", "The court heard from Jane Doe, a former manager, on Thursday.", "Jane Doe", article.EntityPerson},
		{"a company named by a possessive", "McDonald's said on Monday it would cut prices.", "McDonald's", article.EntityOrganization},
		{"a company named by a possessive with a curly apostrophe", "Moody’s cut the rating.", "Moody's", article.EntityOrganization},
		{"a company named by a possessive and a body's word", "Sam's Club said so.", "Sam's Club", article.EntityOrganization},
		{"a singular possessive inside a body's name", "The Alzheimer's Society said so.", "Alzheimer's Society", article.EntityOrganization},
		{"a nationality and an unknown word is a body", "Scottish Enterprise, which is providing a grant, said so.", "Scottish Enterprise", article.EntityOrganization},
		{"a county's police force is a body", "Nottinghamshire Police said officers were called.", "Nottinghamshire Police", article.EntityOrganization},
		{"a capitalised word before Police is the force's name", "The Metropolitan Police said so.", "Metropolitan Police", article.EntityOrganization},
		{"a police force's name cut by a number is no body (guard)", "The Four Paths Police say the car collided with a truck.", "Paths Police", ""},
		{"a role of the police is no body (guard)", "The Chief of Police said so.", "Chief of Police", ""},
		{"an unknown name that acts on its own things is a company", "Lumora unveils glasses. Lumora on Tuesday unveiled its first pair of glasses.", "Lumora", article.EntityOrganization},
		{"a name before he and its is a person's (guard)", "Mr Jones met the board. Jones said he regretted its closure.", "Jones", article.EntityPerson},
		{"a listed company by its shares", "Shares of Brightwater Apparel fell 14% on Wednesday.", "Brightwater Apparel", article.EntityOrganization},
		{"a company by the first word of its name is no entity of its own (guard)", "Shares of Brightwater Apparel fell. Brightwater has struggled to win over shoppers.", "Brightwater", ""},
		{"a title and a surname with a particle is the person named in full", "Crumb & Co was founded by Malaysian-born baker Rahim bin Ismail. \u201cWe opened,\u201d said Mr bin Ismail.", "bin Ismail", ""},
		{"a surname before a company's word is a company", "Halvorsen Foods posted a rise in profit.", "Halvorsen Foods", article.EntityOrganization},
		{"a union local by its number", "Millbrook Professional Firefighters Local 2291 responded on Tuesday.", "Millbrook Professional Firefighters Local 2291", article.EntityOrganization},
		{"a football club by its word", "Ashvale United beat Castlemoor Athletic 2-1 on Saturday.", "Castlemoor Athletic", article.EntityOrganization},
		{"a street is a place", "They opened a shop on Byres Road in Glasgow.", "Byres Road", article.EntityPlace},
		{"a treaty named for a city is no body (guard)", "Ukraine gave up its weapons under the Budapest Memorandum in 1994.", "Budapest Memorandum", ""},
		{"a singular possessive inside a longer body's name", "Great Ormond Street Children's Hospital said so.", "Great Ormond Street Children's Hospital", article.EntityOrganization},
		{"a place's possessive before a body (guard)", "Russia's Foreign Ministry said so.", "Foreign Ministry", article.EntityOrganization},
		{"a day's possessive before a court (guard)", "Friday's Supreme Court ruling stood.", "Friday's Supreme Court", ""},
		{"a person's possessive before a body (guard)", "Jane Doe's Foundation said so.", "Jane Doe's Foundation", ""},
		{"a member of parliament is an office", "The Member of Parliament (MP) for the area, Hon. Yaw Frimpong-Mensah, backed the plan.", "Member of Parliament", ""},
		{"a month's abbreviation as a first name", "Jan Kowalski, a welder at the yard, said so.", "Jan Kowalski", article.EntityPerson},
		{"a month's abbreviation before a date is no name (guard)", "The deal was signed on Jan 12 in Warsaw.", "Jan", ""},
		{"a county assembly is a body", "The Kisumu County Assembly met on Monday.", "Kisumu County Assembly", article.EntityOrganization},
		{"an honour after a full name is no part of it", "Simon Kerr KC told the jury so.", "Simon Kerr", article.EntityPerson},
		{"a deputy's office in capitals is no body (guard)", "A team led by Deputy Superintendent of Police (DSP) R. Senthil Kumar seized the sand.", "Deputy Superintendent of Police", ""},
		{"a school district by its plural", "Fort Wayne Community Schools closed the school.", "Fort Wayne Community Schools", article.EntityOrganization},
		{"and inside a body's name before its short form", "The National Institute for Health and Care Excellence (Nice) said so.", "National Institute for Health and Care Excellence", article.EntityOrganization},
		{"a place and a body's short form keep apart (guard)", "Talks between Britain and European Union (EU) officials began.", "Britain", article.EntityPlace},
		{"St opens a place", "Voters in St Catherine East Central said so.", "St Catherine East Central", article.EntityPlace},
		{"a Cantonese given name after the family name (guard)", "Secretary Raymond Cheung Wai-kit said so.", "Raymond Cheung Wai-kit", article.EntityPerson},
		{"a body that lists its fields before its kind", "Rain was reported, according to the Meteorology, Climatology and Geophysics Agency (BMKG).", "Meteorology, Climatology and Geophysics Agency", article.EntityOrganization},
		{"a union that lists its trades after a country", "A strike notice issued by the Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) came.", "Kenya Medical Practitioners, Pharmacists and Dentists Union", article.EntityOrganization},
		{"a ministry that lists its fields", "The Ministry of Lands, Housing and Urban Development said so.", "Ministry of Lands, Housing and Urban Development", article.EntityOrganization},
		{"a ministry and a person after a comma keep apart (guard)", "The Ministry of Health, Dr Okoro and the union met.", "Ministry of Health", article.EntityOrganization},
		{"places in a list keep apart (guard)", "Talks between the Netherlands, France and Britain began.", "France", article.EntityPlace},
		{"a list of bodies without a closing kind keeps apart (guard)", "The Treasury, Unite and Unison met.", "Treasury, Unite and Unison", ""},
		{"shares in a company whose name ends in a role's word", "Shares in Harrowgate Home fell on Thursday.", "Harrowgate Home", article.EntityOrganization},
		{"a police station's name with the police in it", "According to the report of the Malinis Heights Police Station, they fled.", "Malinis Heights Police Station", article.EntityOrganization},
		{"a police district's name", "The Quezon City Police District said the suspects fled.", "Quezon City Police District", article.EntityOrganization},
		{"a firm's word alone is a heading (guard)", "Insights\nThe market grew.", "Insights", ""},
		{"a news agency by its kind", "It was carried by the state news agency Kestpress on Monday.", "Kestpress", article.EntityMedia},
		{"a minister's field and name are no body", "Federal Minister for Parliamentary Affairs Chaudhry Naveed Akhtar Warraich said the bill was fair.", "Parliamentary Affairs Chaudhry Naveed Akhtar Warraich", ""},
		{"a minister's field is no person", "Minister of State for Home Affairs Talal Chaudhry said it.", "Home Affairs Talal Chaudhry", ""},
		{"a clerk before the name", "County Clerk Denise Okafor-Lind said turnout was high.", "Denise Okafor-Lind", article.EntityPerson},
		{"an office by its field is no body", "Jane Roe, Director of Engineering at the firm, said so.", "Director of Engineering", ""},
		{"a firm named for engineering", "An assessment by Dunmore Keane Engineering estimated the traffic.", "Dunmore Keane Engineering", article.EntityOrganization},
		{"a known body after its country's name", "The American Red Cross said so.", "American Red Cross", article.EntityOrganization},
		{"a court after a word of its name", "The International Court of Justice ruled on Friday.", "International Court of Justice", article.EntityOrganization},
		{"a listed body after its country's short name", "The US Food and Drug Administration said so.", "US Food and Drug Administration", article.EntityOrganization},
		{"a body no list holds after its country's short name", "The UK Food and Drink Federation said so.", "UK Food and Drink Federation", article.EntityOrganization},
		{"a lone first name after a relative", "Her grandson, Paolo, 11, was stacking planks.", "Paolo", article.EntityPerson},
		{"a ministry whose brief has an and", "The Ministry of the Environment and Climate Change said so.", "Ministry of the Environment and Climate Change", article.EntityOrganization},
		{"a department whose brief has an and", "The Department of Health and Human Services said so.", "Department of Health and Human Services", article.EntityOrganization},
		{"a ministry and another body stay apart (guard)", "The Ministry of Health and Ghana Health Service said so.", "Ministry of Health", article.EntityOrganization},
		{"a football club named United", "Dunleavy said that Ravensmoor United want him to stay.", "Ravensmoor United", article.EntityOrganization},
		{"a company without its legal form is the one named with it", "The road was built by Northgrove Energy Corp. last year. Northgrove Energy did not respond.", "Northgrove Energy", ""},
		{"a company with its legal form is the one named without it", "Velmora Foods cut 200 jobs. Velmora Foods Inc. said so.", "Velmora Foods Inc", ""},
		{"a body by its word in Portuguese", "The figures came from the Instituto Copaíba de Pesquisa Ambiental in Belém.", "Instituto Copaíba de Pesquisa Ambiental", article.EntityOrganization},
		{"a body named an executive", "The Health Service Executive said so.", "Health Service Executive", article.EntityOrganization},
		{"a government named an executive", "The Northern Ireland Executive met on Monday.", "Northern Ireland Executive", article.EntityOrganization},
		{"a chief executive is a role (guard)", "The Chief Executive said so.", "Chief Executive", ""},
		{"a short form before its definition is the body's", "The HSE was late. The Health Service Executive (HSE) said so.", "HSE", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := NewRegistry(g, 2024)
			r.Scan(tc.text, [][]token.Token{token.Split(tc.text, 0, len(tc.text))})
			got := map[string]string{}
			for _, e := range r.Export() {
				got[e.Name] = e.Type
			}
			if got[tc.entity] != tc.typ {
				t.Errorf("entity %q: type %q, want %q (all: %v)", tc.entity, got[tc.entity], tc.typ, got)
			}
		})
	}
}

func TestDescribeCompatible(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	held := g.Describe([]string{"Russian", "Foreign", "Minister"})
	tests := []struct {
		desc []string
		ok   bool
	}{
		{[]string{"the", "minister"}, true},
		{[]string{"the", "Russian", "foreign", "minister"}, true},
		{[]string{"Moscow’s", "top", "diplomat"}, true},
		{[]string{"the", "head", "of", "Russian", "diplomacy"}, true},
		{[]string{"the", "head", "of", "the", "Russian", "diplomacy"}, true},
		{[]string{"the", "head", "of", "American", "diplomacy"}, false},
		{[]string{"the", "US", "Secretary", "of", "State"}, false},
		{[]string{"the", "spokesman"}, false},
	}
	for _, tc := range tests {
		if got := Compatible(g.Describe(tc.desc), held) > 0; got != tc.ok {
			t.Errorf("Compatible(%v, Russian Foreign Minister) = %v, want %v", tc.desc, got, tc.ok)
		}
	}
}
