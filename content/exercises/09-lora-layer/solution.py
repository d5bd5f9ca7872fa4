import torch
import torch.nn as nn


class LoRALinear(nn.Module):
    """A frozen nn.Linear plus a trainable low-rank update (alpha / r) * B @ A."""

    def __init__(self, base: nn.Linear, r: int, alpha: float):
        super().__init__()
        self.base = base
        for p in self.base.parameters():            # freeze weight and bias
            p.requires_grad_(False)
        self.r, self.alpha = r, alpha
        self.scale = alpha / r
        w = base.weight
        # A random, B zero: the layer starts exactly as the base model
        self.A = nn.Parameter(torch.randn(r, base.in_features, dtype=w.dtype) / r)
        self.B = nn.Parameter(torch.zeros(base.out_features, r, dtype=w.dtype))
        self.merged = False

    def delta_weight(self) -> torch.Tensor:
        return self.scale * self.B @ self.A          # (out, in), rank <= r

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = self.base(x)
        if not self.merged:
            # low-rank path without forming the (out, in) matrix: x A^T is (..., r)
            out = out + self.scale * (x @ self.A.T) @ self.B.T
        return out

    @torch.no_grad()
    def merge(self) -> None:
        if not self.merged:
            self.base.weight += self.delta_weight()
            self.merged = True

    @torch.no_grad()
    def unmerge(self) -> None:
        if self.merged:
            self.base.weight -= self.delta_weight()
            self.merged = False
