#!/bin/sh
# The command line: outputs at fixed widths, exit codes, errors, filters,
# search, JSON, colors, locales and user data files.
. tests/lib.sh
H=${HTTPCODES:-./httpcodes}

# --- lookups at fixed widths, against reviewed golden files
expect_golden "404 at 80 columns" 404-w80.out $H --width 80 404
expect_golden "451 at 40 columns, both meanings" 451-w40.out $H --width 40 451
expect_golden "400 at 100 columns under LC_ALL=C: ASCII only" 400-ascii.out env LC_ALL=C $H --width 100 400
expect_golden "--list of 4xx" list-4xx.out $H --list 4xx
expect_golden "--sources at 72 columns" sources-w72.out $H --sources --width 72
expect_golden "--json 308" json-308.out $H --json 308

run $H 404
expect_match "404: REST's RFC text is httpstatuses', said once" '^404 Not Found — REST: RFC text$'
if [ "$(printf '%s\n' "$out" | grep -A1 '^404 Not Found — REST: RFC text$' | tail -n 1)" = "    (the same text as httpstatuses)" ] &&
   [ "$(printf '%s\n' "$out" | grep -c 'The server has not found anything matching')" -eq 1 ]; then
	ok "404: the repeated text gives way to whose it is"
else not_ok "404: the repeated text gives way to whose it is" "$out"; fi
run $H --json 404
if [ "$(printf '%s\n' "$out" | grep -c '"text":"The server has not found anything matching')" -eq 2 ]; then
	ok "--json 404: every text whole, the repeated one too"
else not_ok "--json 404: every text whole, the repeated one too" "$out"; fi
run $H --source rest-rfc,tcpipguide 404
expect_no_match "--source rest-rfc 404: httpstatuses not shown, REST's text in full" 'same text as'
expect_match "--source rest-rfc 404: REST's text in full" '^    The server has not found anything matching'
run $H 404
expect_match "not a terminal: 80 columns" '^    given of whether the condition is temporary or permanent\. The 410 \(Gone\)$'
expect_no_match "not a terminal: no color" "$(printf '\033')"
# an entry's vendor groups in its header, unless it is only standard
run $H --width 100 421 520
expect_match "421's unofficial entry says so in its header" '^421 \[unofficial\] — CN: table 2$'
expect_match "421's standard entries: no groups" '^421 Misdirected Request — httpstatuses$'
expect_match "520: both its groups" '^520 Unknown Error \(Microsoft / CloudFlare\) \[microsoft cloudflare\] — Wikipedia list$'
run $H 404
expect_no_match "404: only standard entries, no groups in the headers" '^404 [^—]*\['
run $H --color=always 451
expect_match "the groups colored as --list colors them" "\\(Microsoft\\) $(printf '\033')\\[35m\\[microsoft\\]"
run env LC_ALL=C $H 400
if printf '%s' "$out" | LC_ALL=C grep -q '[^ -~]'; then not_ok "LC_ALL=C: only printable ASCII"
else ok "LC_ALL=C: only printable ASCII"; fi
expect_match "LC_ALL=C: the smiley transliterated" 'huh\?" :-\) Generic'

# --- every width allowed: no line wider (display columns, as wc -L counts),
# but a URL of --sources, which stays whole on a line of its own (after its
# label at most)
url_line='^ *(url +)?https?://[^ ]+$'
bad=
for w in $(seq 20 100) 133 500 1000; do
	for mode in --sources --list 451 4xx "--compare 451" "--compare 404 --source iana,tcpipguide,wikipedia"; do
		# shellcheck disable=SC2086 # the mode is split on purpose
		got=$(timeout 5 $H --width $w $mode 2>&1 | grep -vE "$url_line" | wc -L)
		[ "$got" -le $w ] || bad="$bad $mode at $w: $got;"
	done
done
[ -z "$bad" ] && ok "--sources, --list, lookups, --compare at 20 to 100, 133, 500, 1000 columns: never wider" ||
	not_ok "--sources, --list, lookups, --compare at every width: never wider" "$(printf '%s' "$bad" | head -c 400)"
# --sources never splits a URL: each is whole on a line, at every width
bad=
urls=$(grep -oE 'https?://[^ ]+' data/sources.rec | sort -u)
[ "$(printf '%s\n' "$urls" | wc -l)" -ge 4 ] || bad="only $(printf '%s\n' "$urls" | wc -l) URLs in data/sources.rec"
for w in $(seq 20 100); do
	$H --sources --width $w >"$tmp/src" 2>&1
	for u in $urls; do
		grep -qF -- "$u" "$tmp/src" || bad="$bad $u at $w;"
	done
done
[ -z "$bad" ] && ok "--sources at 20 to 100 columns: every URL whole on one line" ||
	not_ok "--sources at 20 to 100 columns: every URL whole on one line" "$(printf '%s' "$bad" | head -c 400)"
run $H --sources --source iana --source cn-v1
if [ "$st" -eq 0 ] && [ "$(printf '%s\n' "$out" | grep -cE '^[a-z]')" -eq 2 ] && printf '%s\n' "$out" | grep -q '^iana '; then
	ok "--sources --source: those sources only"
else not_ok "--sources --source: those sources only" "$out"; fi
# --- no line of any text output ends in a space (colors stripped)
bad=
for w in 20 33 47 80 133; do
	for mode in "" --list --sources --conflicts "--conflicts --list" 4xx "1xx 2xx 3xx 5xx" "--list --source cn-v2" \
		"--list --source cn-v1" "--list --ascii" "--compare 451" "--compare 404 --source iana" "--compare 104" \
		"--hide nginx 444 299" "--list --hide nginx 444 299 6xx" "-s timeout" "-s timeout --list" "--ascii 451" \
		"--color=always 404 --list" "--color=always --compare 413" "--source cn-classes 4xx" "700" \
		"--standard --list"; do
		# shellcheck disable=SC2086 # the mode is split on purpose
		$H --width $w $mode >"$tmp/o" 2>&1
		sed 's/\x1b\[[0-9;]*m//g' "$tmp/o" | grep -q ' $' && bad="$bad '$mode' at $w: $(grep -m1 ' $' "$tmp/o");"
		LC_ALL=C $H --width $w $mode 2>&1 | grep -q ' $' && bad="$bad LC_ALL=C '$mode' at $w;"
	done
done
[ -z "$bad" ] && ok "no line of the text outputs ends in a space (every mode, 20 to 133 columns, UTF-8 and C)" ||
	not_ok "no line of the text outputs ends in a space" "$(printf '%s' "$bad" | head -c 400)"
run $H --sources --width 33
if printf '%s\n' "$out" | grep -qx '    url' && printf '%s\n' "$out" | grep -qx '      https://httpstatuses.com/)' &&
   ! printf '%s\n' "$out" | grep -q '^    label  '; then ok "--sources --width 33: each value under its label"
else not_ok "--sources --width 33: each value under its label" "$(printf '%s\n' "$out" | head -8)"; fi

# --- masks, ranges, several selectors
for sel in 4xx 4XX '4**' 4..; do
	run $H --list "$sel"
	if [ "$st" -eq 0 ] && [ "$(printf '%s\n' "$out" | grep -cvE '^4[0-9]{2} ')" -eq 0 ] &&
	   [ "$(printf '%s\n' "$out" | wc -l)" -ge 40 ]; then ok "--list $sel: 4xx codes only"
	else not_ok "--list $sel: 4xx codes only" "$(printf '%s' "$out" | head -3)"; fi
done
run $H --list 40x
expect_match "40x has 404" '^404 '
expect_no_match "40x has no 410" '^410 '
run $H --list 500-504
if [ "$(printf '%s\n' "$out" | cut -c1-3 | tr '\n' ' ')" = "500 501 502 503 504 " ]; then ok "500-504 is five codes"
else not_ok "500-504 is five codes" "$out"; fi
run $H --list 404 418 500-501
if [ "$(printf '%s\n' "$out" | cut -c1-3 | tr '\n' ' ')" = "404 418 500 501 " ]; then ok "several selectors, in code order"
else not_ok "several selectors, in code order" "$out"; fi
run $H 4xx
expect_match "4xx starts with the class definitions" '^4xx Client Error — REST: RFC text$'

# --- --list
run $H --list
if [ "$st" -eq 0 ] && ! printf '%s\n' "$out" | grep -qvE '^[0-9]{3} '; then ok "--list lines begin with the code"
else not_ok "--list lines begin with the code"; fi
expect_match "--list marks conflicts with their number of names" '^413 Content Too Large +!3$'
expect_match "--list marks the top 10 and vendors" '^499 Client Closed Request +!2 nginx esri unregistered$'
expect_match "--list marks the registry status" '^510 Not Extended +obsolete$'
# the name column is as wide as the longest name listed needs, cut only
# where the code, the name and the line's marks do not fit the width
run $H --list --width 1000 450
expect_match "--list -w 1000 450: the whole name" '^450 Blocked by Windows Parental Controls microsoft unregistered$'
run $H --list --width 60 431
expect_match "--list -w 60 431: the whole name, the line has room" '^431 Request Header Fields Too Large$'
run $H --list --width 40 450
expect_match "--list -w 40 450: the name cut so that its marks fit" '^450 Blocked by W… microsoft unregistered$'
run $H --list --width 100 4xx
if [ "$st" -eq 0 ] && [ "$(printf '%s\n' "$out" | awk 'length($0) > 40 && (substr($0, 41, 1) != " " ||
	substr($0, 42, 1) == " ") { bad++ } length($0) > 40 { marked++ } END { print marked + 0, bad + 0 }')" = "26 0" ]
then ok "--list 4xx: the marks of every line start one column after the longest name"
else not_ok "--list 4xx: the marks of every line start one column after the longest name" "$out"; fi
run $H --list --source cn-v2
if [ "$st" -eq 0 ] && printf '%s\n' "$out" | grep -qx '100' && ! printf '%s\n' "$out" | grep -q ' $'; then
	ok "--list of nameless entries: the code alone, no trailing space"
else not_ok "--list of nameless entries: the code alone, no trailing space" "$(printf '%s\n' "$out" | grep ' $' | head -3)"; fi
run $H --list --width 20
if [ "$(printf '%s\n' "$out" | wc -L)" -le 20 ]; then ok "--list --width 20 stays in 20 columns"
else not_ok "--list --width 20 stays in 20 columns"; fi
bad=
for w in 29 30 33 37; do	# the name column was width - 30 columns there
	timeout 5 $H --list --width $w >"$tmp/list" 2>&1
	[ $? -eq 0 ] && [ "$(wc -L <"$tmp/list")" -le $w ] && grep -q '^404 Not Fou' "$tmp/list" || bad="$bad $w"
done
[ -z "$bad" ] && ok "--list at 29 to 37 columns: names of 8 columns, lines that fit" ||
	not_ok "--list at 29 to 37 columns: names of 8 columns, lines that fit" "at$bad"

# --- search
run $H -s timeout --list
for c in 408 440 504 522 598 599; do
	expect_match "-s timeout finds $c" "^$c "
done
expect_no_match "-s timeout does not find 404" '^404 '
run $H -s TIME-OUT --list
expect_match "-s TIME-OUT folds to timeout" '^408 '
run $H -s 'Request Time-out' --list
expect_match "-s 'Request Time-out' finds 408 first" '^408 Request Timeout'
run $H -s teapot
expect_match "-s teapot shows 418's texts" 'April Fools'
run $H -s résumé --list
expect_match "-s is accent-insensitive" '^308 '
run $H -s request uri too long --list
expect_match "-s with several words (unquoted)" '^414 '
expect_status "-s that finds nothing exits 1" 1 $H -s zzzzqqq
run $H -s timeout -s gateway --list
if [ "$st" -eq 0 ] && [ "$out" = "$($H -s 'gateway timeout' --list)" ] && [ "$(printf '%s\n' "$out" | wc -l)" -lt 6 ]; then
	ok "-s twice: all the words of both must match"
else not_ok "-s twice: all the words of both must match" "status $st" "$out"; fi
# plurals and British spellings find what the texts say the other way
run $H -s teapots --list
expect_match "-s teapots finds I'm a teapot" '^418 '
run $H -s unauthorised --list
expect_match "-s unauthorised finds Unauthorized first" '^401 Unauthorized'
# a search that finds nothing suggests the nearest words, on stderr, exit 1
run $H -s timout
if [ "$st" -eq 1 ] && [ -z "$out" ] && [ "$err" = "httpcodes: nothing matches; did you mean: timeout?" ]; then
	ok "-s timout: did you mean: timeout?"
else not_ok "-s timout: did you mean: timeout?" "status $st" "$out" "$err"; fi
run $H -s notfound --list
if [ "$st" -eq 1 ] && [ -z "$out" ] && [ "$err" = "httpcodes: nothing matches; did you mean: not found?" ]; then
	ok "-s notfound --list: did you mean: not found?"
else not_ok "-s notfound --list: did you mean: not found?" "status $st" "$out" "$err"; fi
run $H -s forbiden --json
if [ "$st" -eq 1 ] && [ "$out" = "[
]" ] && [ "$err" = "httpcodes: nothing matches; did you mean: forbidden?" ]; then
	ok "-s forbiden --json: an empty array, the suggestion on stderr"
else not_ok "-s forbiden --json: an empty array, the suggestion on stderr" "status $st" "$out" "$err"; fi
run $H -s timout 404
if [ "$st" -eq 1 ] && [ "$out" = "404 is defined, but none of its entries has the words searched for." ] &&
   [ "$err" = "httpcodes: did you mean: timeout?" ]; then ok "-s timout 404: why on stdout, the suggestion on stderr"
else not_ok "-s timout 404: why on stdout, the suggestion on stderr" "status $st" "$out" "$err"; fi
run $H -s 'timeout zzzzqqq'
if [ "$st" -eq 1 ] && [ "$err" = "httpcodes: nothing matches" ]; then ok "-s 'timeout zzzzqqq': nothing near, no suggestion"
else not_ok "-s 'timeout zzzzqqq': nothing near, no suggestion" "status $st" "$err"; fi
run $H -s 'name:teapot' --list
expect_match "name: prefix" '^418 '
run $H -s 'NAME:teapot' --list
expect_match "NAME: prefix in capitals" '^418 '
run $H -s timed --list
expect_match "-s timed finds Connection Timed Out" '^522 '
run $H -s out --list
expect_match "-s out finds Connection Timed Out" '^522 '
run $H -s name:request --list
expect_match "-s name:request finds Request-URI Too Long" '^414 '
run $H -s request --list
if [ "$(printf '%s\n' "$out" | grep -nE '^(414|400) ' | cut -d: -f2 | cut -c1-3 | tr '\n' ' ')" = "414 400 " ]
then ok "-s request: 414 (Request-URI) among names that start with it, before 400"
else not_ok "-s request: 414 (Request-URI) among names that start with it, before 400" "$out"; fi
run $H -s experiemental --list
expect_match "-s finds a typo as the source writes it" '^308 '
run $H -s experimental --list
expect_match "-s finds a typo as meant" '^308 '
run $H -s name:reasonse --list
expect_match "-s name: finds a typo in a name as written" '^451 '
run $H -s '"legal demand"' --list
expect_match "quoted phrase" '^451 '
# a number is a code only with three digits (or a mask, a range): "10" is
# a word, not the codes 10x
run $H -s 'top 10'
if [ "$st" -eq 1 ] && [ -z "$out" ] && printf '%s\n' "$err" | grep -q '^httpcodes: nothing matches' &&
   ! printf '%s\n' "$out$err" | grep -q '10x'; then ok "-s 'top 10': 10 is a word, no code 10x"
else not_ok "-s 'top 10': 10 is a word, no code 10x" "status $st" "$out" "$err"; fi
run $H -s 'port 80' --list
if [ "$st" -eq 0 ] && [ "$out" = "511 Network Authentication Required" ]; then ok "-s 'port 80': the text that has the words"
else not_ok "-s 'port 80': the text that has the words" "status $st" "$out"; fi

# --- filters
run $H 499 --hide nginx
expect_match "--hide nginx keeps Esri's 499" 'Token required \(Esri\)'
expect_no_match "--hide nginx drops nginx's 499" 'Client Closed'
expect_status "--hide nginx removes 444" 1 $H 444 --hide nginx
run $H --list --standard
expect_match "--standard keeps 103" '^103 '
expect_match "--standard keeps 425" '^425 '
expect_no_match "--standard drops 499" '^499 '
expect_no_match "--standard drops 306 (unused)" '^306 '
run $H 451 --standard
expect_no_match "--standard keeps only standard entries of 451" 'Microsoft'
run $H --list --only cloudflare
if [ "$(printf '%s\n' "$out" | cut -c1-3 | tr '\n' ' ')" = "520 521 522 523 524 525 526 527 " ]; then ok "--only cloudflare"
else not_ok "--only cloudflare" "$out"; fi
run $H 404 --source iana,wikipedia
if [ "$(printf '%s\n' "$out" | grep -c '^404 ')" -eq 2 ]; then ok "--source keeps two sources' entries"
else not_ok "--source keeps two sources' entries" "$out"; fi
# repeated, --source and --only add up like a comma-separated list
run $H --source wikipedia --source iana 404
if [ "$st" -eq 0 ] && [ "$(printf '%s\n' "$out" | grep -c '^404 ')" -eq 2 ]; then ok "--source twice: both sources"
else not_ok "--source twice: both sources" "status $st" "$out"; fi
run $H --only esri --only nginx 499
if [ "$st" -eq 0 ] && printf '%s\n' "$out" | grep -q 'Token required (Esri)' &&
   printf '%s\n' "$out" | grep -q 'Client Closed Request (Nginx)'; then ok "--only twice: both groups"
else not_ok "--only twice: both groups" "status $st" "$out"; fi
run $H --hide esri --only esri --only nginx 499
expect_match "--hide, then --only twice: the other group shown" 'Client Closed Request \(Nginx\)'
expect_no_match "--hide, then --only twice: the hidden group stays hidden" 'Esri'

# --- conflicts
expect_golden "--conflicts at 80 columns" conflicts-w80.out $H --conflicts
run $H --conflicts
if [ "$(printf '%s\n' "$out" | grep '^[0-9]' | cut -c1-3 | tr '\n' ' ')" = "306 308 413 414 416 418 421 422 425 444 451 499 " ]; then
	ok "--conflicts: the codes whose sources give different names"
else not_ok "--conflicts: the codes whose sources give different names" "$out"; fi
expect_match "--conflicts: 413 is a rename" '^413 rename  '
expect_match "--conflicts: 451 is a clash, with its groups" '^451 clash   Unavailable For Legal Reasons \[standard\] \| Redirect'
expect_match "--conflicts: 499 nginx against esri" '^499 clash   Client Closed Request \[nginx\] \| Token required \[esri\]$'
expect_match "--conflicts: 421's unofficial meaning without a name, by its source" '^421 clash   Misdirected Request \[standard\] \| \(unnamed in CN: table 2\)$'
run $H --conflicts --list --width 120 422
expect_match "--conflicts 422: a rename and a meaning without a name" '^422 clash   Unprocessable Entity \[webdav\] \| Unprocessable Content \[webdav\] \| \(unnamed in CN: table 2\) \[unofficial\]$'
run $H --conflicts --hide unofficial 421
expect_match "--conflicts --hide unofficial 421: one name left" '^421 is defined, but --conflicts hides it'
run $H --conflicts --hide google --list
expect_no_match "--conflicts with --hide google: 308 has one name left" '^308 '
# --list shows what the filters leave of a code: the name, marks and groups
# of its visible entries only.
run $H --hide nginx --list 499
expect_match "--hide nginx --list 499: Esri's name, one name, esri" '^499 Token required +esri unregistered$'
run $H --list 421 418
expect_match "--list 421: registered, its unofficial entry marked +unofficial" '^421 Misdirected Request +!2 \+unofficial$'
expect_match "--list 418: the teapot, unused by the registry, is unofficial" '^418 I.m a teapot +!2 unofficial unused$'
run $H --only google --list 308
expect_match "--only google --list 308: Google's name, no conflict mark" '^308 Resume Incomplete +google$'
run $H --standard --list 451
expect_match "--standard --list 451: no microsoft mark, no conflict" '^451 Unavailable For Legal Reasons$'
run $H --source cn-v1 --list 408
expect_match "--source cn-v1 --list 408: the source's own spelling" '^408 Request Time-out$'
run $H --compare 499 --hide nginx
expect_match "--compare 499 --hide nginx: headed with Esri's name" '^499 Token required: '
run $H --conflicts 4xx --json
if [ "$(printf '%s\n' "$out" | grep -c '^{"code":4')" -gt 0 ] && ! printf '%s\n' "$out" | grep -q '^{"code":404,'; then
	ok "--conflicts filters JSON too"
else not_ok "--conflicts filters JSON too"; fi

# --- class records follow the filters as standard entries; none under --conflicts
run $H --json --conflicts
if [ "$st" -eq 0 ] && ! printf '%s\n' "$out" | grep -q '"code":null' &&
   printf '%s\n' "$out" | grep -q '^{"code":499,'; then ok "--json --conflicts: no class records"
else not_ok "--json --conflicts: no class records" "$(printf '%s\n' "$out" | grep '"code":null' | head -3)"; fi
run $H --only esri --json 4xx
if [ "$st" -eq 0 ] && ! printf '%s\n' "$out" | grep -q '"code":null' &&
   printf '%s\n' "$out" | grep -q '"name":"Token required"'; then ok "--only esri --json 4xx: no class records"
else not_ok "--only esri --json 4xx: no class records" "$(printf '%s\n' "$out" | head -3)"; fi
run $H --hide standard 4xx
expect_no_match "--hide standard 4xx: no class definition" '^4xx '
run $H --standard 4xx
expect_match "--standard 4xx: the class definitions stay" '^4xx Client Error — REST: RFC text$'
run $H --hide nginx 4xx
expect_match "--hide nginx 4xx: the class definitions stay" '^4xx Client Error — REST: RFC text$'

# --- compare
expect_golden "--compare 451 --diff=always at 80 columns, no color: [+ +] marks" compare-451-w80.out $H --compare 451 --width 80 --diff=always
expect_golden "--compare 499 --source wikipedia --diff at 100 columns" compare-499-wiki-w100.out $H --compare 499 --source wikipedia --width 100 --diff
run $H --compare 451
expect_match "--compare 451: the legal meaning" 'Wikipedia list: Unavailable For Legal'
expect_match "--compare 451: beside the Microsoft one, on the same rows" 'Legal +\| Wikipedia list: Redirect \(Microsoft\)'
# --diff=auto (the default): no marks where the columns are different
# meanings (every word would be marked), and the first line says so
expect_match "--compare 451: 'different meanings' on its first line" '^451 Unavailable For Legal Reasons: 2 of its 4 entries side by side, different'
expect_no_match "--compare 451, a clash: no [+ +] marks by default" '\[\+'
for c in 499 308; do
	run $H --compare $c
	expect_no_match "--compare $c, a clash: no [+ +] marks by default" '\[\+'
done
run $H --compare 451 --diff=auto
expect_no_match "--compare 451 --diff=auto: no [+ +] marks" '\[\+'
run $H --compare 404
expect_match "--compare 404, one meaning: [+ +] marks by default" '\[\+'
expect_no_match "--compare 404: not 'different meanings'" 'different meanings'
run $H --compare 404 --diff=never
expect_no_match "--compare 404 --diff=never: no [+ +] marks" '\[\+'
run $H --compare 451 --color=always --diff
expect_match "--compare --diff in color: marked words colored" "$(printf '\033')\\[1;33m"
expect_no_match "--compare --diff in color: no [+ +] marks" '\[\+'
run $H --compare 451 --color=always
expect_no_match "--compare 451 in color, a clash: no word colored" "$(printf '\033')\\[1;33m"
run $H --compare 451 --json
expect_match "--compare 451 --json: a clash" '^\{"code":451,"identical":false,"clash":true,'
run $H --compare 413 --json
expect_match "--compare 413 --json: a rename, no clash" '^\{"code":413,"identical":false,"clash":false,'
run env LC_ALL=C $H --compare 400
if printf '%s' "$out" | LC_ALL=C grep -q '[^ -~]'; then not_ok "--compare under LC_ALL=C: ASCII only"
else ok "--compare under LC_ALL=C: ASCII only"; fi
run $H --compare 404 --source iana,tcpipguide,wikipedia,rest-wiki --width 60
if [ "$st" -eq 0 ] && [ "$(printf '%s\n' "$out" | wc -L)" -le 60 ]; then ok "--compare: four columns in 60 columns, in bands, never wider"
else not_ok "--compare: four columns in 60 columns, in bands, never wider" "$(printf '%s\n' "$out" | wc -L)"; fi
# Every code side by side at several widths: no line wider, none ending in
# a space (the last column is not padded), and a column's line never starts
# with a closing mark: "+]" stays with its last word.
bad=
for w in 24 40 61 80 133; do
	for c in $($H --list | cut -c1-3); do
		$H --compare "$c" --width $w >"$tmp/cmp" 2>&1
		[ "$(wc -L <"$tmp/cmp")" -le $w ] || bad="$bad $c at $w: wider;"
		! grep -q ' $' "$tmp/cmp" || bad="$bad $c at $w: a line ends in a space;"
		! grep -qE '(^|\| )\+\]' "$tmp/cmp" || bad="$bad $c at $w: $(grep -m1 -E '(^|\| )\+\]' "$tmp/cmp");"
	done
done
[ -z "$bad" ] && ok "--compare of every code at 24 to 133 columns: never wider, no trailing space, no line starts with +]" ||
	not_ok "--compare of every code at 24 to 133 columns: never wider, no trailing space, no line starts with +]" \
		"$(printf '%s' "$bad" | head -c 400)"
run $H --compare 413 --width 80
expect_match "--compare 413, a rename: httpstatuses' name beside the others" '^httpstatuses: Payload +\| REST: RFC text: Request +\| IANA: Content Too Large$'
run $H --compare 104 --width 100
expect_match "--compare of a code with one entry: nothing to compare it with" '^104 Upload Resumption Supported: 1 entry \(nothing to compare it with\)$'
run $H --compare 499 --source httpstatuses
expect_match "--compare of one of four entries: the browser's words, '1 of its 4 entries'" '^499 Client Closed Request: 1 of its 4 entries \(nothing to compare it with\)$'

run $H --compare 451 --json
expect_match "--compare --json: the columns and their unique words" '"unique":\[\{"offset":'
expect_status "--compare of an undefined code exits 1" 1 $H --compare 299
run $H --compare 299
expect_match "--compare 299: explained by its class" '2xx means Success'
expect_usage_error "--compare with a bad source" "unknown source 'bogus'" $H --compare 451 --source bogus
expect_usage_error "--compare of a mask" "--compare takes one status code" $H --compare 4xx
expect_usage_error "--compare with a selection" "--compare takes one code" $H --compare 451 404

# --- a code no source defines
run $H 299
if [ "$st" -eq 1 ] && printf '%s' "$out" | grep -q 'No source defines 299' &&
   printf '%s' "$out" | grep -q '2xx means Success'; then ok "299 is explained by its class, exit 1"
else not_ok "299 is explained by its class, exit 1" "status $st" "$out"; fi
run $H 700
expect_match "700: not a class" '7xx is not a class'
run $H 404 299
expect_match "404 299: 404 shown" '^404 Not Found'
expect_match "404 299: 299 explained" 'No source defines 299'
[ "$st" -eq 0 ] && ok "404 299 exits 0" || not_ok "404 299 exits 0" "status $st"

# --- a code the filters or the search hide: defined, and why it is not shown
run $H --hide nginx 444
if [ "$st" -eq 1 ] && [ "$out" = "444 is defined, but the filters hide it (--hide nginx)." ]; then
	ok "--hide nginx 444: defined, hidden by --hide nginx, exit 1"
else not_ok "--hide nginx 444: defined, hidden by --hide nginx, exit 1" "status $st" "$out"; fi
run $H --hide nginx --hide esri 499
expect_match "--hide nginx --hide esri 499: both options named" '^499 is defined, but the filters hide it \(--hide nginx --hide esri\)\.$'
run $H --hide microsoft --hide cloudflare 520
expect_match "520, Microsoft's and CloudFlare's: hidden by the two together" '\(--hide microsoft --hide cloudflare\)\.$'
run $H --hide nginx --only nginx,esri --standard 499
expect_match "only the options that hide it are named" '^499 is defined, but the filters hide it \(--hide nginx --standard\)\.$'
# --list explains them too, on stderr (its stdout is one line per code)
run $H --list --hide nginx 444
if [ "$st" -eq 1 ] && [ -z "$out" ] && [ "$err" = "444 is defined, but the filters hide it (--hide nginx)." ]; then
	ok "--list --hide nginx 444: why on stderr, exit 1"
else not_ok "--list --hide nginx 444: why on stderr, exit 1" "status $st" "$out" "$err"; fi
run $H --list --hide nginx 499 444 299
if [ "$st" -eq 0 ] && [ "$out" = "499 Token required esri unregistered" ] &&
   printf '%s\n' "$err" | grep -qx '444 is defined, but the filters hide it (--hide nginx)\.' &&
   printf '%s\n' "$err" | grep -qx 'No source defines 299\.' && ! printf '%s\n' "$err" | grep -q 'nothing matches'
then ok "--list 499 444 299: 499 listed, 444 and 299 explained on stderr"
else not_ok "--list 499 444 299: 499 listed, 444 and 299 explained on stderr" "status $st" "$out" "$err"; fi
# a mask or a range that shows nothing says why, in one line
for case in "6xx|6xx is not a class of HTTP status codes: the classes are 1xx to 5xx." \
	"0xx|0xx is not a class of HTTP status codes: the classes are 1xx to 5xx." \
	"290-299|No source defines a code in 290-299; 2xx means Success." \
	"60x|No source defines a code in 60x: 6xx is not a class (they are 1xx to 5xx)." \
	"4xx --source cn-classes --hide standard|4xx has entries, but the filters hide them (--source cn-classes --hide standard)." \
	"--conflicts 1xx|1xx has entries, but --conflicts hides them: no code there has two names." \
	"404 --only nginx 1xx|404 is defined, but the filters hide it (--only nginx).

1xx has entries, but the filters hide them (--only nginx)."; do
	# shellcheck disable=SC2086 # the arguments are split on purpose
	run $H --width 120 ${case%%|*}
	if [ "$st" -eq 1 ] && [ "$out" = "${case#*|}" ] && [ -z "$err" ]; then ok "${case%%|*}: why, exit 1"
	else not_ok "${case%%|*}: why, exit 1" "status $st" "$out" "$err"; fi
done
run $H 404 6xx
if [ "$st" -eq 0 ] && [ "$(printf '%s\n' "$out" | tail -1)" = "6xx is not a class of HTTP status codes: the classes are 1xx to 5xx." ]
then ok "404 6xx: 404 shown, 6xx explained after it, exit 0"
else not_ok "404 6xx: 404 shown, 6xx explained after it, exit 0" "status $st" "$(printf '%s\n' "$out" | tail -2)"; fi
run $H --conflicts 404
if [ "$st" -eq 1 ] && printf '%s\n' "$out" | grep -q '^404 is defined, but --conflicts hides it' &&
   ! printf '%s\n' "$out" | grep -q 'No source defines\|4xx means'; then ok "--conflicts 404: hidden by --conflicts, exit 1"
else not_ok "--conflicts 404: hidden by --conflicts, exit 1" "status $st" "$out"; fi
run $H -s timeout 404
expect_match "-s timeout 404: no entry of 404 has the words" '^404 is defined, but none of its entries has the words searched for\.$'
run $H --compare 499 --hide nginx --hide esri
if [ "$st" -eq 1 ] && [ "$out" = "499 is defined, but the filters hide it (--hide nginx --hide esri)." ]; then
	ok "--compare of a hidden code: defined, hidden, exit 1"
else not_ok "--compare of a hidden code: defined, hidden, exit 1" "status $st" "$out"; fi

# --- usage errors: exit 2, nothing on stdout, one line on stderr
expect_usage_error "unknown option" "unknown option '--bogus'" $H --bogus
expect_usage_error "unknown short option" "unknown option '-q'" $H -q
expect_usage_error "missing argument" "needs an argument" $H --hide
expect_usage_error "-s without words" "needs an argument" $H -s
expect_usage_error "unknown group" "unknown vendor group 'bogus'" $H --hide bogus
expect_usage_error "unknown source" "unknown source 'bogus'" $H --source bogus 404
expect_usage_error "malformed mask" "'4xxx' is not a status code" $H 4xxx
expect_usage_error "reversed range" "'600-500' is a reversed range" $H 600-500
expect_usage_error "four digits" "'4040' is not a status code" $H 4040
expect_usage_error "a word without -s" "to search words, use -s" $H teapot
expect_usage_error "width too small" "--width takes" $H --width 5 404
expect_usage_error "width not a number" "--width takes" $H --width abc 404
expect_usage_error "bad --color" "--color takes" $H --color=sometimes 404
expect_usage_error "unbalanced quote" "unbalanced quote" $H -s '"legal'
expect_usage_error "invalid UTF-8 argument" "not valid UTF-8" $H "$(printf '\377')"
expect_usage_error "missing data file" "nope.rec: No such file or directory" $H --data "$tmp/nope.rec" 404
expect_usage_error "directory as data" "is a directory" $H --data "$tmp" 404
expect_usage_error "binary as data" "$H:" $H --data $H 404

# --- colors
run $H --color=always 404
expect_match "--color=always colors" "$(printf '\033')\\[1m404"
# --ascii: no colors, whatever --color says (as in the browser)
run $H --ascii --color=always 404
expect_no_match "--ascii --color=always: no color" "$(printf '\033')"
run $H --ascii --color=always --compare 451 --diff
if [ "$st" -eq 0 ] && ! printf '%s' "$out" | grep -q "$(printf '\033')" && printf '%s' "$out" | grep -q '\[+'; then
	ok "--ascii --color=always --compare: [+ +] marks, no color"
else not_ok "--ascii --color=always --compare: [+ +] marks, no color" "$(printf '%s\n' "$out" | head -5 | od -c | head -5)"; fi
run env NO_COLOR=1 $H --color=auto 404
expect_no_match "NO_COLOR: no color" "$(printf '\033')"

# --- JSON
run $H --json 404
expect_match "--json: an array" '^\[$'
if [ "$(printf '%s\n' "$out" | grep -c '^{"code":404,')" -eq 9 ]; then ok "--json 404: nine entries"
else not_ok "--json 404: nine entries" "$(printf '%s' "$out" | head -3)"; fi
run $H --json
if [ "$(printf '%s\n' "$out" | grep -c '^{')" -eq 509 ]; then ok "--json: every entry (509)"
else not_ok "--json: every entry (509)"; fi
# class records count as standard entries for the filters: so in JSON
if [ "$(printf '%s\n' "$out" | grep -c '^{"code":null,"class":"[1-5]xx",.*"vendor":\["standard"\]')" -eq 25 ] &&
   ! printf '%s\n' "$out" | grep -q '"vendor":\[\]'; then ok "--json: class records in the standard group, no entry in none"
else not_ok "--json: class records in the standard group, no entry in none" "$(printf '%s\n' "$out" | grep -m2 '"vendor":\[\]')"; fi
# code is a number, or null for a class record (which names its class in
# "class"): never a string, so that select(.code >= 500) compares numbers
bad=$(printf '%s\n' "$out" | grep '^{' | grep -vE '^\{"code":([0-9]+,"class":"[0-9]xx"|null,"class":"[1-5]xx"),' | head -3)
[ -z "$bad" ] && ok "--json: code is a number, or null with the class in class" ||
	not_ok "--json: code is a number, or null with the class in class" "$bad"
if printf '%s\n' "$out" | grep -q '^{"code":null,"class":"5xx","source":"rest-rfc","name":"Server Error"' &&
   printf '%s\n' "$out" | grep -q '^{"code":503,"class":"5xx",'; then ok "--json: a class record and an entry of 5xx"
else not_ok "--json: a class record and an entry of 5xx" "$(printf '%s\n' "$out" | grep -m2 '"class":"5xx"')"; fi
run $H --sources --json
expect_match "--sources --json has documents" '"document":"003_af96b96010eccb11.txt"'
run $H --json 299
[ "$st" -eq 1 ] && [ "$out" = "[
]" ] && ok "--json 299: empty array, exit 1" || not_ok "--json 299: empty array, exit 1" "$st $out"
if printf '%s\n' "$err" | grep -q '^No source defines 299\.$' && printf '%s\n' "$err" | grep -q '^2xx means Success'; then
	ok "--json 299: explained by its class on stderr"
else not_ok "--json 299: explained by its class on stderr" "$err"; fi
run $H --json --hide nginx 444
if [ "$st" -eq 1 ] && [ "$out" = "[
]" ] && [ "$err" = "444 is defined, but the filters hide it (--hide nginx)." ]; then
	ok "--json of a hidden code: empty array, the reason on stderr"
else not_ok "--json of a hidden code: empty array, the reason on stderr" "status $st" "$out" "$err"; fi
run $H --json 299 404
if [ "$st" -eq 0 ] && printf '%s\n' "$out" | grep -q '^{"code":404,' && printf '%s\n' "$err" | grep -q '^No source defines 299'; then
	ok "--json 299 404: 404 as JSON, 299 explained on stderr, exit 0"
else not_ok "--json 299 404: 404 as JSON, 299 explained on stderr, exit 0" "status $st" "$err"; fi

# --- user data
cat >"$tmp/mine.rec" <<'REC'
Source: ops
Title: Our notes

Code: 499
Name: Client Closed Request
Vendor: nginx
Text: Seen when the load balancer gives up first.

Code: 299
Name: Mostly OK
Text: Our own code.
REC
run $H --data "$tmp/mine.rec" 299
expect_match "--data adds a code" '^299 Mostly OK \[unofficial\] — ops$'
run $H --data "$tmp/mine.rec" --list 499
expect_match "--data adds an entry" '^499 '
mkdir -p "$HOME/.local/share/httpcodes"
cp "$tmp/mine.rec" "$HOME/.local/share/httpcodes/"
run $H 299
expect_match "the XDG data directory is read" '^299 Mostly OK \[unofficial\] — ops$'
# the same file (same device and inode) named twice is read once
run $H --data "$HOME/.local/share/httpcodes/mine.rec" 299
if [ "$st" -eq 0 ] && [ -z "$err" ] && [ "$(printf '%s\n' "$out" | grep -c '^299 Mostly OK \[unofficial\] — ops$')" -eq 1 ]; then
	ok "--data of a file in the data directory: read once"
else not_ok "--data of a file in the data directory: read once" "status $st" "$err"; fi
XDG_DATA_HOME=$tmp/elsewhere run $H 299
[ "$st" -eq 1 ] && ok "XDG_DATA_HOME moves it" || not_ok "XDG_DATA_HOME moves it" "$st"
rm "$HOME/.local/share/httpcodes/mine.rec"
ln -s "$tmp/mine.rec" "$tmp/link.rec"
run $H --data "$tmp/mine.rec" --data "$tmp/link.rec" --data "$tmp/mine.rec" 299
if [ "$st" -eq 0 ] && [ -z "$err" ] && [ "$(printf '%s\n' "$out" | grep -c '^299 Mostly OK \[unofficial\] — ops$')" -eq 1 ]; then
	ok "--data of one file twice and through a link: read once"
else not_ok "--data of one file twice and through a link: read once" "status $st" "$err"; fi
printf 'Code: 299\nName: x\n' >"$tmp/bad.rec"
expect_usage_error "a bad user file is refused with file:line" "bad.rec:1: record 299 has no Text" $H --data "$tmp/bad.rec" 404
printf 'Code: 299\nName: \033]0;pwned\007\nText: x\n' >"$tmp/esc.rec"
expect_usage_error "a control character is refused" "esc.rec:2: control character U+001B" $H --data "$tmp/esc.rec" 404

printf 'Source: one\nTitle: One note\n\nCode: 299\nName: x\nText: y\nFlags: top10 bogus\n' >"$tmp/flags.rec"
expect_usage_error "a bad flag among good ones: the bad one named" \
	"flags.rec:7: unknown flag (top10, experimental, draft, deprecated): 'bogus'" $H --data "$tmp/flags.rec" 404
sed '$d' "$tmp/flags.rec" >"$tmp/one.rec"
run $H --data "$tmp/one.rec" --sources --source one
expect_match "--sources of a file of one record: '1 record'" '\(.*one\.rec: 1 record, 0 repairs\)$'
# an expired temporary registration: far from today on both sides, so that
# the test holds whatever the date (104's expired on 2026-11-13)
cat >"$tmp/reg.rec" <<'REC'
Source: reg
Title: Registry facts

Code: 297
Name: Old Draft
Vendor: standard
Text: Its registration ran out.
Reference: [draft-old]
Status: temporary
Expires: 1900-01-01

Code: 298
Name: New Draft
Vendor: standard
Text: Registered for a long time yet.
Reference: [draft-new]
Status: temporary
Expires: 9999-12-31
REC
run $H --data "$tmp/reg.rec" --list 297 298
expect_match "--list: an expired temporary registration is marked expired" '^297 Old Draft expired$'
expect_match "--list: a temporary registration that holds is marked temporary" '^298 New Draft temporary$'
run $H --data "$tmp/reg.rec" --standard --list 297 298
if [ "$st" -eq 0 ] && [ "$out" = "298 New Draft temporary" ] &&
   [ "$err" = "297 is defined, but the filters hide it (--standard)." ]; then ok "--standard drops an expired temporary registration"
else not_ok "--standard drops an expired temporary registration" "status $st" "$out" "$err"; fi
run $H --data "$tmp/reg.rec" --json 297 298
if printf '%s\n' "$out" | grep -q '^{"code":297,.*"registry":"temporary","expired":true,' &&
   printf '%s\n' "$out" | grep -q '^{"code":298,.*"registry":"temporary","expired":false,' &&
   ! printf '%s\n' "$out" | grep -q '"expired":.*"expired":'; then ok "--json: temporary, and whether it has expired"
else not_ok "--json: temporary, and whether it has expired" "$out"; fi
run $H --json 404
expect_no_match "--json: no expired field without a temporary registration" '"expired"'
run $H --data "$tmp/reg.rec" --width 100 297 298
expect_match "the header of an expired one: expired, not expires" '^297 Old Draft — reg: expired \(temporary until 1900-01-01\), \[draft-old\]$'
expect_match "the header of one that holds: expires" '^298 New Draft — reg: temporary, \[draft-new\], expires 9999-12-31$'
# a class record alone is something printed: exit 0
run $H --source cn-classes 4xx
if [ "$st" -eq 0 ] && printf '%s\n' "$out" | grep -q '^4xx — CN: classes$'; then ok "--source cn-classes 4xx: the class record, exit 0"
else not_ok "--source cn-classes 4xx: the class record, exit 0" "status $st" "$out"; fi
run $H --source cn-classes --json 4xx
if [ "$st" -eq 0 ] && [ -z "$err" ] && printf '%s\n' "$out" | grep -q '^{"code":null,"class":"4xx"'; then ok "--source cn-classes --json 4xx: exit 0, nothing on stderr"
else not_ok "--source cn-classes --json 4xx: exit 0, nothing on stderr" "status $st" "$err"; fi
printf 'Source: cls\nTitle: Classes\n\nCode: 4xx\nName: Client Error\nText: Your fault.\n' >"$tmp/cls.rec"
run $H --data "$tmp/cls.rec" --source cls 4xx
if [ "$st" -eq 0 ] && printf '%s\n' "$out" | grep -q '^4xx Client Error — cls$'; then ok "a user file's class record: exit 0"
else not_ok "a user file's class record: exit 0" "status $st" "$out"; fi
run $H --source cn-classes 4xx 404
if [ "$st" -eq 0 ] && [ "$(printf '%s\n' "$out" | sed -n 4p)" = "" ] &&
   [ -n "$(printf '%s\n' "$out" | sed -n 5p)" ]; then ok "a class record, then a blank line, then the missing code"
else not_ok "a class record, then a blank line, then the missing code" "status $st" "$out"; fi

# --- README.md's examples under "## Use" are what the program prints: each
# "$ httpcodes ARGS" is followed by its output, "..." standing for lines left
# out.
awk -v dir="$tmp" '
	/^## Use/ { use = 1 }
	use && /^```$/ { if (block) exit; block = 1; next }
	block && /^\$ httpcodes/ { k++; sub(/^\$ httpcodes ?/, ""); print > (dir "/ex" k ".cmd"); next }
	block && k { print > (dir "/ex" k ".out") }' README.md
k=1
while [ -f "$tmp/ex$k.cmd" ]; do
	args=$(cat "$tmp/ex$k.cmd")
	eval "set -- $args"
	$H "$@" 2>/dev/null >"$tmp/ex.real"
	why=$(awk 'FNR == NR { want[++m] = $0; next } { got[++n] = $0 }
		END {
			j = 1
			for (i = 1; i <= m; i++) {
				if (want[i] == "...") { skip = 1; continue }
				while (skip && j <= n && got[j] != want[i]) j++
				if (j > n || got[j] != want[i]) { printf "README line %d: %s", i, want[i]; exit }
				j++; skip = 0
			}
			if (!skip && j <= n) printf "the program prints more: %s", got[j]
		}' "$tmp/ex$k.out" "$tmp/ex.real")
	if [ -z "$why" ]; then ok "README example: httpcodes $args"
	else not_ok "README example: httpcodes $args" "$why" "$(head -5 "$tmp/ex.real")"; fi
	k=$((k + 1))
done
[ "$k" -ge 5 ] && ok "README has its examples" || not_ok "README has its examples" "found $((k - 1))"

# --- pipes and copies
# the width in a pipe: 80, else $COLUMNS, and --width above both
w() { "$@" 2>&1 | wc -L; }
if [ "$(w "$H" 404)" -le 80 ] && [ "$(w "$H" 404)" -gt 70 ]; then ok "a pipe: 80 columns"
else not_ok "a pipe: 80 columns" "$(w "$H" 404)"; fi
if [ "$(w env COLUMNS=120 "$H" 404)" -le 120 ] && [ "$(w env COLUMNS=120 "$H" 404)" -gt 100 ]; then
	ok "a pipe, COLUMNS=120: 120 columns"
else not_ok "a pipe, COLUMNS=120: 120 columns" "$(w env COLUMNS=120 "$H" 404)"; fi
[ "$(w env COLUMNS=120 "$H" --width 50 404)" -le 50 ] && ok "a pipe, COLUMNS=120 --width 50: 50 columns" ||
	not_ok "a pipe, COLUMNS=120 --width 50: 50 columns"
[ "$(w env COLUMNS=5 "$H" --list 4xx)" -le 20 ] && ok "a pipe, COLUMNS=5: at least 20 columns, as a terminal" ||
	not_ok "a pipe, COLUMNS=5: 20 columns"
want=$("$H" 404)
bad_cols=
for bad in abc 0 -3 " 120" 1234567 ""; do
	[ "$(env COLUMNS="$bad" "$H" 404)" = "$want" ] || bad_cols="$bad_cols '$bad'"
done
[ -z "$bad_cols" ] && ok "a pipe, COLUMNS not a width (abc, 0, -3, ...): 80 columns" ||
	not_ok "a pipe, COLUMNS not a width: 80 columns" "$bad_cols"
sh -c "$H --list | head -1" >"$tmp/out" 2>"$tmp/err"
[ ! -s "$tmp/err" ] && ok "a closed pipe is quiet" || not_ok "a closed pipe is quiet" "$(cat "$tmp/err")"
# With SIGPIPE ignored (trap '' PIPE), the writes fail with EPIPE instead:
# as quiet, and the same status as when SIGPIPE ends the program.
for trap in "" "trap '' PIPE;"; do
	sh -c "$trap { $H --json 2>\"$tmp/err\"; echo \$? >\"$tmp/st\"; } | head -c1 >/dev/null"
	printf '%s %s\n' "$(cat "$tmp/st")" "$(wc -c <"$tmp/err")" >>"$tmp/pipes"
done
if [ "$(sed -n 1p "$tmp/pipes")" = "$(sed -n 2p "$tmp/pipes")" ] && [ "$(sed -n 2p "$tmp/pipes")" = "141 0" ]; then
	ok "a closed pipe with SIGPIPE ignored: quiet, the status of SIGPIPE"
else not_ok "a closed pipe with SIGPIPE ignored: quiet, the status of SIGPIPE" "$(cat "$tmp/pipes" "$tmp/err")"; fi
mkdir -p "$tmp/alone" && cp $H "$tmp/alone/"
(cd / && "$tmp/alone/httpcodes" 418 >"$tmp/out" 2>&1)
grep -q "I'm a teapot" "$tmp/out" && ok "the binary alone, anywhere, has its data" || not_ok "the binary alone has its data"
run $H --version
expect_match "--version" '^httpcodes [0-9]+\.[0-9]+\.[0-9]+$'
run $H --help
expect_match "--help shows usage" '^usage: httpcodes'
expect_match "--help: a bare --color means always" '--color\[=WHEN\] +always \(a bare --color\)'
expect_match "--help: --diff, a bare one always" '--diff\[=WHEN\] +with --compare: mark the words'
# 299 prints why and exits 1: the exit status is about entries printed,
# and --help, the man page and README say so alike
if printf '%s\n' "$out" | tr '\n' ' ' | grep -q 'Exit status: 0 an entry (or a code, a source) was printed; 1 none was, only *why' &&
   tr '\n' ' ' <src/httpcodes.1 | grep -q 'EXIT STATUS 0 an entry [^;]* was printed; 1 none was, only why' &&
   tr '\n' ' ' <README.md | grep -q 'Exit status, like grep: 0 an entry (or a code, a source) was printed; 1 none was, only why'
then ok "the exit status: 0 when an entry was printed, 1 when only why, in --help, the man page and README"
else not_ok "the exit status: 0 when an entry was printed, 1 when only why, in --help, the man page and README"; fi
# the man page documents exactly the long options --help lists
help_opts=$(printf '%s\n' "$out" | sed -nE 's/^  (-[a-zA-Z], |    )(--[a-z]+(-[a-z]+)*).*/\2/p' | sort -u | tr '\n' ' ')
man_opts=$(awk 'prev == ".TP" { print } { prev = $0 }' src/httpcodes.1 | grep -oE '\\-\\-[a-z]+(\\-[a-z]+)*' |
	sed 's/\\-/-/g' | sort -u | tr '\n' ' ')
if [ -n "$help_opts" ] && [ "$help_opts" = "$man_opts" ]; then ok "the man page has every option of --help, and no other"
else not_ok "the man page has every option of --help, and no other" "help: $help_opts" "man:  $man_opts"; fi

finish
