#!/usr/bin/python3
"""Unit tests of the gold-set evaluator (matching, scores, attribute checks, OCR damage map, thresholds).

    python3 tests/gold/evaluate_test.py

Needs neither the CLI nor ../shared: every case is synthetic (texts written for this test).
"""
import os
import random
import re
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import evaluate  # noqa: E402


def fact(type_, start, end, value="1", **kw):
    f = {"type": type_, "text": "x" * (end - start), "span": {"start": start, "end": end}, "value": value,
         "unit": None, "qualifier": "exact", "metric": None, "period": None, "direction": None, "basis": None}
    f.update(kw)
    return f


def fold(s):
    """Undoes the damage: full-width back to ASCII, letters read for digits back to digits, inserted whitespace
    removed. (The test texts have no Latin O or l of their own.)"""
    back = {v: k for k, v in evaluate.FULL_WIDTH.items()}
    back.update({"O": "0", "l": "1"})
    return "".join(back.get(c, c) for c in s if not c.isspace())


class MatchTest(unittest.TestCase):
    def test_greedy_one_to_one_by_overlap(self):
        # (gold spans, predicted spans, expected pairs)
        cases = [
            ([(0, 5)], [(0, 5)], [(0, 0)]),
            ([(0, 5)], [(1, 3), (0, 4)], [(0, 1)]),                    # the larger overlap wins
            ([(0, 4)], [(2, 6), (0, 2)], [(0, 1)]),                    # equal overlap: the closer start wins
            ([(0, 4), (4, 8)], [(2, 6)], [(0, 0)]),                    # one prediction, one gold
            ([(0, 4), (4, 8)], [(0, 8)], [(0, 0)]),
            ([(0, 4)], [(4, 8)], []),                                  # touching is not overlapping
            ([(0, 3), (3, 6)], [(0, 3), (3, 6)], [(0, 0), (1, 1)]),
        ]
        for gold, pred, want in cases:
            with self.subTest(gold=gold, pred=pred):
                g = [fact("money", s, e) for s, e in gold]
                p = [fact("money", s, e) for s, e in pred]
                self.assertEqual(sorted(evaluate.match(g, p)), want)

    def test_type_must_agree(self):
        self.assertEqual(evaluate.match([fact("money", 0, 5)], [fact("output_value", 0, 5)]), [])


class ScoreTest(unittest.TestCase):
    def test_precision_recall_f1(self):
        docs = [{"id": "a", "facts": [fact("money", 0, 5, "100"), fact("date", 10, 15, "2023"),
                                      fact("quantity", 20, 23, "7", unit="家")]}]
        pred = {"a": {"records": [fact("money", 0, 5, "100"), fact("date", 10, 14, "2024"),
                                  fact("percentage", 30, 33)]}}
        summary, misses, fps, wrong = evaluate.evaluate(docs, pred)
        self.assertEqual(summary["overall"]["tp"], 2)
        self.assertAlmostEqual(summary["overall"]["precision"], 0.6667, places=4)
        self.assertAlmostEqual(summary["overall"]["recall"], 0.6667, places=4)
        self.assertEqual(summary["per_type"]["quantity"]["recall"], 0.0)
        self.assertEqual(summary["per_type"]["percentage"]["precision"], 0.0)
        self.assertEqual([g["type"] for _, g in misses], ["quantity"])
        self.assertEqual([p["type"] for _, p in fps], ["percentage"])
        self.assertEqual(summary["matched"]["value"], {"n": 2, "ok": 1, "accuracy": 0.5})
        self.assertEqual(summary["matched"]["exact_span"]["ok"], 1)
        self.assertEqual(wrong[0][3], ["value"])

    def test_empty_sets_score_one(self):
        summary, _, _, _ = evaluate.evaluate([{"id": "a", "facts": []}], {"a": {"records": []}})
        self.assertEqual(summary["overall"]["f1"], 1.0)


class AttributeTest(unittest.TestCase):
    def test_values(self):
        cases = [
            (fact("money", 0, 1, "25363000000"), {"value": "25363000000"}, True),
            (fact("money", 0, 1, "25363000000"), {"value": 25363000000.0}, True),
            (fact("money", 0, 1, "25363000000"), {"value": "2536300000"}, False),
            (fact("percentage", 0, 1, "66.66666666666667"), {"value": "66.666666666666666667"}, True),
            (fact("percentage", 0, 1, "66.6667"), {"value": "66.7"}, False),
            (fact("quantity", 0, 1, None, value_min="300", value_max="600"), {"value_min": 300, "value_max": 600},
             True),
            (fact("quantity", 0, 1, None, value_min="300", value_max="600"), {"value": "600"}, False),
            (fact("date", 0, 1, "2023-11"), {"value": "2023-11"}, True),
            (fact("date", 0, 1, "2023-11"), {"value": "2023"}, False),
            (fact("money", 0, 1, "0"), {"value": None}, False),
        ]
        for g, p, want in cases:
            with self.subTest(gold=g["value"], pred=p):
                self.assertEqual(evaluate.value_ok(g, p), want)

    def test_metric_containment(self):
        cases = [
            ("规上工业总产值", "规上工业总产值", True),
            ("规上工业总产值", "全区规上工业总产值", True),
            ("先进计算产业产值", "产业产值", True),
            ("规上工业总产值", "规上 工业\n总产值", True),
            ("固定资产投资", "总产值", False),
            ("固定资产投资", None, False),
            ("固定资产投资", "", False),
        ]
        for g, p, want in cases:
            with self.subTest(gold=g, pred=p):
                self.assertEqual(evaluate.metric_ok(fact("money", 0, 1, metric=g), {"metric": p}), want)

    def test_relative_dates(self):
        cases = [("今年", True), ("去年9月", True), ("5月12日", True), ("6年前", True), ("2023年", False),
                 ("2023年11月", False), ("二〇二四年", False), ("２０２４年", False), ("至2027年", False)]
        for text, want in cases:
            with self.subTest(text=text):
                self.assertEqual(evaluate.relative_date(fact("date", 0, 1, text=text)), want)
        self.assertFalse(evaluate.relative_date(fact("money", 0, 1, text="百亿元")))

    def test_traditional_alternatives(self):
        g = fact("quantity", 0, 1, unit="个", metric="产值", _unit_alt="個", _metric_alt="產值")
        self.assertTrue(evaluate.unit_ok(g, {"unit": "個"}))
        self.assertTrue(evaluate.unit_ok(g, {"unit": "个"}))
        self.assertFalse(evaluate.unit_ok(g, {"unit": "家"}))
        self.assertTrue(evaluate.metric_ok(g, {"metric": "總產值"}))


class DamageTest(unittest.TestCase):
    TEXT = ("2023年,全区规上工业总产值253.63亿元,同比增长2.08%。\n\n今年1—5月,园区新签约项目27个,"
            "总投资额超260亿元;算力规模达到1500P(约1.5EFLOPS)。")

    def test_map_points_at_each_original_character(self):
        for seed in range(200):
            text, pos = evaluate.damage(self.TEXT, random.Random(seed))
            self.assertEqual(len(pos), len(self.TEXT) + 1)
            self.assertEqual(pos[-1], len(text))
            for i, c in enumerate(self.TEXT):
                self.assertIn(c, (text[pos[i]], fold(text[pos[i]])))  # EFLOPS keeps its own O
                self.assertTrue(text[pos[i] + 1:pos[i + 1]].isspace() or pos[i + 1] == pos[i] + 1)

    def test_digit_runs_are_split_only_by_one_space_in_prose(self):
        back = {v: k for k, v in evaluate.FULL_WIDTH.items()}
        back.update({"O": "0", "l": "1"})
        spaced = lettered = 0
        for seed in range(200):
            text, _ = evaluate.damage(self.TEXT, random.Random(seed))
            narrow = "".join(back.get(c, c) for c in text)
            # No line break inside a number; a single space only in one that follows a Chinese character (not in
            # 1.5 after "(约" — 约 is Chinese, so that one may be spaced too; 2023 starts the text).
            self.assertNotRegex(narrow, r"[0-9.]\s*\n\s*[0-9.]")
            self.assertIn("2023", narrow)
            for number in ("253.63", "2.08", "1500", "260", "1.5"):
                self.assertRegex(narrow, r" ?".join(re.escape(ch) for ch in number))
            spaced += bool(re.search(r"[0-9.] [0-9.]", narrow))
            lettered += bool(re.search(r"[0-9][Ol][0-9]", text))
            for run in re.findall(r"[0-9０-９.．]+", text):  # a number is full-width throughout or not at all
                self.assertIn(run, (run.translate(evaluate.WIDEN), "".join(back.get(c, c) for c in run)))
        self.assertGreater(spaced, 0)    # the damage does happen
        self.assertGreater(lettered, 0)

    def test_gold_spans_follow_the_damage(self):
        start = self.TEXT.index("253.63亿元")
        doc = {"id": "t", "_text": self.TEXT, "facts": [fact("output_value", start, start + 8, "25363000000")]}
        damaged_any = False
        for seed in range(50):
            (d,) = evaluate.damaged_docs([doc], seed)
            f = d["facts"][0]
            self.assertEqual(d["_text"][f["span"]["start"]:f["span"]["end"]], f["text"])
            self.assertEqual(fold(f["text"]), "253.63亿元")
            damaged_any = damaged_any or f["text"] != "253.63亿元"
        self.assertTrue(damaged_any)


class ThresholdTest(unittest.TestCase):
    SUMMARY = {"per_type": {"date": {"f1": 0.5}}, "overall": {"f1": 0.8, "precision": 0.9, "recall": 0.7},
               "matched": {"metric": {"accuracy": 0.95}, "period": {"accuracy": None}}}

    def test_keys(self):
        s = {"clean": self.SUMMARY, "ocr": self.SUMMARY}
        cases = [
            ("", 0),
            ("f1=0.8", 0),
            ("f1=0.81", 1),
            ("precision=0.9,recall=0.75", 1),
            ("f1.date=0.5,metric=0.9", 0),
            ("ocr.f1.date=0.6", 1),
            ("ocr.metric=0.96", 1),
            ("period=0.1", 1),                  # no figure to judge counts as a failure
            ("traditional.f1=0.1", 1),          # that run did not happen
        ]
        for spec, failures in cases:
            with self.subTest(spec=spec):
                self.assertEqual(len(evaluate.check_thresholds(evaluate.parse_thresholds(spec), s)), failures)

    def test_unknown_key(self):
        with self.assertRaises(ValueError):
            evaluate.check_thresholds({"f2": 0.5}, {"clean": self.SUMMARY})


class CheckGoldTest(unittest.TestCase):
    def test_detects_a_wrong_span(self):
        with tempfile.TemporaryDirectory() as d:
            with open(os.path.join(d, "a.txt"), "w", encoding="utf-8") as f:
                f.write("全年实现规上工业总产值253.63亿元,同比增长2.08%。")
            good = fact("output_value", 11, 19, "25363000000")
            good["text"] = "253.63亿元"
            self.assertEqual(evaluate.check_gold([{"id": "a.txt", "facts": [good]}], d), [])
            bad = dict(good, span={"start": 12, "end": 20})
            self.assertEqual(len(evaluate.check_gold([{"id": "a.txt", "facts": [bad]}], d)), 1)
            overlapping = [good, dict(good, span={"start": 18, "end": 20}, text="元,")]
            self.assertTrue(evaluate.check_gold([{"id": "a.txt", "facts": overlapping}], d))


if __name__ == "__main__":
    unittest.main()
