package clean
import ("testing";"os";"fmt";"context";"github.com/copydesk/copydesk/pkg/article")
func TestCdDbg(t *testing.T){
	for _, f := range []string{"/tmp/cd/a.txt","/tmp/cd/b.txt"} {
		b,_ := os.ReadFile(f)
		s := newTestStage(t)
		a := &article.Article{Text:string(b)}
		s.Process(context.Background(), a)
		fmt.Printf("== title=%q author=%q pub=%q spam=%v\n", a.Title, a.Author, a.Published, a.Signals["spam"])
		for _, bl := range a.Blocks { fmt.Printf("%-13s %.2f %-45s %q\n", bl.Label, bl.Score, firstN(bl.Reason,45), firstN(a.Text[bl.Start:bl.End],70)) }
	}
}
