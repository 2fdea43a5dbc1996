#!/usr/bin/env python3
"""Benchmark ``lossledger.readers``: pages/s for HTML files and WARC archives, lines/s for JSON Lines, and
peak memory at two sizes to show that reading streams.

Inputs are generated here, from our own text: news pages with menu, related links, comments and date
metadata, each page different (its figures and a paragraph change with the page number) so that the
duplicate check never short-cuts the work. The WARC interleaves request records and an image per page,
as a crawler writes them, and is gzip-compressed per record.

Each measurement runs in a fresh child process, so that ``ru_maxrss`` (the peak resident memory of the
process) belongs to that run alone. The WARC is read at two sizes (``--pages`` / 10 and ``--pages``):
peak memory must not grow with the archive. The only state that grows is the duplicate table (a 16-byte
digest and the first id per distinct text, roughly 70-200 bytes per document) and the list of skipped
items (capped at ``ReadStats.max_listed``).

    .venv/bin/python benchmarks/bench_readers.py [--pages 20000] [--jsonl-lines 200000] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PARAGRAPHS = (
    "Ukraine's General Staff said on {weekday} that Russia had lost {tanks:,} tanks since the invasion "
    "began, as fighting continued around Bakhmut and in the south of the country.",
    "According to the General Staff, Russian forces have also lost about {troops:,} troops, {afv:,} "
    "armoured combat vehicles and {artillery:,} artillery systems. The figures could not be verified.",
    "The air force said it shot down {drones} Russian drones overnight. Repair crews in report {n} worked "
    "to restore power while residents queued for water in the central square.",
    "Officials said the next update would follow in the morning, as it has every day since February.",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def page_values(n: int) -> dict[str, object]:
    """The figures of page ``n``: every page differs, so no duplicate check short-cuts the work."""
    return {"weekday": WEEKDAYS[n % 7], "tanks": 2000 + n, "troops": 60_000 + 7 * n, "afv": 4000 + n,
            "artillery": 1500 + n // 2, "drones": 5 + n % 30, "n": n}


def page_html(n: int) -> bytes:
    values = page_values(n)
    body = "".join(f"<p>{p.format(**values)}</p>" for p in PARAGRAPHS)
    day = 1 + n % 28
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>Update {n}: Russia has lost {values['tanks']:,} tanks</title>"
        f'<link rel="canonical" href="https://news.example.org/war/update-{n}">'
        f'<meta property="article:published_time" content="2022-11-{day:02d}T09:00:00Z">'
        '</head><body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>'
        '<li><a href="/sport">Sport</a></li></ul></nav></header>'
        f'<main><article><h1>Update {n}</h1><div class="story">{body}</div></article></main>'
        '<aside class="related"><h3>Related</h3><ul><li><a href="/a">500 soldiers killed in a day</a></li>'
        '</ul></aside><section class="comments"><div class="comment"><p>100,000 tanks, surely</p></div>'
        "</section><footer>Copyright 2022 Example News</footer></body></html>"
    ).encode()


def write_warc(path: Path, pages: int) -> None:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for n in range(pages):
            uri = f"https://news.example.org/war/update-{n}"
            request = StatusAndHeaders(f"GET /war/update-{n} HTTP/1.1", [("Host", "news.example.org")],
                                       is_http_request=True)
            writer.write_record(writer.create_warc_record(uri, "request", payload=io.BytesIO(b""),
                                                          http_headers=request))
            response = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                        protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(page_html(n)),
                                                          http_headers=response))
            image = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"{uri}.jpg", "response",
                                                          payload=io.BytesIO(b"\xff\xd8\xff" + bytes(2000)),
                                                          http_headers=image))


def write_html_dir(folder: Path, pages: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(pages):
        (folder / f"page{n:06d}.html").write_bytes(page_html(n))


def write_jsonl(path: Path, lines: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for n in range(lines):
            text = "\n\n".join(p.format(**page_values(n)) for p in PARAGRAPHS)
            handle.write(json.dumps({"id": f"j{n}", "text": text, "published": "2022-11-13"}) + "\n")


def child(path: str) -> None:
    """Read ``path`` in this process and print one JSON line of figures."""
    from lossledger.readers import ReadStats, iter_documents

    stats = ReadStats()
    started = time.perf_counter()
    cpu_started = time.process_time()
    characters = 0
    for item in iter_documents([path], stats=stats):
        characters += len(getattr(item, "text", ""))
    elapsed = time.perf_counter() - started
    print(json.dumps({
        "documents": stats.documents, "errors": stats.error_count, "skipped": sum(stats.skipped.values()),
        "duplicates": stats.duplicates, "seconds": elapsed, "cpu_seconds": time.process_time() - cpu_started,
        "characters": characters, "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "end_rss_mb": current_rss_mb(),
    }))


def current_rss_mb() -> float:
    """Resident memory now (Linux), which unlike the peak is not hidden under the model-loading spike."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def measure(path: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--child", str(path)], check=True, capture_output=True,
                         text=True)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def report(label: str, size_bytes: int, result: dict[str, float], unit: str = "pages") -> None:
    rate = result["documents"] / result["seconds"]
    print(f"{label:<24} {int(result['documents']):>7} {unit} in {result['seconds']:7.1f} s "
          f"= {rate:8.1f} {unit}/s ({size_bytes / 1e6:6.1f} MB input, {result['skipped']:.0f} skipped, "
          f"{result['errors']:.0f} errors, RSS peak {result['max_rss_mb']:.0f} MB, "
          f"at end {result['end_rss_mb']:.0f} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=20_000, help="HTML responses in the large WARC")
    parser.add_argument("--html-files", type=int, default=2_000, help="HTML files read from a directory")
    parser.add_argument("--jsonl-lines", type=int, default=200_000, help="records in the JSON Lines file")
    parser.add_argument("--workdir", type=Path, default=None, help="folder for the inputs (default: temp)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    with tempfile.TemporaryDirectory(dir=args.workdir) as folder:
        work = Path(folder)
        small, large = work / "small.warc.gz", work / "large.warc.gz"
        started = time.perf_counter()
        write_warc(small, max(1, args.pages // 10))
        write_warc(large, args.pages)
        write_html_dir(work / "html", args.html_files)
        write_jsonl(work / "news.jsonl", args.jsonl_lines)
        print(f"inputs written in {time.perf_counter() - started:.1f} s")
        html_bytes = sum(p.stat().st_size for p in (work / "html").iterdir())
        report("HTML files (directory)", html_bytes, measure(work / "html"))
        small_result = measure(small)
        report("WARC, small", small.stat().st_size, small_result)
        large_result = measure(large)
        report("WARC, large", large.stat().st_size, large_result)
        jsonl = work / "news.jsonl"
        report("JSON Lines", jsonl.stat().st_size, measure(jsonl), unit="lines")
        peak_growth = large_result["max_rss_mb"] - small_result["max_rss_mb"]
        end_growth = large_result["end_rss_mb"] - small_result["end_rss_mb"]
        print(f"large WARC minus small WARC ({args.pages} vs {max(1, args.pages // 10)} pages): "
              f"RSS peak {peak_growth:+.1f} MB, RSS at end {end_growth:+.1f} MB")


if __name__ == "__main__":
    main()
