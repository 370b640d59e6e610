using System.Security.Cryptography;
using System.Text;

namespace FactCheck.Reporting;

/// <summary>
/// The style sheet and script of the HTML report, and the content security policy that allows exactly these two by
/// their hashes: the page makes no network request, and even an injected script or handler would not run.
/// </summary>
internal static class HtmlAssets
{
    public const string Style = """
        :root { --hard: #b3261e; --apparent: #8a5a00; --info: #3b5b8c; --line: #d6d6d6; --muted: #5f6368; --mark: #ffe08a; }
        * { box-sizing: border-box; }
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 auto; max-width: 1100px; padding: 0 16px 48px; color: #1f1f1f; }
        h1 { font-size: 1.5em; margin: 20px 0 4px; } h2 { font-size: 1.2em; margin: 28px 0 8px; border-bottom: 1px solid var(--line); }
        .muted, .reasons, .source { color: var(--muted); font-size: 0.9em; }
        table { border-collapse: collapse; width: 100%; margin: 6px 0; font-size: 0.92em; }
        th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; } td.date { white-space: nowrap; }
        .filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; padding: 10px 0; position: sticky; top: 0; background: #fff; border-bottom: 1px solid var(--line); z-index: 1; }
        .filters select, .filters input { font: inherit; padding: 3px 6px; max-width: 100%; }
        .filters input { flex: 1 1 200px; }
        details.finding { border: 1px solid var(--line); border-left: 5px solid var(--info); border-radius: 6px; margin: 12px 0; padding: 8px 12px; }
        details.finding.hard { border-left-color: var(--hard); } details.finding.apparent { border-left-color: var(--apparent); }
        details.finding > summary { cursor: pointer; font-weight: 600; }
        details.finding, details.values { content-visibility: auto; contain-intrinsic-size: auto 48px; }
        details.values > summary { cursor: pointer; } details.values > summary h3 { display: inline; }
        .badge { display: inline-block; font-size: 0.75em; font-weight: 700; letter-spacing: 0.04em; padding: 1px 6px; border-radius: 4px; color: #fff; background: var(--info); margin-right: 6px; }
        .badge.hard { background: var(--hard); } .badge.apparent { background: var(--apparent); }
        .sides { display: flex; flex-wrap: wrap; gap: 12px; margin: 8px 0; }
        .side { flex: 1 1 300px; min-width: 0; border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; background: #fafafa; }
        .side h4 { margin: 0 0 6px; font-size: 1em; }
        blockquote { margin: 6px 0; padding-left: 10px; border-left: 3px solid var(--line); overflow-wrap: anywhere; }
        mark { background: var(--mark); padding: 0 1px; }
        svg { display: block; max-width: 100%; height: auto; margin: 6px 0; }
        svg text { font: 11px system-ui, sans-serif; fill: #1f1f1f; }
        pre.article { white-space: pre-wrap; overflow-wrap: anywhere; font: 14px/1.5 Georgia, serif; background: #fcfcfc; border: 1px solid var(--line); padding: 10px; }
        .hidden { display: none !important; }
        a { color: #0b57d0; }
        @media (max-width: 600px) { body { font-size: 14px; padding: 0 8px 32px; } .side { flex-basis: 100%; } }
        @media print { .filters, .show-article { display: none; } details.finding { break-inside: avoid; } a { color: inherit; text-decoration: none; } }
        """;

    public const string Script = """
        (function () {
          'use strict';
          var findings = Array.prototype.slice.call(document.querySelectorAll('details.finding'));
          var controls = { severity: 'data-severity', kind: 'data-kind', subject: 'data-subject', source: 'data-sources' };
          var texts = null;
          function apply() {
            var query = document.getElementById('f-search').value.trim().toLowerCase();
            var shown = 0;
            if (query && !texts) { texts = findings.map(function (f) { return f.textContent.toLowerCase(); }); }
            findings.forEach(function (finding, index) {
              var visible = Object.keys(controls).every(function (name) {
                var wanted = document.getElementById('f-' + name).value;
                if (!wanted) { return true; }
                var values = (finding.getAttribute(controls[name]) || '').split('\n');
                return values.indexOf(wanted) >= 0;
              });
              if (visible && query) { visible = texts[index].indexOf(query) >= 0; }
              finding.classList.toggle('hidden', !visible);
              if (visible) { shown++; }
            });
            document.getElementById('f-count').textContent = shown + ' of ' + findings.length + ' findings shown';
          }
          ['severity', 'kind', 'subject', 'source'].forEach(function (name) {
            document.getElementById('f-' + name).addEventListener('change', apply);
          });
          document.getElementById('f-search').addEventListener('input', apply);
          function highlight(article, ranges) {
            var pre = article.querySelector('pre.article');
            var text = pre.textContent;
            ranges.sort(function (a, b) { return a[0] - b[0]; });
            while (pre.firstChild) { pre.removeChild(pre.firstChild); }
            var at = 0, first = null;
            ranges.forEach(function (range) {
              var start = Math.max(range[0], at), end = Math.min(range[1], text.length);
              if (end <= start) { return; }
              pre.appendChild(document.createTextNode(text.slice(at, start)));
              var mark = document.createElement('mark');
              mark.textContent = text.slice(start, end);
              pre.appendChild(mark);
              if (!first) { first = mark; }
              at = end;
            });
            pre.appendChild(document.createTextNode(text.slice(at)));
            return first;
          }
          document.addEventListener('click', function (event) {
            var link = event.target.closest ? event.target.closest('a.show-article') : null;
            if (!link) { return; }
            var finding = link.closest('details.finding');
            var documentIndex = link.getAttribute('data-document');
            var ranges = (finding.getAttribute('data-spans') || '').split(' ').filter(Boolean).map(function (span) {
              var parts = span.split(':');
              return parts[0] === documentIndex ? [Number(parts[1]), Number(parts[2])] : null;
            }).filter(Boolean);
            var article = document.getElementById('article-' + documentIndex);
            article.open = true;
            var first = highlight(article, ranges);
            event.preventDefault();
            history.replaceState(null, '', '#article-' + documentIndex);
            (first || article).scrollIntoView({ block: 'center' });
          });
          window.addEventListener('beforeprint', function () { findings.forEach(function (f) { f.open = true; }); });
          function openTarget() {
            var target = location.hash && document.getElementById(location.hash.slice(1));
            if (target && target.tagName === 'DETAILS') { target.open = true; target.scrollIntoView(); }
          }
          window.addEventListener('hashchange', openTarget);
          openTarget();
          apply();
        })();
        """;

    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src '{Hash(Style)}'; script-src '{Hash(Script)}'; img-src data:; base-uri 'none'; form-action 'none'";

    private static string Hash(string text) => $"sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}";
}
