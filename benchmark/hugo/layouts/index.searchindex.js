/* Search data for search.html (benchmark layout): one array per article. */
window.COMMENTARY_SEARCH = {"version":1,"articles":[
{{- range $i, $p := partialCached "articles.html" "articles" -}}
{{ if $i }},{{ end }}[{{ $p.RelPermalink | jsonify | safeJS }},{{ $p.Title | jsonify | safeJS }},{{ $p.Date.Format "2006-01-02" | jsonify | safeJS }},{{ $p.Params.authors | jsonify | safeJS }},{{ $p.Params.sources | jsonify | safeJS }},{{ $p.Params.regions | jsonify | safeJS }},{{ $p.Params.themes | jsonify | safeJS }},{{ $p.Params.summary | jsonify | safeJS }},{{ delimit (first 40 $p.PlainWords) " " | jsonify | safeJS }}]
{{ end -}}
]};
