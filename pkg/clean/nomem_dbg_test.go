package clean
import ("testing";"context";"os")
func TestNoMemDbg(t *testing.T){
	rep, err := EvalExtraction(context.Background(), "../../../shared/datasets/extraction", "fundus", ExtractionOptions{})
	if err != nil { t.Fatal(err) }
	rep.Print(os.Stdout)
}
