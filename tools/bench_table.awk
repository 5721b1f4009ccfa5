#!/usr/bin/awk -f
# The table ./dev bench prints at the end (docs/architecture.md#benchmarks): every line
#   BENCH<TAB>engine<TAB>workload<TAB>ours_ms<TAB>peer_ms or -<TAB>goal
# of the benchmarks' output, one row each, with the ratio ours / peer and whether the goal is met.
# Goals it understands: "within N x" (the ratio at most N), "under N ms" (ours under N ms);
# another goal is shown as it is, met "?". Two workloads of one engine named alike but for
# "1M" and "10M" give a growth row too: 10M's time over 1M's, ours and the peer's; an import's goal is
# linear (at most 11x), anything else's flat (at most 1.5x), and a workload without a goal has none.
# Usage: awk -f tools/bench_table.awk bench.log
BEGIN { FS = "\t" }
$1 == "BENCH" && NF >= 6 {
    n++
    engine[n] = $2; workload[n] = $3; ours[n] = $4; peer[n] = $5; goal[n] = $6
    key[$2 SUBSEP $3] = n
}
function fmt(ms) { return ms == "-" || ms == "" ? "-" : sprintf("%.0f ms", ms) }
function row(e, w, o, p, r, g, m) {
    printf "%-10s  %-56s  %11s  %11s  %7s  %-22s  %s\n", e, w, o, p, r, g, m
}
END {
    if (n == 0) { print "no BENCH lines"; exit 1 }
    row("engine", "workload", "ours", "peer", "ratio", "goal", "met")
    missed = 0
    for (i = 1; i <= n; i++) {
        ratio = "-"
        if (peer[i] != "-" && peer[i] + 0 > 0)
            ratio = sprintf("%.2f", ours[i] / peer[i])
        met = "?"
        g = goal[i]
        if (match(g, /within [0-9.]+ ?x/)) {
            limit = substr(g, RSTART + 7, RLENGTH - 7); sub(/ ?x$/, "", limit)
            met = ratio == "-" ? "?" : (ratio + 0 <= limit + 0 ? "yes" : "NO")
        } else if (match(g, /under [0-9.]+ ?ms/)) {
            limit = substr(g, RSTART + 6, RLENGTH - 6); sub(/ ?ms$/, "", limit)
            met = ours[i] + 0 < limit + 0 ? "yes" : "NO"
        } else if (g == "-" || g == "") {
            met = "-"
        }
        if (met == "NO") missed++
        row(engine[i], workload[i], fmt(ours[i]), fmt(peer[i]), ratio, g, met)
    }
    # Growth from 1M to 10M rows, where both were measured.
    for (i = 1; i <= n; i++) {
        w = workload[i]
        if (w !~ /(^|[^0-9])1M( |$)/) continue
        big = w; sub(/1M/, "10M", big)
        j = key[engine[i] SUBSEP big]
        if (!j || ours[i] + 0 <= 0) continue
        growth = ours[j] / ours[i]
        peerGrowth = peer[i] + 0 > 0 && peer[j] + 0 > 0 ? sprintf("%.2fx", peer[j] / peer[i]) : "-"
        linear = w ~ /import/
        limit = linear ? 11 : 1.5
        g = linear ? "linear (at most 11x)" : "flat (at most 1.5x)"
        met = growth <= limit ? "yes" : "NO"
        if (goal[i] == "-") g = met = "-" # a figure beside ours (a peer's own load): no goal of ours
        if (met == "NO") missed++
        name = w; sub(/1M/, "1M->10M", name)
        row(engine[i], "growth " name, sprintf("%.2fx", growth), peerGrowth, "-", g, met)
    }
    printf "%d rows, %d goals missed\n", n, missed
}
