#!/usr/bin/env bash
# Fails if a tracked doc, source or config file narrates how the work was organised instead of describing
# the product: numbered work periods, the people who did it, tickets, or a design document the repository
# does not have (the patterns below). History lives in git. Prints file:line: text for each hit; exit 0
# when there is none, 1 otherwise.
# Usage: bash .ci/check-wording.sh [--self-test]
set -euo pipefail
cd "$(dirname "$0")/.."

self=.ci/check-wording.sh

# Perl-compatible, matched case-insensitively. The look-behinds keep hyphenated words out, and a verb
# followed by an object, a preposition or a duration never matches: a number (not a unit) must follow.
patterns=(
  # a numbered period; not a duration or a count of instances, brokers, pods or threads
  '(?<![-\w])stops? [0-9]+\b(?!\s*(s|ms|min|h|d|seconds?|minutes?|hours?|days?|times?|instances?|brokers?|pods?|threads?)\b)'
  '(?<![-\w])stop-[0-9]+\b'                 # a numbered build name
  '\bthis\sstop\b(?![-\w])'                # not a hyphenated compound
  '\b(last|this|previous|next) session\b(?![-\w])'
  '\bin the session\b'
  '\banother\se[n]gineer'
  '\bother\se[n]gineers?\b'
  "\\bthe\\sissue's\\b"
  '\b(in|per|see|from) the issue\b(?![-\w]|\s+(of|with|at hand)\b)'
  '\bthe issue (said|says|asks|asked|wants|wanted|requires|required|sets|set|names|named|gives|gave)\b'
  '\b(issue|ticket) #?[0-9]+\b'
  '\bthe design (said|says|sends|sent|had|promises|promised|agreed|asked|asks|wanted|wants|calls|called|requires|required|names|named|doc|document)\b'
  "\\bthe design's\\b"
  '\b(in|per|from|as|like|by) the design\b(?!\s+of\b)'
)
regex=$(IFS='|'; echo "${patterns[*]}")

if [[ ${1:-} == --self-test ]]; then
  bad=0
  # the sample lines spell the words they test through variables, so that this file does not itself read
  # as narration
  period=stop sitting=session colleague=engineer ticket=issue plan=design
  while IFS= read -r line; do
    grep -qiP -e "$regex" <<<"$line" || { echo "missed: $line"; bad=1; }
  done <<EOF_HITS
the first run at $period 11 and ${period}s 9 and 10
the ${period^} 9 jar
the ${period}-10 jar and this ${period}'s
measured in the last ${sitting}; this ${sitting}
shared with another ${colleague}'s builds; other ${colleague}s' test runs
at the ${ticket}'s N = 200,000
the 1 KB target in the ${ticket}
the no-double promise of ${ticket} 6
The ${plan^} said one record per band; the ${plan}'s partitioning claims
named as in the ${plan}; reads like the ${plan}; K in the ${plan}.
EOF_HITS
  while IFS= read -r line; do
    grep -qiP -e "$regex" <<<"$line" && { echo "false hit: $line"; bad=1; }
  done <<EOF_CLEAN
${period} the broker, then ${period} 3 s later or ${period} 2 instances; ${period} it 3 seconds later
the only broker stopped at 24.1 s; 1.4 s to stop, 15 s down
a non-${period} 24 hour feed; ${period}-the-world pauses; the bus ${period}s at 5
session.timeout.ms=6000; the group session expires
ran on the issue of impeachment; no data issue; different issuers
the design of the band index; a redesigned compact car
EOF_CLEAN
  ((bad)) && exit 1
  echo "check-wording: self-test passed"
  exit 0
fi

files=()
while IFS= read -r -d '' f; do
  [[ $f == "$self" ]] && continue
  [[ $f =~ (^|/)target/ ]] && continue
  [[ $f =~ (^|/)\.git/ ]] && continue
  [[ -f $f ]] || continue           # listed in the index but deleted or moved in the working tree
  files+=("$f")
done < <(git ls-files -z -- '*.md' '*.java' '*.properties' '*.xml' '*.yml' '*.yaml' '*.sh' '*.json' '*.py')

((${#files[@]})) || { echo "check-wording: no files to check"; exit 0; }

hits=$(printf '%s\0' "${files[@]}" | xargs -0 grep -nHiP -e "$regex" -- || true)

if [[ -n $hits ]]; then
  printf '%s\n' "$hits"
  echo "check-wording: $(printf '%s\n' "$hits" | wc -l) line(s) narrate work periods, people, tickets or" \
       "an absent design document; describe the product instead (history lives in git)" >&2
  exit 1
fi
echo "check-wording: no narration found in ${#files[@]} files"
