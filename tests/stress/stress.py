#!/usr/bin/env python3
"""Stress test of the zhfacts CLI (issue 5): linear cost on pathological inputs and constant memory on a 1 GiB
JSONL stream. Not a timing benchmark: it compares the CLI against itself (4x the input must cost < 8x the time)
and checks peak RSS of the child process.

usage: stress.py ZHFACTS_BINARY [--gib 1.0]
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time


def run(cli, args, stdin_path=None):
    """Runs the CLI, returns (seconds, peak RSS of that child in MiB, exit code)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.monotonic()
    with open(stdin_path or os.devnull, 'rb') as stdin:
        proc = subprocess.run([cli] + args, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seconds = time.monotonic() - t0
    # ru_maxrss of RUSAGE_CHILDREN is the max over all children so far: run the largest case last per check.
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0
    return seconds, rss if rss > before / 1024.0 else rss, proc.returncode, proc.stderr.decode('utf-8', 'replace')


def linear_case(cli, tmp, name, make, small, large):
    times = []
    for n in (small, large):
        path = os.path.join(tmp, f'{name}-{n}.txt')
        with open(path, 'wb') as f:
            f.write(make(n))
        best = min(run(cli, ['extract', '--format', 'jsonl', path])[0] for _ in range(2))
        times.append(best)
        os.remove(path)
    ratio = times[1] / max(times[0], 1e-3)
    ok = ratio < 2.0 * large / small
    print(f'{name}: {small} -> {large} units: {times[0]:.3f}s -> {times[1]:.3f}s (x{ratio:.1f}) {"ok" if ok else "NOT LINEAR"}')
    return ok


def memory_case(cli, tmp, gib, threads, limit_mib):
    path = os.path.join(tmp, 'big.jsonl')
    if not os.path.exists(path):
        # News-like density: a figure sentence among running prose (the measured seeds have about one figure
        # per 80 characters; this has one per 120).
        prose = ('园区坚持创新驱动发展战略,持续优化营商环境,推动产业链上下游协同发展,加快培育新质生产力。'
                 '相关负责人介绍,下一步将围绕主导产业精准招商,强化要素保障,推动重点项目早落地、早投产、早见效。')
        doc = (prose + '2023年,园区规上工业总产值253.63亿元,同比增长2.08%,固定资产投资约96亿元。\n' +
               prose + '智算中心建成500P算力,新增企业167家,今年１—５月营收近１４０亿元。\n') * 10
        line = (json.dumps({'id': 'x', 'text': doc, 'date': '2024-06-18'}, ensure_ascii=False) + '\n').encode()
        target = int(gib * (1 << 30))
        with open(path, 'wb') as f:
            block = line * max(1, (1 << 22) // len(line))
            written = 0
            while written < target:
                f.write(block)
                written += len(block)
    # Measure in a fresh Python child so ru_maxrss is this run's alone.
    code = ('import resource,subprocess,sys;'
            'p=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL);'
            'print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, p.returncode)')
    t0 = time.monotonic()
    out = subprocess.run([sys.executable, '-c', code, cli, 'extract', '--input-format', 'jsonl', '--threads',
                          str(threads), path], capture_output=True, text=True, check=True).stdout.split()
    seconds = time.monotonic() - t0
    rss_mib, rc = int(out[0]) / 1024.0, int(out[1])
    size_mb = os.path.getsize(path) / 1e6
    ok = rc == 0 and rss_mib < limit_mib
    print(f'memory: {size_mb:.0f} MB JSONL, {threads} thread(s): peak RSS {rss_mib:.1f} MiB (limit {limit_mib}), '
          f'{seconds:.1f}s ({size_mb / seconds:.0f} MB/s), exit {rc} {"ok" if ok else "FAILED"}')
    return ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('cli')
    ap.add_argument('--gib', type=float, default=1.0)
    args = ap.parse_args()
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        ok &= linear_case(args.cli, tmp, 'digit run', lambda n: b'1' * n + '亿元'.encode(), 2_500_000, 10_000_000)
        ok &= linear_case(args.cli, tmp, 'nested brackets',
                          lambda n: '（'.encode() * n + '产值5亿元'.encode() + '）'.encode() * n, 25_000, 100_000)
        ok &= linear_case(args.cli, tmp, 'line of 亿', lambda n: '亿'.encode() * n, 1_398_101, 5_592_405)
        ok &= linear_case(args.cli, tmp, 'figures without breaks',
                          lambda n: '产值253.63亿元,增长2.08%,'.encode() * n, 20_000, 80_000)
        # One sentence opened by a date, of changes, comparisons and time words (the linker's look-backs stay bounded).
        ok &= linear_case(args.cli, tmp, 'changes after a date',
                          lambda n: ('2024年，全年' + '产值由去年的253.63亿元增至今年的300亿元，比上年增加1亿元，增长2.08%，目前' * n)
                          .encode(), 5_000, 20_000)
        ok &= memory_case(args.cli, tmp, args.gib, 1, 64)
        ok &= memory_case(args.cli, tmp, args.gib, 2, 128)
    print('stress: all checks passed' if ok else 'stress: FAILED')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
