#!/usr/bin/env python3
"""Run skillgap over the labelled dev resumes and score its career history with the labels' scorer.

Usage: scripts/eval-careers.py [--binary PATH] [--shared DIR] [--out pred.jsonl] [--quiet]

Each resume is analysed with `--as-of` set to the month its label counts "present" as, so the years
are comparable. Writes one JSON object per resume (experienceYears, roles, degree, family ranking) in
the form ../shared/eval/score_careers.py reads, then runs that scorer.
"""
import argparse
import csv
import json
import os
import subprocess
import sys

DEGREE_ORDER = ["none", "associate", "bachelor", "master", "doctorate"]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(here, "..", ".build", "debug", "skillgap"))
    parser.add_argument("--shared", default=os.path.join(here, "..", "..", "shared"))
    parser.add_argument("--out", default="/tmp/skillgap-careers.jsonl")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()

    labels = os.path.join(args.shared, "eval", "dev-profiles.tsv")
    with open(labels, newline="") as handle:
        profiles = list(csv.DictReader(handle, delimiter="\t"))
    judgments = []
    with open(args.out, "w") as out:
        for profile in profiles:
            name = profile["resume"]
            path = None
            for folder in ("pdf-data", "pdf"):
                candidate = os.path.join(args.shared, "corpus", folder, name + ".pdf")
                if os.path.exists(candidate):
                    path = candidate
            if path is None:
                print(f"eval-careers: no PDF for {name}", file=sys.stderr)
                continue
            run = subprocess.run(
                [args.binary, "analyse", path, "--format", "json", "--top", "3",
                 "--as-of", profile["present_as_of"]],
                capture_output=True, text=True)
            if run.returncode != 0:
                print(f"eval-careers: {name}: {run.stderr.strip()}", file=sys.stderr)
                continue
            report = json.loads(run.stdout)
            candidate = report.get("candidate", {})
            degrees = [e.get("degree", "none") for e in candidate.get("education", [])
                       if e.get("status") != "incomplete"]
            degree = max(degrees, key=DEGREE_ORDER.index, default="none")
            roles = [{"title": r.get("title", ""), "start": r.get("start"), "end": r.get("end")}
                     for r in candidate.get("history", {}).get("roles", [])]
            families = [m["role"]["family"] for m in report.get("matches", [])]
            best = report["matches"][0]["score"] if report.get("matches") else 0
            held = {}
            for role in candidate.get("history", {}).get("roles", []):
                held[role["family"]] = held.get(role["family"], 0) + role["months"] * role["weight"] / 12
            own = None
            label = profile["role_family"]
            if held.get(label, 0) >= 3:
                mine = subprocess.run(
                    [args.binary, "analyse", path, "--format", "json", "--role", label,
                     "--as-of", profile["present_as_of"]], capture_output=True, text=True)
                if mine.returncode == 0:
                    own = json.loads(mine.stdout)["matches"][0]["score"]
            judgments.append((name, label, best, own, held.get(label, 0)))
            out.write(json.dumps({
                "resume": name, "experienceYears": candidate.get("experienceYears", 0),
                "roles": roles, "degree": degree, "family": families}) + "\n")
    # The judgment targets: a person's score against their own family when they have held it
    # three years or more, and the best scores of resumes outside data and ML against theirs.
    own = sorted(j[3] for j in judgments if j[3] is not None)
    data_best = sorted(j[2] for j in judgments if j[1] != "other")
    other_best = [j[2] for j in judgments if j[1] == "other"]
    if own:
        print(f"own-family score (3+ years in it, {len(own)} resumes): median "
              f"{own[len(own) // 2]:.1f}, lowest {own[0]:.1f}")
    if data_best:
        median = data_best[len(data_best) // 2]
        below = sum(1 for score in other_best if score < median)
        print(f"best score: data resumes median {median:.1f}; other resumes below it: "
              f"{below}/{len(other_best)}")
    scorer = os.path.join(args.shared, "eval", "score_careers.py")
    command = [sys.executable, scorer, args.out] + (["--quiet"] if args.quiet else [])
    sys.exit(subprocess.run(command).returncode)


if __name__ == "__main__":
    main()
