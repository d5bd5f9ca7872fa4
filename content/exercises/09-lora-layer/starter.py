import torch
import torch.nn as nn


class LoRALinear(nn.Module):
    """Wrap a frozen nn.Linear with a trainable low-rank update (alpha / r) * B @ A.

    Attributes required by the tests: base, A (r, in_features), B (out_features, r),
    scale (= alpha / r), merged (bool).
    """

    def __init__(self, base: nn.Linear, r: int, alpha: float):
        super().__init__()
        raise NotImplementedError

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """x: (..., in_features) -> (..., out_features)."""
        raise NotImplementedError

    def merge(self) -> None:
        """Fold the adapter into base.weight (no-op if already merged)."""
        raise NotImplementedError

    def unmerge(self) -> None:
        """Subtract the adapter from base.weight again (no-op if not merged)."""
        raise NotImplementedError
