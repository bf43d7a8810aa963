package review

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Browser tests drive a real headless Chromium (Debian's chromium package)
// with chromedp. They run when COPYDESK_BROWSER=1; COPYDESK_CHROME names
// the browser binary when it is not chromium on the PATH, and
// COPYDESK_SCREENSHOTS names a folder for screenshots of the queue and an
// article page.

func browserPath(t *testing.T) string {
	t.Helper()
	if os.Getenv("COPYDESK_BROWSER") != "1" {
		t.Skip("set COPYDESK_BROWSER=1 to run the browser tests")
	}
	if p := os.Getenv("COPYDESK_CHROME"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("COPYDESK_BROWSER=1 but no chromium found (apt-get install chromium, or set COPYDESK_CHROME)")
	return ""
}

func newBrowser(t *testing.T) context.Context {
	t.Helper()
	exe := browserPath(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(1440, 1000),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() {
		cancelTimeout()
		cancelCtx()
		cancelAlloc()
	})
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start browser: %v", err)
	}
	return ctx
}

func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("COPYDESK_SCREENSHOTS")
	if dir == "" {
		return
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)) // quality 100 gives PNG
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}

// eval runs a JavaScript expression in the page and decodes its value.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

func location(t *testing.T, ctx context.Context) string {
	t.Helper()
	loc, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// watchCSP records Content-Security-Policy violations of every page in
// window.__csp, from before the page's own scripts run.
var watchCSP = chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
	_, err := cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.__csp = []; document.addEventListener("securitypolicyviolation",
			e => window.__csp.push(e.violatedDirective + " " + e.blockedURI));`,
	})
	return err
})

var clearCookies = chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
	_, err := cdp.Call(ctx, t, network.ClearBrowserCookies, cdp.Empty{})
	return err
})

func TestBrowser(t *testing.T) {
	ctx := newBrowser(t)
	e := newTestEnv(t, nil)
	base := e.ts.URL
	run := func(t *testing.T, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			t.Fatal(err)
		}
	}
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	run(t, watchCSP)
	// Every page and swap must run under the CSP without a violation.
	t.Cleanup(func() {
		if v, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`window.__csp || []`)); err != nil || len(v) > 0 {
			t.Errorf("CSP violations on the last page: %v %v", v, err)
		}
	})

	t.Run("no session redirects to login", func(t *testing.T) {
		run(t, chromedp.Navigate(base+"/queue?code=seo_spam"), chromedp.WaitVisible(css(`#login-submit`)))
		if loc := location(t, ctx); !strings.HasPrefix(loc, base+"/login?next=") {
			t.Fatalf("location = %s", loc)
		}
	})

	t.Run("log in", func(t *testing.T) {
		run(t,
			chromedp.Navigate(base+"/login"),
			chromedp.WaitVisible(css(`#name`)),
			chromedp.SendKeys(css(`#name`), editorName),
			chromedp.SendKeys(css(`#password`), testPass),
			chromedp.Click(css(`#login-submit`)),
			chromedp.WaitVisible(css(`#queue`)),
		)
		if loc := location(t, ctx); loc != base+"/queue" {
			t.Fatalf("after login at %s", loc)
		}
	})

	t.Run("queue lists the seeds by risk", func(t *testing.T) {
		run(t, chromedp.Navigate(base+"/queue"), chromedp.WaitVisible(css(`tr.queue-row`)))
		ids := eval[[]string](t, ctx, `Array.from(document.querySelectorAll("tr.queue-row")).map(r => r.dataset.id)`)
		risks := eval[[]float64](t, ctx, `Array.from(document.querySelectorAll("tr.queue-row .risk")).map(r => Number(r.textContent))`)
		if len(ids) != 6 {
			t.Fatalf("rows = %v", ids)
		}
		for i := 1; i < len(risks); i++ {
			if risks[i] > risks[i-1] {
				t.Errorf("queue not sorted by risk: %v", risks)
			}
		}
		found := 0
		for _, id := range ids {
			if strings.HasPrefix(id, "00") {
				found++
			}
		}
		if found != 5 {
			t.Errorf("seeds listed = %d of 5: %v", found, ids)
		}
		screenshot(t, ctx, "queue.png")
		// j selects the first row; ? opens the help.
		run(t, chromedp.KeyEvent("j"))
		selected := eval[string](t, ctx, `document.querySelector("tr.queue-row.selected")?.dataset.id ?? ""`)
		run(t, chromedp.KeyEvent("?"))
		helpOpen := eval[bool](t, ctx, `document.getElementById("help").open`)
		eval[bool](t, ctx, `document.getElementById("help").close(), true`)
		if selected != ids[0] || !helpOpen {
			t.Errorf("keyboard: selected %q (want %q), help open %v", selected, ids[0], helpOpen)
		}
	})

	t.Run("seed 000 has spam collapsed and seo_spam evidence highlighted", func(t *testing.T) {
		run(t, chromedp.Navigate(base+"/articles/"+seed000), chromedp.WaitVisible(css(`#flags`)))
		spamBlocks := eval[int](t, ctx, `document.querySelectorAll("details.boiler .blk-spam").length`)
		visibleSpam := eval[int](t, ctx, `Array.from(document.querySelectorAll(".blk-spam")).filter(b => b.checkVisibility()).length`)
		openSpamGroups := eval[int](t, ctx, `Array.from(document.querySelectorAll("details.boiler")).filter(d => d.open && d.querySelector(".blk-spam")).length`)
		marks := eval[int](t, ctx, `document.querySelectorAll("mark.ev-seo_spam").length`)
		if spamBlocks == 0 || visibleSpam != 0 || openSpamGroups != 0 {
			t.Errorf("spam blocks in collapsed groups = %d, visible = %d, open groups = %d", spamBlocks, visibleSpam, openSpamGroups)
		}
		if marks == 0 {
			t.Error("no seo_spam evidence highlighted")
		}
		screenshot(t, ctx, "article.png")
		// Following an evidence link opens the collapsed group.
		run(t, chromedp.Click(css(`#flag-0 a.ev-link`)), chromedp.Sleep(300*time.Millisecond))
		visibleAfter := eval[int](t, ctx, `Array.from(document.querySelectorAll("mark.ev-seo_spam")).filter(m => m.checkVisibility()).length`)
		if visibleAfter == 0 {
			t.Error("evidence link did not reveal the highlighted spam")
		}
		screenshot(t, ctx, "article-evidence.png")
	})

	t.Run("dismiss a flag, reload, decision persists and is audited", func(t *testing.T) {
		run(t,
			chromedp.Navigate(base+"/articles/"+seed000),
			chromedp.WaitVisible(css(`#flag-0 input.reason`)),
		)
		// A marker that survives only if htmx swaps the card in place.
		if ok := eval[bool](t, ctx, `window.__noReload = true; typeof htmx === "object"`); !ok {
			t.Error("htmx not loaded")
		}
		run(t,
			chromedp.SendKeys(css(`#flag-0 input.reason`), "site-wide teasers, not this article"),
			chromedp.Click(css(`#flag-0 button[value="dismiss"]`)),
			chromedp.WaitVisible(css(`#flag-0.decided-dismiss .verdict`)),
		)
		if !eval[bool](t, ctx, `window.__noReload === true`) {
			t.Error("the decision reloaded the page instead of swapping the flag card (htmx)")
		}
		if v := eval[[]string](t, ctx, `window.__csp`); len(v) > 0 {
			t.Errorf("CSP violations: %v", v)
		}
		if got := eval[string](t, ctx, `document.querySelector("#state .status").textContent`); got != "In review" {
			t.Errorf("state panel after the first decision = %q, want In review", got)
		}
		run(t,
			chromedp.Reload(),
			chromedp.WaitVisible(css(`#flag-0 .verdict`)),
		)
		verdict, err := chromedp.Run(ctx, chromedp.Text(css(`#flag-0 .verdict`)))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(verdict, "Dismissed") || !strings.Contains(verdict, "site-wide teasers") {
			t.Errorf("verdict after reload = %q", verdict)
		}
		if n := eval[int](t, ctx, `document.querySelectorAll('#audit .audit-row[data-action="decision"]').length`); n != 1 {
			t.Errorf("decision rows in the activity log = %d, want 1", n)
		}
		decs, err := e.srv.db.Decisions(context.Background(), seed000)
		if err != nil || len(decs) != 1 || decs[0].Action != "dismiss" {
			t.Errorf("stored decisions = %+v, %v", decs, err)
		}
		eval[bool](t, ctx, `document.getElementById("audit").open = true`)
		screenshot(t, ctx, "article-decided.png")
	})

	t.Run("keyboard confirm", func(t *testing.T) {
		run(t,
			chromedp.Navigate(base+"/articles/"+seed000),
			chromedp.WaitVisible(css(`#flag-1`)),
			chromedp.KeyEvent("j"),
			chromedp.KeyEvent("j"),
			chromedp.KeyEvent("c"),
			chromedp.WaitVisible(css(`#flag-1.decided-confirm .verdict`)),
		)
		verdict, err := chromedp.Run(ctx, chromedp.Text(css(`#flag-1 .verdict`)))
		if err != nil || !strings.Contains(verdict, "Confirmed") {
			t.Errorf("verdict = %q, %v", verdict, err)
		}
	})

	t.Run("script and img onerror in article text render inert", func(t *testing.T) {
		run(t, chromedp.Navigate(base+"/articles/"+xssID), chromedp.WaitVisible(css(`#doc`)))
		// Open every collapsed group so hidden content would load too.
		eval[bool](t, ctx, `document.querySelectorAll("details").forEach(d => d.open = true), true`)
		run(t, chromedp.Sleep(300*time.Millisecond))
		if pwned := eval[string](t, ctx, `String(window.__pwned)`); pwned != "undefined" {
			t.Errorf("window.__pwned = %s: article script ran", pwned)
		}
		if n := eval[int](t, ctx, `document.querySelectorAll("script").length`); n != 2 {
			t.Errorf("script elements = %d, want 2 (htmx and app.js)", n)
		}
		if n := eval[int](t, ctx, `document.querySelectorAll("main img").length`); n != 0 {
			t.Errorf("img elements from article text = %d", n)
		}
		text := eval[string](t, ctx, `document.getElementById("doc").textContent`)
		if !strings.Contains(text, xssScript) || !strings.Contains(text, xssImg) {
			t.Errorf("markup not shown as text: %q", text)
		}
	})

	t.Run("POST without CSRF token is refused", func(t *testing.T) {
		run(t, chromedp.Navigate(base+"/articles/"+seed000), chromedp.WaitVisible(css(`#flags`)))
		status := eval[int](t, ctx, `fetch("/articles/`+seed000+`/flags/2/decision", {method: "POST",
			headers: {"Content-Type": "application/x-www-form-urlencoded"}, body: "action=confirm"}).then(r => r.status)`)
		if status != 403 {
			t.Errorf("status = %d, want 403", status)
		}
		decs, _ := e.srv.db.Decisions(context.Background(), seed000)
		for _, d := range decs {
			if d.FlagIdx == 2 {
				t.Errorf("refused POST stored a decision: %+v", d)
			}
		}
	})

	t.Run("without a session the browser is sent to login", func(t *testing.T) {
		run(t, clearCookies, chromedp.Navigate(base+"/articles/"+seed000), chromedp.WaitVisible(css(`#login-submit`)))
		if loc := location(t, ctx); !strings.HasPrefix(loc, base+"/login?next=%2Farticles%2F") {
			t.Errorf("location = %s", loc)
		}
	})
}
