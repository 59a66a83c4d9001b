#!/usr/bin/env bash
# Throughput benchmark: LanguageTool alone against the whole mtqa job, cold, each run a process of its own.
#
#   bench/benchmark.sh [corpus-folder] [language] [threads]
#
# Without a corpus it uses the first 300 articles of ../shared/corpora/10kgnad (de-AT) when that folder exists, else
# the seed articles replicated to at least 100,000 words (de-DE). It measures (a) LanguageTool alone at 1 and N
# threads, (b) the mtqa job at 1 and N threads, (c) an unchanged rerun of the job, (d) every run's peak RSS, and the
# time from JVM start to the first file checked, then prints a table of figures and ratios.
set -euo pipefail
cd "$(dirname "$0")/.."

THREADS=${3:-$(nproc)}
HEAP=${BENCH_HEAP:--Xmx1g}
WORK=$(mktemp -d /tmp/mtqa-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

corpus=${1:-}
language=${2:-}
if [[ -z "$corpus" && -d ../shared/corpora/10kgnad ]]; then
  corpus=$WORK/corpus
  mkdir -p "$corpus"
  find ../shared/corpora/10kgnad -maxdepth 1 -name '*.txt' | sort | head -300 | xargs cp -t "$corpus"
  language=${language:-de-AT}
  label="first 300 articles of 10kGNAD"
elif [[ -z "$corpus" ]]; then
  echo "../shared/corpora/10kgnad is not there: using the seeds, replicated to at least 100,000 words" >&2
  corpus=$WORK/corpus
  mkdir -p "$corpus"
  words=0 copy=0
  while (( words < 100000 )); do
    copy=$((copy + 1))
    for seed in seeds/*.txt; do
      # a line of its own per copy, so that no two files are equal
      { cat "$seed"; printf '\nKopie %d.\n' "$copy"; } > "$corpus/$(basename "$seed" .txt)-$copy.txt"
      words=$((words + $(wc -w < "$seed")))
    done
  done
  label="the seeds, replicated $copy times"
fi
language=${language:-de-DE}
label=${label:-$corpus}

echo "building mtqa and the benchmark classes ..." >&2
./mvnw -B -q package -DskipTests >&2
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath" >&2
CLASSPATH_ALONE="target/test-classes:target/classes:$(cat "$WORK/classpath")"
# the README's run command: the unpacked application with its class-data archive
FAST_START="-XX:SharedArchiveFile=target/mtqa/mtqa.jsa -jar target/mtqa/mtqa.jar"

calc() { awk "BEGIN { printf \"$1\", $2 }"; }
now() { date +%s.%N; }

# Runs a command, polls its peak RSS (VmHWM) and, for mtqa, the first report written; prints "seconds rss_mb first_s".
measure() {
  local reports=$1; shift
  local start end pid hwm=0 first=""
  start=$(now)
  "$@" > "$WORK/out" 2> "$WORK/err" & pid=$!
  while kill -0 "$pid" 2> /dev/null; do
    local now
    now=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2> /dev/null || echo 0)
    (( ${now:-0} > hwm )) && hwm=$now
    if [[ -z "$first" && -n "$reports" ]] && compgen -G "$reports/*.json" > /dev/null; then
      first=$(calc "%.1f" "$(now) - $start")
    fi
    sleep 0.1
  done
  wait "$pid" || true
  end=$(now)
  printf '%s %d %s\n' "$(calc "%.1f" "$end - $start")" $((hwm / 1024)) "${first:--}"
}

files=$(find "$corpus" -name '*.txt' | wc -l)
read -r cpu1 cpu2 < <(java bench/CpuCheck.java)

declare -A wall rss first
for t in 1 "$THREADS"; do
  echo "LanguageTool alone, $t thread(s) ..." >&2
  read -r wall[alone$t] rss[alone$t] _ < <(measure "" java $HEAP -cp "$CLASSPATH_ALONE" org.mtqa.bench.LanguageToolAlone "$corpus" "$language" "$t")
  words=$(sed -n 's/.* words=\([0-9]*\) .*/\1/p' "$WORK/out")
  echo "mtqa, $t thread(s) ..." >&2
  rm -rf "$WORK/reports$t"
  read -r wall[mtqa$t] rss[mtqa$t] first[mtqa$t] < <(measure "$WORK/reports$t" java $HEAP $FAST_START \
      --mtqa.input="$corpus" --mtqa.reports="$WORK/reports$t" --mtqa.language="$language" --mtqa.threads="$t")
done
echo "mtqa, unchanged rerun ..." >&2
read -r wall[rerun] rss[rerun] _ < <(measure "" java $HEAP $FAST_START \
    --mtqa.input="$corpus" --mtqa.reports="$WORK/reports$THREADS" --mtqa.language="$language" --mtqa.threads="$THREADS")

ratio() { calc "%.2f" "$1 / $2"; }
rate() { calc "%.0f" "$words / $1"; }
cat <<TABLE

Corpus: $label ($files files, $words words, $language); $(nproc) cores, $HEAP; $(java -version 2>&1 | head -1)
CPU check before the runs (bench/CpuCheck.java): a fixed loop took $cpu1 s on one core, $cpu2 s on two at once

| run | wall s | words/s | peak RSS MB | first file checked s |
|---|---:|---:|---:|---:|
| (a) LanguageTool alone, 1 thread | ${wall[alone1]} | $(rate "${wall[alone1]}") | ${rss[alone1]} | |
| (a) LanguageTool alone, $THREADS threads | ${wall[alone$THREADS]} | $(rate "${wall[alone$THREADS]}") | ${rss[alone$THREADS]} | |
| (b) mtqa, 1 thread | ${wall[mtqa1]} | $(rate "${wall[mtqa1]}") | ${rss[mtqa1]} | ${first[mtqa1]} |
| (b) mtqa, $THREADS threads | ${wall[mtqa$THREADS]} | $(rate "${wall[mtqa$THREADS]}") | ${rss[mtqa$THREADS]} | ${first[mtqa$THREADS]} |
| (c) mtqa, unchanged rerun, $THREADS threads | ${wall[rerun]} | | ${rss[rerun]} | |

| ratio | value | target |
|---|---:|---|
| mtqa / LanguageTool alone, wall, $THREADS threads | $(ratio "${wall[mtqa$THREADS]}" "${wall[alone$THREADS]}") | at most 1.10 |
| mtqa / LanguageTool alone, wall, 1 thread | $(ratio "${wall[mtqa1]}" "${wall[alone1]}") | |
| mtqa speed-up, $THREADS threads over 1 | $(ratio "${wall[mtqa1]}" "${wall[mtqa$THREADS]}") | at least 1.8 |
| LanguageTool alone speed-up, $THREADS threads over 1 | $(ratio "${wall[alone1]}" "${wall[alone$THREADS]}") | |
TABLE
