package view

import "strings"

// csp forbids every request: no script, no font, no image but inline
// data, no frame, no form target. Styles are inline.
const csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'"

// style is the pages' stylesheet. Colours pass WCAG AA against the text
// colour; each type also has a text label.
const style = `
:root{--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff;--per:#ffd8a8;--loc:#b2f2bb;--org:#a5d8ff;--misc:#e5dbff;--date:#ffc9c9;--bar:#4c6ef5}
*{box-sizing:border-box}
body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);background:var(--bg)}
header.top{padding:12px 24px;border-bottom:1px solid var(--line);display:flex;gap:16px;align-items:baseline;flex-wrap:wrap}
header.top h1{font-size:18px;margin:0}
header.top .legend{display:flex;gap:10px;flex-wrap:wrap;font-size:13px;color:var(--muted)}
main{padding:0 24px 40px;max-width:1400px;margin:0 auto}
h2{font-size:20px;margin:28px 0 4px}
h3{font-size:14px;margin:16px 0 4px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.source{color:var(--muted);font-size:13px;margin:0 0 12px;word-break:break-all}
.cols{display:grid;grid-template-columns:minmax(0,1fr) 340px;gap:28px}
@media (max-width:900px){.cols{grid-template-columns:1fr}}
.text{white-space:pre-wrap;font-size:16px;line-height:1.9;overflow-wrap:anywhere}
.panel{font-size:14px;border-left:1px solid var(--line);padding-left:20px}
@media (max-width:900px){.panel{border-left:0;padding-left:0;border-top:1px solid var(--line)}}
mark.m{position:relative;border-radius:3px;padding:1px 2px;color:inherit;cursor:help}
mark.per,.sw.per,.chips.per li{background:var(--per)}
mark.loc,.sw.loc,.chips.loc li{background:var(--loc)}
mark.org,.sw.org,.chips.org li{background:var(--org)}
mark.misc,.sw.misc{background:var(--misc)}
mark.date,.sw.date,.chips.date li{background:var(--date)}
mark .lbl{font-size:9px;font-weight:700;letter-spacing:.03em;margin-inline-start:3px;vertical-align:super;line-height:0;color:#343a40}
mark .tip{display:none;position:absolute;z-index:5;inset-inline-start:0;top:1.9em;min-width:180px;max-width:340px;white-space:normal;background:#212529;color:#fff;font-size:13px;line-height:1.4;padding:6px 8px;border-radius:4px;box-shadow:0 2px 6px rgba(0,0,0,.25)}
mark:hover .tip,mark:focus .tip{display:block}
mark:focus{outline:2px solid #1c7ed6;outline-offset:1px}
.bp{color:#868e96;background:repeating-linear-gradient(135deg,#f1f3f5 0 6px,#fff 6px 12px)}
.chips{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:4px}
.chips li{border-radius:10px;padding:0 8px;font-size:13px;background:#f1f3f5}
ol.key{padding-inline-start:18px;margin:0}ol.key li{margin-bottom:6px}
.small{font-size:13px;color:var(--muted);margin:2px 0}
.code{font-family:ui-monospace,monospace;font-size:12px;background:#f1f3f5;padding:0 4px;border-radius:3px}
.error{color:#c92a2a}
.note{color:var(--muted)}
table.data{border-collapse:collapse;font-size:13px;margin:6px 0;width:100%}
table.data th,table.data td{border-bottom:1px solid var(--line);padding:2px 6px;text-align:start}
table.data td.num,table.data th.num{text-align:end;font-variant-numeric:tabular-nums}
.sw{display:inline-block;width:10px;height:10px;border-radius:2px;margin-inline-end:4px;vertical-align:middle}
details{margin:8px 0}summary{cursor:pointer;color:var(--muted);font-size:13px}
nav.toc{border-top:1px solid var(--line);margin-top:32px}nav.toc li.failed a{color:#c92a2a}
.lang{font-family:ui-monospace,monospace;font-size:12px;color:var(--muted)}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:24px}
figure.chart{margin:16px 0;border:1px solid var(--line);border-radius:6px;padding:12px 16px}
figure.chart figcaption{font-weight:600;margin-bottom:6px}
figure.chart svg{width:100%;height:auto;display:block}
.kpis{display:flex;gap:28px;flex-wrap:wrap;margin:16px 0}.kpis div{font-size:13px;color:var(--muted)}.kpis b{display:block;font-size:26px;color:var(--fg)}
#network svg{max-width:680px;margin:0 auto}
svg text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
`

// pageHead opens a page of the given kind ("article" or "dashboard").
func pageHead(title, kind string) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString("<meta http-equiv=\"Content-Security-Policy\" content=\"" + csp + "\">\n")
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	b.WriteString("<meta name=\"generator\" content=\"textlens\">\n")
	b.WriteString("<title>" + esc(title) + "</title>\n<style>" + style + "</style>\n</head>\n<body class=\"" + kind + "\">\n")
	b.WriteString("<header class=\"top\"><h1>" + esc(title) + "</h1>")
	if kind == "article" {
		b.WriteString("<div class=\"legend\" aria-label=\"Legend\">" +
			"<span><span class=\"sw per\"></span>PER person</span><span><span class=\"sw loc\"></span>LOC place</span>" +
			"<span><span class=\"sw org\"></span>ORG organization</span><span><span class=\"sw misc\"></span>MISC other name</span>" +
			"<span><span class=\"sw date\"></span>DATE date or time</span><span><span class=\"sw bp\"></span>site chrome, set aside</span></div>")
	}
	b.WriteString("</header>\n<main>\n")
	return b.String()
}

func pageFoot() string {
	return "</main>\n</body>\n</html>\n"
}
