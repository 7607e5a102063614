/**
 * The report's only stylesheet, inlined and allowed by its hash in the Content-Security-Policy. System
 * fonts only; readable from a 390 px phone to a laptop; `@media print` expands every detail and hides
 * the filters.
 */
export const STYLE = `
:root{--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff;--soft:#f6f8fa;--accent:#0a58ca;
--critical:#8b0000;--high:#c9302c;--medium:#d97706;--low:#2f6fba;--none:#6e7781;--unknown:#8c959f;--malicious:#4a0072;
--good:#1a7f37;--warn:#bf8700;--bad:#cf222e}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans",Arial,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:72rem;margin:0 auto;padding:1rem}
header.top{border-bottom:1px solid var(--line);margin-bottom:1rem}
h1{font-size:1.6rem;margin:.5rem 0}
h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
h3{font-size:1.05rem;margin:1.25rem 0 .5rem}
p,li,dd,dt,figcaption,summary{overflow-wrap:anywhere}
td,th{overflow-wrap:break-word}
.nowrap{white-space:nowrap}
a{color:var(--accent)}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:.9em}
code{background:var(--soft);padding:0 .2em;border-radius:3px}
nav.toc ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:0;margin:.5rem 0}
.meta{color:var(--muted);font-size:.9rem}
.note{color:var(--muted)}
.not-run{border-left:4px solid var(--warn);background:#fff8e1;padding:.5rem .75rem}
.exec{font-size:1.05rem;background:var(--soft);border-left:4px solid var(--accent);padding:.75rem 1rem}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:.75rem;margin:1rem 0}
.card{border:1px solid var(--line);border-radius:6px;padding:.75rem}
.card .big{font-size:1.8rem;font-weight:600;line-height:1.2}
.card .label{color:var(--muted);font-size:.85rem}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem}
figure{margin:0;border:1px solid var(--line);border-radius:6px;padding:.75rem;min-width:0}
figcaption{font-weight:600;margin-bottom:.25rem}
svg.chart{display:block;width:100%;height:auto}
svg.chart text{font-size:12px;fill:var(--fg)}
svg.chart .track{fill:var(--soft)}
.bar{fill:var(--accent)}
.sev-critical{fill:var(--critical)}.sev-high{fill:var(--high)}.sev-medium{fill:var(--medium)}.sev-low{fill:var(--low)}
.sev-none{fill:var(--none)}.sev-unknown{fill:var(--unknown)}.sev-malicious{fill:var(--malicious)}
.score-good{fill:var(--good)}.score-warn{fill:var(--warn)}.score-bad{fill:var(--bad)}
table.chart-table{display:none}
.table-wrap{overflow-x:auto;max-width:100%;border:1px solid var(--line);border-radius:6px}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--line)}
th{background:var(--soft);font-weight:600}
.badge{display:inline-block;padding:0 .4em;border-radius:3px;font-size:.8rem;font-weight:600;color:#fff;background:var(--unknown);white-space:nowrap}
.badge.critical{background:var(--critical)}.badge.high{background:var(--high)}.badge.medium{background:var(--medium);color:#000}
.badge.low{background:var(--low)}.badge.none{background:var(--none)}.badge.malicious{background:var(--malicious)}
.badge.pass,.badge.scored-high{background:var(--good)}.badge.fail{background:var(--bad)}
.badge.needs-review,.badge.inconclusive,.badge.needs-forge,.badge.not-applicable{background:var(--none)}
.badge.error{background:#000}
ol.tasks{padding-left:1.5rem}
ol.tasks>li{margin:.75rem 0;padding:.5rem .75rem;border:1px solid var(--line);border-radius:6px}
.task-title{font-weight:600}
.task-facts{color:var(--muted);font-size:.9rem}
details>summary{cursor:pointer}
form.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;margin:.5rem 0}
form.filters label{display:flex;flex-direction:column;font-size:.85rem;color:var(--muted)}
form.filters select,form.filters button{font:inherit;padding:.2rem .4rem}
meter{width:6rem}
ul.plain{list-style:none;padding:0;margin:0}
.suppressed{opacity:.7}
@media (max-width:40rem){main{padding:.5rem}h1{font-size:1.3rem}.card .big{font-size:1.4rem}}
@media print{
body{font-size:11pt}
main{max-width:none;padding:0}
nav.toc,form.filters{display:none}
details::details-content{display:contents;content-visibility:visible}
details>summary{list-style:none}
table.chart-table{display:table;margin-top:.5rem}
.table-wrap{overflow:visible;border:0}
tr[hidden]{display:table-row!important}
a{color:inherit;text-decoration:none}
h2{break-after:avoid}
tr,figure,ol.tasks>li{break-inside:avoid}
}
`;
