#!/usr/bin/env python3
"""Print every PromQL expression of the Grafana dashboard and the alert rules.

One JSON object per line: {"file": ..., "title": ..., "expr": ...}, with the
Grafana variables replaced by values that make a query valid against a plain
Prometheus: $instance_id and $source -> .* (they are only used in =~
matchers), $__rate_interval and $__interval -> 1m, ${datasource} left alone
(it is not part of a query). Dashboard variable queries of the form
label_values(SELECTOR, label) are emitted as SELECTOR.

Standard library only (the rules YAML is read with a small line parser that
understands the layout of our rules file: `- alert:`/`- record:` followed by
`expr:` either inline or as a `|`/`>` block scalar).

Usage: python3 ops/extract_promql.py [--root DIR]
"""
import argparse
import json
import os
import re
import sys

DASHBOARDS = ["ops/grafana/dashboards/article-dedup.json"]
RULES = ["ops/prometheus/rules/article-dedup-rules.yml", "ops/prometheus/k8s-rules/article-dedup-k8s-rules.yml"]

SUBSTITUTIONS = [
    (re.compile(r"\$\{?instance_id(?::[a-z]+)?\}?"), ".*"),
    (re.compile(r"\$\{?source(?::[a-z]+)?\}?"), ".*"),
    (re.compile(r"\$\{?__rate_interval\}?"), "1m"),
    (re.compile(r"\$\{?__interval\}?"), "1m"),
]
LABEL_VALUES = re.compile(r"^\s*label_values\((.*),\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)\s*$", re.S)


def substitute(expr):
    for pattern, value in SUBSTITUTIONS:
        expr = pattern.sub(value, expr)
    leftover = re.findall(r"\$\{?[A-Za-z_][A-Za-z0-9_]*", expr)
    if leftover:
        raise SystemExit("unsubstituted Grafana variable(s) %s in: %s" % (leftover, expr))
    return expr


def walk_panels(panels, row=""):
    """Yield (title, expr); titles are prefixed with their row ("Row / Panel [A]")."""
    for panel in panels:
        if panel.get("type") == "row":
            row = panel.get("title", "")
            # a collapsed row keeps its panels inside
            yield from walk_panels(panel.get("panels", []) or [], row)
            continue
        title = panel.get("title", "")
        if row:
            title = row + " / " + title
        for target in panel.get("targets", []) or []:
            expr = target.get("expr")
            if expr:
                yield "%s [%s]" % (title, target.get("refId", "?")), expr


def dashboard_exprs(path):
    with open(path, encoding="utf-8") as f:
        dash = json.load(f)
    for var in dash.get("templating", {}).get("list", []):
        if var.get("type") != "query":
            continue
        query = var.get("query")
        if isinstance(query, dict):
            query = query.get("query")
        if not query:
            continue
        m = LABEL_VALUES.match(query)
        yield "variable $%s" % var.get("name"), (m.group(1) if m else query)
    yield from walk_panels(dash.get("panels", []))


def rules_exprs(path):
    """Minimal reader for our rules file layout (no PyYAML needed)."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    name = None
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r"^\s*-\s+(alert|record):\s*(.+?)\s*$", line)
        if m:
            name = "%s %s" % (m.group(1), m.group(2).strip("'\""))
        m = re.match(r"^(\s*)(?:-\s+)?expr:\s*(.*?)\s*$", line)
        if m:
            indent, value = len(m.group(1)), m.group(2)
            if value[:1] in ("|", ">"):
                block = []
                i += 1
                while i < len(lines) and (not lines[i].strip() or len(lines[i]) - len(lines[i].lstrip()) > indent):
                    block.append(lines[i])
                    i += 1
                nonblank = [b for b in block if b.strip()]
                cut = min(len(b) - len(b.lstrip()) for b in nonblank) if nonblank else 0
                sep = "\n" if value[0] == "|" else " "
                expr = sep.join(b[cut:] for b in block).strip()
                yield name or "?", expr
                continue
            if value[:1] in ("'", '"'):
                value = json.loads(value) if value[0] == '"' else value[1:-1].replace("''", "'")
            yield name or "?", value
        i += 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    args = ap.parse_args()
    count = 0
    for rel in DASHBOARDS:
        for title, expr in dashboard_exprs(os.path.join(args.root, rel)):
            print(json.dumps({"file": rel, "title": title, "expr": substitute(expr)}))
            count += 1
    for rel in RULES:
        for title, expr in rules_exprs(os.path.join(args.root, rel)):
            print(json.dumps({"file": rel, "title": title, "expr": substitute(expr)}))
            count += 1
    if count == 0:
        sys.exit("no expressions found")


if __name__ == "__main__":
    main()
