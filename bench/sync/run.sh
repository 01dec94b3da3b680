#!/bin/bash
# SPDX-FileCopyrightText: 2026 Byline contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark (not a test): a first `byline sync` of N articles (default 10000) from the real
# tt-rss of ../shared/tools/ttrss-up.sh, then an incremental one with nothing new.
# Usage (as root): bench/sync/run.sh BYLINE_BINARY [N]
set -eu
BYLINE=$(realpath "$1")
N=${2:-10000}
HERE=$(cd "$(dirname "$0")" && pwd)
UP="$HERE/../../../shared/tools/ttrss-up.sh"
bash "$UP" >/dev/null
STAMP=$(date +%s%N)
FEED="bench-$STAMP.xml"
python3 - "$N" "$STAMP" > "${TTRSS_STATE:-/tmp/ttrss}/feeds/$FEED" <<'PY'
import sys
n, stamp = int(sys.argv[1]), sys.argv[2]
print('<?xml version="1.0"?><rss version="2.0"><channel><title>Bench %s</title><link>http://0.0.0.0/</link>' % stamp)
for i in range(n):
    print('<item><title>Bench item %d</title><guid>b-%s-%d</guid><link>http://0.0.0.0/b%s-%d</link>'
          '<description>&lt;p&gt;Paragraph one of item %d, with some words to index.&lt;/p&gt;'
          '&lt;p&gt;Paragraph two.&lt;/p&gt;</description></item>' % (i, stamp, i, stamp, i, i))
print('</channel></rss>')
PY
API=http://127.0.0.1:8181/api/
SID=$(curl -s -d '{"op":"login","user":"admin","password":"password"}' $API | python3 -c 'import sys,json;print(json.load(sys.stdin)["content"]["session_id"])')
FID=$(curl -s -d "{\"op\":\"subscribeToFeed\",\"sid\":\"$SID\",\"feed_url\":\"http://0.0.0.0/$FEED\"}" $API | python3 -c 'import sys,json;print(json.load(sys.stdin)["content"]["status"]["feed_id"])')
echo "server: fetching $N articles..." >&2
bash "$UP" update >/dev/null 2>&1
HOME_DIR=$(mktemp -d)
trap 'curl -s -d "{\"op\":\"unsubscribeFeed\",\"sid\":\"$SID\",\"feed_id\":$FID}" $API >/dev/null; rm -rf "$HOME_DIR"' EXIT
export HOME="$HOME_DIR" XDG_DATA_HOME="$HOME_DIR/data" XDG_CONFIG_HOME="$HOME_DIR/config"
printf 'password\n' > "$HOME_DIR/pw"
"$BYLINE" account add ttrss http://127.0.0.1:8181/ --user admin --password-file "$HOME_DIR/pw" >/dev/null
t0=$(date +%s.%N); "$BYLINE" sync 2>/dev/null; t1=$(date +%s.%N)
"$BYLINE" sync 2>/dev/null; t2=$(date +%s.%N)
printf 'first sync of %d articles: %.1f s\nincremental sync (nothing new): %.2f s\n' \
    "$N" "$(echo "$t1 - $t0" | bc)" "$(echo "$t2 - $t1" | bc)"
