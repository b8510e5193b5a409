"""Turns the measurements of src/bench/run.sh into the Markdown report.

Usage: python3 report.py RESULTS_TSV META_FILE

RESULTS_TSV has one line per wrk run: mode, server (app or nginx), page path, page bytes,
then the key=value pairs of the BENCH line that summary.lua prints. META_FILE holds
key=value lines about the run (date, commit, flags, startup times, peak RSS).
The targets are those of the production-grade issue; run.sh passes them in META_FILE.
"""

import sys

LIST_PAGES = ("/case-studies", "/meetings")


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


def main():
    results, pages = read_results(sys.argv[1])
    meta = read_meta(sys.argv[2])
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
