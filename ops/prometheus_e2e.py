#!/usr/bin/env python3
"""Helper of .ci/check-prometheus.sh: the feed with a known duplicate mix, and the checks
against a real Prometheus that scrapes the running demo.

Subcommands (standard library only, except `check --chart`, which needs matplotlib):

  feed --samples F.jsonl --waves N --out DIR
      Writes DIR/wave-1.jsonl .. DIR/wave-{N-1}.jsonl and DIR/malformed.jsonl, and prints the
      expected counts as JSON. Wave 0 is the built-in sample set itself (`produce --samples`).
      Waves 1.. are the same 40 articles with new ids and their words rewritten per wave (every word
      of every line of four or more words gets a wave suffix, the same for identical lines): the
      duplicate relations inside a wave stay those of the samples' `_expected` labels (exact copies
      stay exact, near-copies keep their word overlap), while no article matches one of another wave.
      Short lines (UI lines such as "Share", "12 Comments") are left alone so they are still
      recognised. So the expected duplicate rate of the whole run is the one of the sample set.

  wait --prometheus URL --total N --timeout S
      Waits until Prometheus has scraped sum(dedup_articles_total) == N (every fed event processed).

  check --prometheus URL --expected FILE [--invalid N] [--chart PNG] [--start UNIX] [--tolerance X]
      Evaluates every expression of ops/extract_promql.py at `now`: each must parse; each dashboard
      expression must return data (unless allow-listed below); alert rules only need to parse.
      Checks that Prometheus loaded the rule file with every rule healthy. Compares the duplicate
      rate measured by Prometheus with the fed one. Optionally draws the duplicate rate over the run.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import time
import urllib.parse
import urllib.request

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DASHBOARD_FILE = "ops/grafana/dashboards/article-dedup.json"
RULES_FILE = "ops/prometheus/rules/article-dedup-rules.yml"

# Dashboard expressions allowed to return no data in this run, with the reason. Keep it empty
# unless a query truly cannot have data in a short single-instance run.
NO_DATA_ALLOWED = {
    # "title as printed by ops/extract_promql.py": "reason",
    "Consumer lag from the brokers (kafka-exporter) / Consumer group lag by topic [A]":
        "broker-side lag comes from kafka-exporter (compose service, Strimzi's Kafka Exporter), which this check does not run",
    "Consumer lag from the brokers (kafka-exporter) / Input topic lag by partition [A]":
        "broker-side lag comes from kafka-exporter (compose service, Strimzi's Kafka Exporter), which this check does not run",
}

DUPLICATES = ("exact_duplicate", "near_duplicate")
MEASURED_RATE = ('sum(dedup_articles_total{job="article-dedup", outcome=~"exact_duplicate|near_duplicate"})'
                 ' / sum(dedup_articles_total{job="article-dedup", outcome!="invalid"})')
DASHBOARD_RATE_1M_TITLE = "Overview / Duplicate rate (overall) [A]"
DASHBOARD_RATE_1H_TITLE = "Overview / Duplicate rate (last 1h) [A]"

MALFORMED = [
    "this is not JSON at all",                                   # invalid_json
    '["an", "array", "is", "not", "an", "article"]',             # not_an_object
    '{"id": "malformed-1", "url": "https://broken.example/a", "title": "No text"}',  # no text
    '{"id": {"nested": true}, "body": "An id must be a string or an integer."}',     # wrong_type
]

WORD = re.compile(r"[^\W_]+")


# ------------------------------------------------------------------ feed
def rewrite(text, suffix):
    """Every word of every line with at least four words gets the suffix; other lines are kept."""
    if not isinstance(text, str):
        return text
    out = []
    for line in text.split("\n"):
        if len(line.split()) >= 4:
            line = WORD.sub(lambda m: m.group(0) + suffix, line)
        out.append(line)
    return "\n".join(out)


def wave_suffix(k):
    # letters only, so a word stays one token; "qz" is rare in any language
    s, n = "", k
    while True:
        s = chr(ord("a") + n % 26) + s
        n = n // 26 - 1
        if n < 0:
            break
    return "qz" + s


def cmd_feed(args):
    lines = [l for l in open(args.samples, encoding="utf-8").read().splitlines() if l.strip()]
    items = [json.loads(l) for l in lines]
    counts = {"unique": 0, "exact_duplicate": 0, "near_duplicate": 0}
    for it in items:
        counts[it["_expected"]] += 1
    os.makedirs(args.out, exist_ok=True)
    for k in range(1, args.waves):
        suffix = wave_suffix(k)
        with open(os.path.join(args.out, "wave-%d.jsonl" % k), "w", encoding="utf-8") as f:
            for it in items:
                it = dict(it)
                it["id"] = "%s-w%d" % (it["id"], k)
                if "_expected_duplicate_of" in it:
                    it["_expected_duplicate_of"] = "%s-w%d" % (it["_expected_duplicate_of"], k)
                for key in ("title", "body"):
                    if key in it:
                        it[key] = rewrite(it[key], suffix)
                if "paragraphs" in it:
                    it["paragraphs"] = [rewrite(p, suffix) for p in it["paragraphs"]]
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
    with open(os.path.join(args.out, "malformed.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(MALFORMED) + "\n")
    per_wave = len(items)
    expected = {
        "waves": args.waves,
        "per_wave": counts,
        "articles": per_wave * args.waves,
        "by_outcome": {k: v * args.waves for k, v in counts.items()},
        "malformed_per_send": len(MALFORMED),
    }
    dup = sum(expected["by_outcome"][o] for o in DUPLICATES)
    expected["duplicate_rate"] = dup / expected["articles"]
    print(json.dumps(expected))


# ------------------------------------------------------------------ Prometheus API
def api(base, path, params, timeout=30):
    url = base.rstrip("/") + path + "?" + urllib.parse.urlencode(params)
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return json.load(r)
    except urllib.error.HTTPError as e:  # 400/422 carry a JSON error body
        try:
            return json.load(e)
        except Exception:
            return {"status": "error", "error": "HTTP %d" % e.code}
    except Exception as e:
        return {"status": "error", "error": str(e)}


def query(base, expr, at=None):
    return api(base, "/api/v1/query", {"query": expr, "time": "%.3f" % (at or time.time())})


def scalar(base, expr):
    r = query(base, expr)
    if r.get("status") != "success" or not r["data"]["result"]:
        return None
    return float(r["data"]["result"][0]["value"][1])


def cmd_wait(args):
    deadline = time.time() + args.timeout
    seen = None
    while time.time() < deadline:
        seen = scalar(args.prometheus, 'sum(dedup_articles_total{job="article-dedup"})')
        if seen is not None and seen >= args.total:
            print("prometheus sees %d of %d fed events processed" % (seen, args.total))
            return 0
        time.sleep(2)
    print("TIMEOUT: prometheus sees %s of %d fed events processed" % (seen, args.total))
    return 1


def extracted():
    out = subprocess.run([sys.executable, os.path.join(ROOT, "ops", "extract_promql.py")],
                         check=True, capture_output=True, text=True).stdout
    return [json.loads(l) for l in out.splitlines() if l.strip()]


def describe(result):
    res = result["data"]["result"]
    rtype = result["data"]["resultType"]
    if rtype in ("scalar", "string"):
        return 1, "%s %s" % (rtype, res[1])
    if not res:
        return 0, "no data"
    values = [s["value"][1] if "value" in s else "%d points" % len(s.get("values", [])) for s in res[:3]]
    return len(res), "%d series, e.g. %s" % (len(res), ", ".join(values))


def cmd_check(args):
    base = args.prometheus
    expected = json.load(open(args.expected, encoding="utf-8"))
    failures, n_with_data, n_checked, allowed = [], 0, 0, []
    now = time.time()

    print("==> every dashboard and alert-rule expression at now (ops/extract_promql.py)")
    for it in extracted():
        n_checked += 1
        is_dashboard = it["file"] == DASHBOARD_FILE
        r = query(base, it["expr"], now)
        if r.get("status") != "success":
            failures.append("%s: %s" % (it["title"], r.get("error")))
            print("  FAIL  parse/eval  %s: %s" % (it["title"], r.get("error")))
            continue
        n, what = describe(r)
        if n:
            n_with_data += 1
            print("  ok    %-9s %s  (%s)" % ("data", it["title"], what))
        elif not is_dashboard:
            print("  ok    %-9s %s  (alert rule: parses, not firing)" % ("no data", it["title"]))
        elif it["title"] in NO_DATA_ALLOWED:
            allowed.append(it["title"])
            print("  ok    %-9s %s  (allow-listed: %s)" % ("no data", it["title"], NO_DATA_ALLOWED[it["title"]]))
        else:
            failures.append("%s: dashboard query returned no data" % it["title"])
            print("  FAIL  no data   %s\n        %s" % (it["title"], it["expr"].replace("\n", " ")))

    print("==> Kafka client metrics: lag of the input topic, without its KIP-1109 twin")
    lag_title = "Kafka client metrics (Micrometer KafkaStreamsMetrics) / Consumer lag by topic [A]"
    lag_expr = next((it["expr"] for it in extracted() if it["title"] == lag_title), None)
    topics = sorted(s["metric"].get("topic", "") for s in query(base, lag_expr or "vector(0)", now)
                    .get("data", {}).get("result", []))
    print("  topics: %s" % ", ".join(topics))
    if "articles.raw" not in topics or "articles_raw" in topics:
        failures.append("%s: want articles.raw and not its twin articles_raw, got %s" % (lag_title, topics))

    print("==> rules loaded by Prometheus from %s" % RULES_FILE)
    r = api(base, "/api/v1/rules", {})
    rules = [rule for g in r.get("data", {}).get("groups", []) for rule in g.get("rules", [])]
    n_rules_file = sum(1 for it in extracted() if it["file"] == RULES_FILE)
    bad = [x for x in rules if x.get("health") not in ("ok",)]
    firing = sorted("%s (%s)" % (x["name"], x.get("state")) for x in rules if x.get("state") in ("pending", "firing"))
    print("  %d rules loaded (file has %d), %d unhealthy; pending/firing: %s"
          % (len(rules), n_rules_file, len(bad), ", ".join(firing) or "none"))
    if len(rules) != n_rules_file:
        failures.append("Prometheus loaded %d rules, the rules file has %d" % (len(rules), n_rules_file))
    for x in bad:
        failures.append("rule %s is %s: %s" % (x.get("name"), x.get("health"), x.get("lastError")))

    print("==> duplicate rate: fed vs measured by Prometheus")
    by_outcome = {}
    r = query(base, 'sum by (outcome) (dedup_articles_total{job="article-dedup"})')
    for s in r.get("data", {}).get("result", []):
        by_outcome[s["metric"].get("outcome")] = int(float(s["value"][1]))
    measured = scalar(base, MEASURED_RATE)
    fed = expected["duplicate_rate"]
    print("  fed:      %s -> duplicate rate %.4f" % (json.dumps(expected["by_outcome"], sort_keys=True), fed))
    print("  measured: %s -> duplicate rate %s" % (json.dumps(by_outcome, sort_keys=True),
                                                  "none" if measured is None else "%.4f" % measured))
    print("  query:    %s" % MEASURED_RATE)
    if measured is None or abs(measured - fed) > args.tolerance:
        failures.append("duplicate rate measured %s, fed %.4f (tolerance %.3f)" % (measured, fed, args.tolerance))
    else:
        print("  within tolerance %.3f" % args.tolerance)
    invalid_fed = args.invalid
    if by_outcome.get("invalid", 0) != invalid_fed:
        failures.append("invalid outcome measured %s, fed %d malformed events" % (by_outcome.get("invalid"), invalid_fed))
    titles = {it["title"]: it["expr"] for it in extracted()}
    for title in (DASHBOARD_RATE_1H_TITLE,):
        v = scalar(base, titles[title])
        print("  dashboard %r: %s" % (title, "none" if v is None else "%.4f" % v))

    if args.chart:
        try:
            draw_chart(base, args, titles[DASHBOARD_RATE_1M_TITLE], fed, measured)
        except Exception as e:  # the chart is part of the check
            failures.append("chart: %s" % e)

    print("==> summary: %d expressions checked, %d with data, %d allow-listed without data, %d failures"
          % (n_checked, n_with_data, len(allowed), len(failures)))
    print("    duplicate rate fed %.4f, measured %s" % (fed, "none" if measured is None else "%.4f" % measured))
    for f in failures:
        print("    FAILED: %s" % f)
    return 1 if failures else 0


def query_range(base, expr, start, end, step):
    r = api(base, "/api/v1/query_range", {"query": expr, "start": "%.3f" % start, "end": "%.3f" % end, "step": step})
    if r.get("status") != "success":
        raise RuntimeError("query_range %s: %s" % (expr, r.get("error")))
    res = r["data"]["result"]
    if not res:
        return [], []
    pts = [(float(t), float(v)) for t, v in res[0]["values"]]
    return [t - start for t, _ in pts], [v for _, v in pts]


def draw_chart(base, args, dashboard_expr, fed, measured):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    end = time.time()
    start = args.start or end - 600
    cum_x, cum_y = query_range(base, MEASURED_RATE, start, end, "2s")
    dash_x, dash_y = query_range(base, dashboard_expr, start, end, "2s")
    thr_x, thr_y = query_range(base, 'sum(rate(dedup_articles_total{job="article-dedup"}[1m]))', start, end, "2s")
    if not cum_x:
        raise RuntimeError("no duplicate-rate points to draw")

    fig, ax = plt.subplots(figsize=(9, 4.2), dpi=100)
    ax.plot(dash_x, dash_y, color="#1f77b4", lw=1.6, label='dashboard "Duplicate rate (overall)": rate over 1m')
    ax.plot(cum_x, cum_y, color="#d62728", lw=1.6, label="since start: duplicates / valid articles")
    ax.axhline(fed, color="black", ls="--", lw=1, label="fed (samples' _expected): %.1f%%" % (100 * fed))
    ax.set_ylim(0, 1)
    ax.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    ax.set_xlabel("seconds since the demo was ready")
    ax.set_ylabel("duplicate rate")
    ax.grid(alpha=0.3)
    ax2 = ax.twinx()
    ax2.fill_between(thr_x, thr_y, color="#7f7f7f", alpha=0.15, lw=0)
    ax2.set_ylabel("articles / s (grey)")
    ax2.set_ylim(0, max(thr_y + [1]) * 2.5)
    ax.set_zorder(ax2.get_zorder() + 1)
    ax.patch.set_visible(False)
    ax.legend(loc="upper right", fontsize=8, framealpha=0.9)
    ax.set_title("article-dedup duplicate rate, measured by Prometheus (final: %s)"
                 % ("n/a" if measured is None else "%.1f%%" % (100 * measured)), fontsize=10)
    fig.tight_layout()
    os.makedirs(os.path.dirname(os.path.abspath(args.chart)), exist_ok=True)
    fig.savefig(args.chart, metadata={"Software": None})
    plt.close(fig)
    print("  chart: %s (%d points)" % (args.chart, len(cum_x)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("feed")
    f.add_argument("--samples", required=True)
    f.add_argument("--waves", type=int, default=5)
    f.add_argument("--out", required=True)
    w = sub.add_parser("wait")
    w.add_argument("--prometheus", required=True)
    w.add_argument("--total", type=int, required=True)
    w.add_argument("--timeout", type=float, default=180)
    c = sub.add_parser("check")
    c.add_argument("--prometheus", required=True)
    c.add_argument("--expected", required=True)
    c.add_argument("--chart")
    c.add_argument("--start", type=float)
    c.add_argument("--tolerance", type=float, default=0.02)
    c.add_argument("--invalid", type=int, default=0, help="malformed events fed (expected outcome=invalid)")
    args = ap.parse_args()
    return {"feed": cmd_feed, "wait": cmd_wait, "check": cmd_check}[args.cmd](args) or 0


if __name__ == "__main__":
    sys.exit(main())
