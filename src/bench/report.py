"""Turns the measurements of src/bench/run.sh into the Markdown report.

Usage: python3 report.py RESULTS_TSV META_FILE [SCENARIOS_TSV]

RESULTS_TSV has one line per wrk run: mode, server (app or nginx), page path, page bytes,
then the key=value pairs of the BENCH line that summary.lua prints. META_FILE holds
key=value lines about the run (date, commit, flags, startup times, peak RSS).
The targets are those of the production-grade issue; run.sh passes them in META_FILE.
SCENARIOS_TSV has one line per wrk run of the other scenarios (issue 15): scenario, label,
server, the BENCH pairs, then extra key=value pairs (hit ratio, RSS, edit checks). Their
targets are those of issue 15 (TARGETS below).
"""

import sys

LIST_PAGES = ("/case-studies", "/meetings")

# Issue 15's targets.
TARGETS = {
    "uncached_rps": 2000, "uncached_p99_ms": 60,
    "longtail_ratio_pct": 10, "longtail_p99_ms": 50,
    "edits_ratio_pct": 80, "edits_stale_ms": 1000,
    "search_p99_ms": 30, "admin_p95_ms": 100,
}


def read_meta(path):
    meta = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if "=" in line:
                key, value = line.split("=", 1)
                meta[key] = value
    return meta


def read_results(path):
    results = {}
    pages = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 5:
                continue
            mode, server, page, size = fields[0], fields[1], fields[2], int(fields[3])
            stats = dict(pair.split("=", 1) for pair in fields[4].split())
            stats = {k: int(v) for k, v in stats.items()}
            stats["rps"] = stats["requests"] / (stats["duration_us"] / 1e6) if stats["duration_us"] else 0.0
            stats["errors"] = sum(stats[k] for k in ("connect", "read", "write", "timeout", "status"))
            results[(mode, server, page)] = stats
            pages.setdefault(mode, [])
            if page not in pages[mode]:
                pages[mode].append(page)
            results[(mode, "bytes", page)] = size
    return results, pages


def mark(ok):
    return "✅" if ok else "❌"


def ms(us):
    return f"{us / 1000:.2f} ms"


def table(mode, results, pages, meta):
    min_ratio = float(meta["target_ratio_pct"])
    max_p99_us = float(meta["target_p99_ms"]) * 1000
    same_speed = float(meta["target_same_speed_pct"])
    compare = mode == "large" and any(key[0] == "seed" for key in results)
    head = ["Page", "Bytes", "App req/s", "App p50", "App p99", "App errors", "nginx req/s", "App ÷ nginx",
            f"≥ {min_ratio:g} % of nginx", f"p99 ≤ {meta['target_p99_ms']} ms", "0 errors"]
    if compare:
        head += ["Large ÷ seed (app req/s)"]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    failures = 0
    for page in pages[mode]:
        app = results[(mode, "app", page)]
        nginx = results.get((mode, "nginx", page))
        ratio = 100 * app["rps"] / nginx["rps"] if nginx and nginx["rps"] else 0.0
        checks = [ratio >= min_ratio, app["p99_us"] <= max_p99_us, app["errors"] == 0]
        failures += checks.count(False)
        row = [f"`{page}`", f"{results[(mode, 'bytes', page)]:,}", f"{app['rps']:,.0f}", ms(app["p50_us"]),
               ms(app["p99_us"]), f"{app['errors']:,}", f"{nginx['rps']:,.0f}" if nginx else "–", f"{ratio:.1f} %"]
        row += [mark(c) for c in checks]
        if compare:
            seed = results.get(("seed", "app", page))
            if seed and seed["rps"]:
                vs = 100 * app["rps"] / seed["rps"]
                cell = f"{vs:.0f} %"
                if page in LIST_PAGES:
                    ok = vs >= same_speed
                    failures += 0 if ok else 1
                    cell += " " + mark(ok)
                row.append(cell)
            else:
                row.append("–")
        lines.append("| " + " | ".join(row) + " |")
    return lines, failures


def read_scenarios(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 4:
                continue
            stats = {k: int(v) for k, v in (pair.split("=", 1) for pair in fields[3].split())}
            stats["rps"] = stats["requests"] / (stats["duration_us"] / 1e6) if stats["duration_us"] else 0.0
            stats["errors"] = sum(stats[k] for k in ("connect", "read", "write", "timeout", "status"))
            extra = dict(pair.split("=", 1) for pair in fields[4].split()) if len(fields) > 4 else {}
            rows.append({"scenario": fields[0], "label": fields[1], "server": fields[2], "stats": stats,
                         "extra": extra})
    return rows


def scenario_sections(rows, meta):
    """The Markdown of the long-tail, edits, page-cache-off, search and admin results."""
    out = []
    failures = 0

    def find(scenario, server="app"):
        return next((r for r in rows if r["scenario"] == scenario and r["server"] == server), None)

    def rss(row):
        return f"{int(row['extra']['rss_kb']) / 1024:.0f} MB" if "rss_kb" in row["extra"] else "–"

    longtail, nginx = find("longtail"), find("longtail", "nginx")
    if longtail:
        a = longtail["stats"]
        ratio = 100 * a["rps"] / nginx["stats"]["rps"] if nginx and nginx["stats"]["rps"] else 0.0
        checks = [ratio >= TARGETS["longtail_ratio_pct"], a["p99_us"] <= TARGETS["longtail_p99_ms"] * 1000,
                  a["errors"] == 0]
        failures += checks.count(False)
        out += [f"### Long tail ({meta.get('longtail_urls', '?')} addresses, {meta.get('longtail_searches', '?')} of "
                f"them searches; {meta.get('longtail_order', '')})", "",
                "| Server | req/s | p50 | p99 | Errors | Page cache hits | Peak RSS so far | "
                f"≥ {TARGETS['longtail_ratio_pct']} % of nginx | p99 ≤ {TARGETS['longtail_p99_ms']} ms | 0 errors |",
                "|---|---|---|---|---|---|---|---|---|---|",
                f"| app | {a['rps']:,.0f} | {ms(a['p50_us'])} | {ms(a['p99_us'])} | {a['errors']:,} | "
                f"{longtail['extra'].get('hit_ratio', '–')} % | {rss(longtail)} | {ratio:.1f} % {mark(checks[0])} | "
                f"{mark(checks[1])} | {mark(checks[2])} |"]
        if nginx:
            n = nginx["stats"]
            out.append(f"| nginx | {n['rps']:,.0f} | {ms(n['p50_us'])} | {ms(n['p99_us'])} | {n['errors']:,} | – | – | "
                       "– | – | – |")
        out.append("")
    edits = find("edits")
    if edits:
        e, x = edits["stats"], edits["extra"]
        base = longtail["stats"]["rps"] if longtail else 0.0
        ratio = 100 * e["rps"] / base if base else 0.0
        stale = int(x.get("stale", "0"))
        checks = [ratio >= TARGETS["edits_ratio_pct"], stale == 0, e["errors"] == 0]
        failures += checks.count(False)
        out += [f"### Edits under load ({edits['label']})", "",
                "| req/s | p50 | p99 | Errors | Page cache hits | Saves | Pages checked | Stale after 1 s | Slowest to show | "
                f"≥ {TARGETS['edits_ratio_pct']} % of the long tail without saves | 0 stale | 0 errors |",
                "|---|---|---|---|---|---|---|---|---|---|---|---|",
                f"| {e['rps']:,.0f} | {ms(e['p50_us'])} | {ms(e['p99_us'])} | {e['errors']:,} | "
                f"{x.get('hit_ratio', '–')} % | {x.get('saves', '–')} | {x.get('checks', '–')} | {stale} | "
                f"{x.get('slowest_ms', '–')} ms | {ratio:.0f} % {mark(checks[0])} | {mark(checks[1])} | {mark(checks[2])} |",
                ""]
    uncached = [r for r in rows if r["scenario"] == "uncached"]
    if uncached:
        out += ["### Page cache off (one page of each type, `PORTAL_CACHE_PAGES_MAX_SIZE=0`)", "",
                f"| Page | req/s | p50 | p99 | Errors | ≥ {TARGETS['uncached_rps']:,} req/s | "
                f"p99 ≤ {TARGETS['uncached_p99_ms']} ms | 0 errors |",
                "|---|---|---|---|---|---|---|---|"]
        for row in uncached:
            u = row["stats"]
            checks = [u["rps"] >= TARGETS["uncached_rps"], u["p99_us"] <= TARGETS["uncached_p99_ms"] * 1000,
                      u["errors"] == 0]
            failures += checks.count(False)
            out.append(f"| `{row['label']}` | {u['rps']:,.0f} | {ms(u['p50_us'])} | {ms(u['p99_us'])} | {u['errors']:,} | "
                       + " | ".join(mark(c) for c in checks) + " |")
        out.append("")
    for scenario, title, key, target in (("search", "Search", "p99_us", TARGETS["search_p99_ms"]),
                                         ("admin", "Admin, one editor", "p95_us", TARGETS["admin_p95_ms"])):
        row = find(scenario)
        if not row:
            continue
        r = row["stats"]
        checks = [r[key] <= target * 1000, r["errors"] == 0]
        failures += checks.count(False)
        name = key.split("_")[0]
        out += [f"### {title} ({row['label']})", "",
                f"| req/s | p50 | p95 | p99 | Errors | {name} ≤ {target} ms | 0 errors |",
                "|---|---|---|---|---|---|---|",
                f"| {r['rps']:,.0f} | {ms(r['p50_us'])} | {ms(r.get('p95_us', 0))} | {ms(r['p99_us'])} | {r['errors']:,} | "
                + " | ".join(mark(c) for c in checks) + " |", ""]
    return out, failures


def main():
    results, pages = read_results(sys.argv[1])
    meta = read_meta(sys.argv[2])
    scenario_rows = read_scenarios(sys.argv[3]) if len(sys.argv) > 3 else []
    names = {"seed": "Seed only", "large": "Large data set"}
    out = [f"## Benchmark, {meta['date']}", ""]
    total_failures = 0
    for mode in ("seed", "large"):
        if mode not in pages:
            continue
        lines, failures = table(mode, results, pages, meta)
        total_failures += failures
        startup_s = int(meta[f"startup_ms_{mode}"]) / 1000
        all_starts = meta.get(f"startup_all_ms_{mode}", "").split()
        rss_mb = int(meta[f"peak_rss_kb_{mode}"]) / 1024
        startup_rss_mb = int(meta[f"startup_rss_kb_{mode}"]) / 1024
        startup_ok = startup_s <= float(meta["target_startup_s"])
        rss_ok = rss_mb <= float(meta["target_rss_mb"])
        total_failures += (not startup_ok) + (not rss_ok)
        out += [f"### {names[mode]} ({meta[f'data_{mode}']})", ""]
        out += lines
        out += ["",
                f"- Startup to first page (`java -jar` to the first 200 from `/`): **{startup_s:.2f} s** "
                f"(target ≤ {meta['target_startup_s']} s) {mark(startup_ok)}"
                + (f"; median of {len(all_starts)} starts: "
                   + ", ".join(f"{int(ms) / 1000:.2f}" for ms in all_starts) + " s"
                   if len(all_starts) > 1 else ""),
                f"- Peak RSS (VmHWM) after the load: **{rss_mb:.0f} MB** (target ≤ {meta['target_rss_mb']} MB) "
                f"{mark(rss_ok)}; at the first page: {startup_rss_mb:.0f} MB",
                ""]
    if scenario_rows:
        lines, failures = scenario_sections(scenario_rows, meta)
        total_failures += failures
        out += lines
    if "large_load_ms" in meta:
        out += [f"- Large data set (scale {meta.get('scale', '?')}) generated in "
                f"{int(meta['large_load_ms']) / 1000:.0f} s (target < 120 s)", ""]
    same = f"; large-data list pages (`{'`, `'.join(LIST_PAGES)}`) ≥ {meta['target_same_speed_pct']} % of seed-only req/s"
    out += [
        f"- Load: `wrk -t{meta['threads']} -c{meta['connections']} -d{meta['duration']}s` per page on 127.0.0.1, "
        f"app and nginx in turn page by page, after a discarded warm-up pass of {meta['warmup']} s per page on the app"
        + ("; requests carry `Accept-Encoding: gzip` as browsers' do, so the pages (and nginx's copies) are sent "
           "compressed and Bytes is the compressed size" if meta.get("encoding") == "gzip" else
           "; requests carry no `Accept-Encoding`, so the pages are sent uncompressed"),
        "- Errors: socket errors (connect, read, write) plus responses with status ≥ 400 plus responses slower "
        f"than {meta['timeout']} s (wrk's timeouts, which its percentiles leave out); every page was checked "
        "to answer 200 before the load",
        f"- Targets: app ≥ {meta['target_ratio_pct']} % of nginx's req/s, p99 ≤ {meta['target_p99_ms']} ms, "
        f"0 errors, startup ≤ {meta['target_startup_s']} s, peak RSS ≤ {meta['target_rss_mb']} MB"
        + (same if "seed" in pages and "large" in pages else ""),
        f"- App started with `{meta['java_command']}` ({meta['java_version']})",
        f"- First start on the empty database (Flyway migrations, not a target): {int(meta['first_start_ms']) / 1000:.2f} s"
        + (f"; class data sharing training run (part of deploying, not a target): {int(meta['cds_training_ms']) / 1000:.2f} s"
           if "cds_training_ms" in meta else ""),
        f"- Commit `{meta['commit']}`, {meta['date']}; {meta['cpus']} CPUs, load average {meta['loadavg']} before the run "
        f"and {meta['loadavg_end']} at its end (which includes the benchmark's own load); {meta['postgres_version']}; {meta['nginx_version']}; {meta['wrk_version']}",
    ]
    if float(meta["loadavg"].split()[0]) > float(meta["cpus"]):
        out += ["- ⚠️ The machine was busy before the run (load average above its CPU count): if other work "
                "went on sharing the CPUs, these numbers understate the app and nginx alike"]
    out += [
        "",
        f"Targets missed: {total_failures}" if total_failures else "All targets met.",
    ]
    print("\n".join(out))


if __name__ == "__main__":
    main()
