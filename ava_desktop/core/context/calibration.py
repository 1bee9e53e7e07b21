"""How far off the estimate was, per model, and the correction learned from it.

After an answer whose server reported usage, the estimate of *that same request* is
compared with the server's ``prompt_tokens``; their ratio corrects later estimates for the
model (a tokenizer that packs 3 characters per token, not 4, makes every estimate ~25 % low
until then). Kept for the run of the app; one ``Calibration`` is shared by all tabs.
"""

from __future__ import annotations

from dataclasses import dataclass

#: A ratio outside this range is a misreporting server, not a tokenizer: ignored.
RATIO_RANGE = (0.2, 5.0)
#: Weight of a new observation (the first one is taken as is).
SMOOTHING = 0.5
#: Estimates this small say nothing about the tokenizer (role markers dominate).
MIN_SAMPLE_TOKENS = 16


@dataclass(frozen=True, slots=True)
class Correction:
    """``ratio``: reported / estimated, applied to estimates; ``last_error``: how far the
    last raw estimate was from the server's count (-0.2: 20 % low), for the tooltip."""

    ratio: float
    last_error: float
    samples: int

    def describe(self) -> str:
        off = abs(self.last_error)
        direction = "low" if self.last_error < 0 else "high"
        return (f"estimates for this model were {off:.0%} {direction} against the server's "
                f"count; corrected ×{self.ratio:.2f}")


class Calibration:
    """Correction ratios by model key (``"target_key/model"``)."""

    def __init__(self) -> None:
        self._by_key: dict[str, Correction] = {}
        self._seen: dict[str, set[object]] = {}

    def get(self, key: str) -> Correction | None:
        return self._by_key.get(key)

    def ratio(self, key: str) -> float:
        found = self._by_key.get(key)
        return found.ratio if found is not None else 1.0

    def apply(self, key: str, estimate: int) -> int:
        return round(estimate * self.ratio(key))

    def learn(self, key: str, estimated: int, reported: int, sample: object = None) -> bool:
        """Record that the raw estimate ``estimated`` of a request was ``reported`` tokens by
        its server. ``sample`` (e.g. the answer's message id) makes learning from the same
        answer twice a no-op. Returns whether the correction changed."""
        if estimated < MIN_SAMPLE_TOKENS or reported <= 0:
            return False
        seen = self._seen.setdefault(key, set())
        if sample is not None and sample in seen:
            return False
        ratio = reported / estimated
        if not RATIO_RANGE[0] <= ratio <= RATIO_RANGE[1]:
            return False
        if sample is not None:
            seen.add(sample)
        old = self._by_key.get(key)
        if old is not None:
            ratio = old.ratio + SMOOTHING * (ratio - old.ratio)
        samples = 1 if old is None else old.samples + 1
        self._by_key[key] = Correction(ratio, estimated / reported - 1.0, samples)
        return True

    def learn_overflow(self, key: str, estimated: int, window: int) -> bool:
        """The server said a request estimated at ``estimated`` did not fit ``window``: it
        had more than ``window`` tokens, so the ratio is at least window / estimated."""
        if estimated <= 0 or window <= 0:
            return False
        floor = min(RATIO_RANGE[1], window / estimated * 1.05)
        if floor <= self.ratio(key):
            return False
        old = self._by_key.get(key)
        self._by_key[key] = Correction(floor, estimated / window - 1.0,
                                       1 if old is None else old.samples + 1)
        return True


__all__ = ["MIN_SAMPLE_TOKENS", "RATIO_RANGE", "Calibration", "Correction"]
