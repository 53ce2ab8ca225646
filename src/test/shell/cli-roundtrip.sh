#!/usr/bin/env bash
# Round trip of the charta command line between two drafters and a shared bare remote.
#
# Usage: cli-roundtrip.sh PATH/TO/charta.jar PATH/TO/realdata
#
# In a temporary folder it imports the realdata proposal, publishes it to a bare remote and clones it twice (A
# and B). A edits one paragraph and comments on another, both clones sync, and B's word diff and comment list
# are checked. It then clones over a git daemon on 127.0.0.1 and checks that a sync to a closed port exits 3.
# Last, it starts the jar without arguments and without a display, which must exit 1 with one line of advice.
# It prints "N passed, M failed" and exits 1 when a check failed.
#
# The script runs with an empty HOME and without the system Git configuration, and names the author of every
# change with --as. Set JAVA to choose the java executable (default: java on the PATH).
set -euo pipefail

if [[ $# -ne 2 ]]; then
    echo "Usage: $0 PATH/TO/charta.jar PATH/TO/realdata" >&2
    exit 64
fi
JAR=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
REALDATA=$(cd "$2" && pwd)
DOCUMENT="$REALDATA/proposal/world-parliament-follow-up.md"
JAVA=${JAVA:-java}
[[ -f "$JAR" ]] || { echo "No jar at $JAR; build it with: mvn -B -q package -DskipTests" >&2; exit 1; }
[[ -f "$DOCUMENT" ]] || { echo "No document at $DOCUMENT" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/charta-roundtrip.XXXXXX")
DAEMON_PID_FILE="$WORK/daemon.pid"

cleanup() {
    if [[ -f "$DAEMON_PID_FILE" ]]; then
        kill "$(cat "$DAEMON_PID_FILE")" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# Isolation: no global or system Git configuration, no credential prompt, UTF-8 everywhere.
export HOME="$WORK/home"
export XDG_CONFIG_HOME="$HOME/.config"
export GIT_CONFIG_NOSYSTEM=1
export GIT_TERMINAL_PROMPT=0
export LC_ALL=C.UTF-8
mkdir -p "$HOME"

ALICE="Alice Drafter <alice@example.org>"
BOB="Bob Drafter <bob@example.org>"

passed=0
failed=0

pass() {
    passed=$((passed + 1))
    echo "ok   $1"
}

fail() {
    failed=$((failed + 1))
    echo "FAIL $1" >&2
    if [[ -n "${OUT:-}" ]]; then echo "     stdout: $OUT" >&2; fi
    if [[ -n "${ERR:-}" ]]; then echo "     stderr: $ERR" >&2; fi
}

# Runs charta; sets OUT, ERR and RC without stopping the script on a non-zero exit.
# JGit reads the user configuration from the user.home property, not from $HOME, hence -Duser.home.
charta() {
    if OUT=$("$JAVA" -Duser.home="$HOME" -Djava.awt.headless=true -jar "$JAR" "$@" 2>"$WORK/stderr"); then
        RC=0
    else
        RC=$?
    fi
    ERR=$(cat "$WORK/stderr")
}

# check DESCRIPTION EXPECTED_EXIT_CODE: checks the exit code of the last charta run.
check_exit() {
    if [[ "$RC" -eq "$2" ]]; then pass "$1"; else fail "$1 (exit $RC, expected $2)"; fi
}

check() {
    local description=$1
    shift
    if "$@"; then pass "$description"; else fail "$description"; fi
}

cd "$WORK"

# Import, with the folder named after the document.
charta import "$DOCUMENT" --as "$ALICE"
check_exit "import the proposal" 0
check "import names the folder after the file" test -f "$WORK/world-parliament-follow-up/charter.json"

git init --quiet --bare -b main "$WORK/remote.git"
charta publish "$WORK/remote.git" --charter world-parliament-follow-up --as "$ALICE"
check_exit "publish to a bare remote" 0

charta clone "$WORK/remote.git" A
check_exit "clone A" 0
charta clone "$WORK/remote.git" B
check_exit "clone B" 0

# The section whose first paragraph A edits and whose second paragraph A comments on.
charta sections --charter A
SECTION=$(printf '%s\n' "$OUT" | awk -F'\t' '/Opening the Box of Utopias/ {print $1}')
SECTION_PATH=$(printf '%s\n' "$OUT" | awk -F'\t' '/Opening the Box of Utopias/ {print $3}')
check "sections lists the edited section" test -n "$SECTION"

check "A edits one paragraph" sed -i 's/The immediate future remains open/The near future remains open/' \
    "A/$SECTION_PATH"
check "A's edit is in the file" grep -q "The near future remains open" "A/$SECTION_PATH"

charta comment add "$SECTION" 2 "Is this still true?" --charter A --as "$ALICE"
check_exit "A comments on paragraph 2" 0
THREAD=$(printf '%s\n' "$OUT" | grep -o '[0-9a-f]\{16\}' | head -n 1 || true)
check "comment add prints the thread id" test -n "$THREAD"

charta record -m "Say near future" --charter A --as "$ALICE"
check_exit "A records" 0
charta sync --charter A --as "$ALICE"
check_exit "A syncs" 0

charta sync --charter B --as "$BOB"
check_exit "B syncs" 0
check "B receives the edit" grep -q "The near future remains open" "B/$SECTION_PATH"

charta diff "$SECTION" HEAD~1 HEAD --charter B
check_exit "B diffs HEAD~1 HEAD" 0
DELETED=$(printf '%s\n' "$OUT" | grep -o '\[-[^]]*-\]' || true)
INSERTED=$(printf '%s\n' "$OUT" | grep -o '{+[^}]*+}' || true)
check "diff deletes exactly one word" test "$DELETED" = "[-immediate-]"
check "diff inserts exactly one word" test "$INSERTED" = "{+near+}"
check "diff shows the word in its sentence" grep -q 'The \[-immediate-\]{+near+} future remains open' <<<"$OUT"

charta comment list --json --charter B
check_exit "B lists comments as JSON" 0
check "the thread reached B" grep -q "\"id\" : \"$THREAD\"" <<<"$OUT"
check "the thread is on paragraph 2" grep -Eq '"paragraph" : 2,' <<<"$OUT"
check "the thread is anchored" grep -q '"state" : "anchored"' <<<"$OUT"
check "the thread is in the section" grep -q "\"section\" : \"$SECTION\"" <<<"$OUT"

# A and B change different sentences of one paragraph: both syncs merge without a question.
check "A edits the first sentence" sed -i 's/The near future remains open/The near future stays open/' "A/$SECTION_PATH"
charta sync --charter A --as "$ALICE"
check_exit "A syncs the first sentence" 0
check "B adds a sentence to the last line" sed -i '$ s/$/ We hold it so./' "B/$SECTION_PATH"
charta sync --charter B --as "$BOB"
check_exit "B merges different sentences without a question" 0
check "B has A's sentence" grep -q "The near future stays open" "B/$SECTION_PATH"
check "B keeps its own sentence" grep -q "We hold it so.$" "B/$SECTION_PATH"

# Now both change the same words: the sync stops, resolve lists the conflict, a choice completes it.
check "A changes the same words" sed -i 's/The near future stays open/The future stays wide open/' "A/$SECTION_PATH"
charta sync --charter A --as "$ALICE"
check_exit "A syncs the same words" 0
check "B changes the same words" sed -i 's/The near future stays open/The coming years stay open/' "B/$SECTION_PATH"
charta sync --charter B --as "$BOB"
check_exit "B's sync stops on the conflict" 2
check "no conflict marker in B's file" bash -c "! grep -q '^<<<<<<<' 'B/$SECTION_PATH'"
charta resolve --charter B
check_exit "resolve lists the conflict" 0
check "resolve shows both versions" grep -q "The coming years stay open" <<<"$OUT"
charta resolve 1 --theirs --charter B
check_exit "resolve takes theirs" 0
charta sync --charter B --as "$BOB"
check_exit "B's sync completes the merge" 0
check "B keeps A's words" grep -q "The future stays wide open" "B/$SECTION_PATH"
charta sync --charter A --as "$ALICE"
check_exit "A receives the merge" 0
check "A and B agree" cmp -s "A/$SECTION_PATH" "B/$SECTION_PATH"

# A real git daemon on 127.0.0.1, on the first free port found.
PORT=""
for _ in 1 2 3 4 5; do
    CANDIDATE=$((20000 + RANDOM % 20000))
    if (exec 3<>"/dev/tcp/127.0.0.1/$CANDIDATE") 2>/dev/null; then
        continue
    fi
    git daemon --base-path="$WORK" --export-all --enable=receive-pack --reuseaddr --listen=127.0.0.1 \
        --port="$CANDIDATE" --pid-file="$DAEMON_PID_FILE" --detach "$WORK" || continue
    for _ in $(seq 1 50); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$CANDIDATE") 2>/dev/null; then
            PORT=$CANDIDATE
            break
        fi
        sleep 0.1
    done
    [[ -n "$PORT" ]] && break
    if [[ -f "$DAEMON_PID_FILE" ]]; then kill "$(cat "$DAEMON_PID_FILE")" 2>/dev/null || true; fi
    rm -f "$DAEMON_PID_FILE"
done
check "git daemon listens on 127.0.0.1" test -n "$PORT"

charta clone "git://127.0.0.1:$PORT/remote.git" C
check_exit "clone C over git://" 0
check "C has B's text" cmp -s "B/$SECTION_PATH" "C/$SECTION_PATH"

# Once the daemon is stopped, its port is closed, so the remote of C does not respond.
if [[ -f "$DAEMON_PID_FILE" ]]; then kill "$(cat "$DAEMON_PID_FILE")" 2>/dev/null || true; fi
rm -f "$DAEMON_PID_FILE"
sleep 0.2
append_line() {
    printf '%s\n' "$2" >>"$1"
}
check "C edits offline" append_line "C/$SECTION_PATH" "An offline edit."
charta sync --charter C --as "$BOB"
check_exit "sync to a closed port exits 3" 3
is_one_line() {
    [[ -n "$1" && "$1" != *$'\n'* ]]
}
check "offline sync prints one line" is_one_line "$ERR"

# Without arguments the jar opens the window; with no display it prints one line of advice, not a stack trace.
if OUT=$(env -u DISPLAY -u WAYLAND_DISPLAY "$JAVA" -Duser.home="$HOME" -jar "$JAR" 2>"$WORK/stderr"); then
    RC=0
else
    RC=$?
fi
ERR=$(cat "$WORK/stderr")
check_exit "no display exits 1" 1
check "no display names charta --help" grep -q 'charta --help' <<<"$ERR"
check "no display prints no stack trace" test -z "$(grep -E '^\s+at |Exception' <<<"$ERR" || true)"

echo "$passed passed, $failed failed"
[[ "$failed" -eq 0 ]]
