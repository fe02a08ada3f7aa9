"""The benchmark's report: ratios are taken round by round, and their spread is shown."""

from __future__ import annotations

from benchmarks.run import Summary, _ratio, check_targets


def _rounds(*mbps: float) -> list[dict[str, float]]:
    return [{"mbps": m, "peak_mb": 100.0, "peak_abs_mb": 210.0} for m in mbps]


def test_ratios_are_medians_of_rounds_with_their_spread() -> None:
    summaries = {
        "korname-tag": Summary("korname-tag", _rounds(15.0, 12.0, 18.0)),
        "flashtext": Summary("flashtext", _rounds(6.0, 6.0, 6.0)),
        "floor": Summary("floor", _rounds(30.0, 30.0, 36.0)),
    }
    # Round ratios 2.5, 2.0 and 3.0: the median is the middle one, not 15 / 6 of the medians.
    assert _ratio(summaries, "flashtext") == 2.5
    assert check_targets(summaries, 0.25) == [
        "PASS  tag() vs flashtext: 2.50x (rounds 2.00-3.00; target >= 2.5x)",
        "PASS  floor is 2.00x faster than tag() (rounds 2.00-2.50; target: within 3x)",
        "PASS  tag() peak memory for build and tagging 100 MB, whole process 210 MB "
        "(target < 200 MB)",
        "MISS  shipped table + index from a warm cache in 0.250 s (target < 0.2 s)",
    ]


def test_one_round_shows_no_spread() -> None:
    summaries = {"korname-tag": Summary("korname-tag", _rounds(15.0)),
                 "flashtext": Summary("flashtext", _rounds(7.5))}
    assert check_targets(summaries, None)[0] == "MISS  tag() vs flashtext: 2.00x (target >= 2.5x)"


def test_a_ratio_just_below_its_target_does_not_read_as_the_target() -> None:
    summaries = {"korname-tag": Summary("korname-tag", _rounds(14.8)),
                 "flashtext": Summary("flashtext", _rounds(6.0))}
    assert check_targets(summaries, None)[0] == "MISS  tag() vs flashtext: 2.47x (target >= 2.5x)"
